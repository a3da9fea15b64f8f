/**
 * Every number that decides what `ask` ranks first, what it answers in bold and when it says
 * "not in the documents", in one place and documented where declared, like MiniSearch's own
 * options. `AskOptions` may be changed per call; `RANKING` is the engine's fixed tuning, set
 * on the dev question sets (scripts/eval.ts) and nowhere else.
 */

/** Options of one call to `ask`. */
export interface AskOptions {
  /** How many passages to return. */
  limit: number;
  /** How many BM25 hits to re-rank. */
  candidates: number;
  /**
   * Share of the question's weight the best passage must cover, else we abstain. Weights are
   * IDF, so missing a rare word ("France", "V4") costs far more than missing "DeepSeek".
   */
  minCoverage: number;
  /** Share of the question's weight one sentence must cover to give a direct answer. */
  minAnswerCoverage: number;
  /**
   * Share the best passage must cover with the question's own words, related ones aside: a
   * passage that matches only through synonyms ("valuation" → value, price) proves nothing.
   */
  minExactCoverage: number;
  /**
   * A common term (one whose posting list the index cut, see IndexOptions) is left out of the
   * BM25 search unless it is among the question's `keepRarest` weightiest; re-ranking still
   * counts it. It adds little to the ranking and much to the time.
   */
  keepRarest: number;
}

export const ASK_DEFAULTS: AskOptions = {
  limit: 3,
  candidates: 16,
  minCoverage: 0.48,
  minAnswerCoverage: 0.5,
  minExactCoverage: 0.3,
  keepRarest: 2,
};

export const RANKING = {
  /** How a question's concepts weigh beyond their IDF (question.ts). */
  concepts: {
    /** Named things (alias groups) are what a question is about. */
    alias: 1.5,
    /** A typo-corrected word might be a different word: trust it less. */
    corrected: 0.8,
    /** An unknown name ("France", "R2"), as a multiple of the rarest known word's IDF. */
    unknownName: 2,
    /** A dictionary word the documents lack: often a paraphrase, so it counts half. */
    unknownWord: 0.5,
    /** A word only the clauses before the question say: the scene, not what is asked. */
    scene: 0.4,
    /** A word only a remark after the question says ("…, i keep seeing diff dates"). */
    remark: 0.1,
    /** A word only a ruled-out clause says (", not the free test period"): not what is asked. */
    negated: 0,
    /** Not a word at all (chat, an uncorrectable typo): almost no evidence either way. */
    noise: 0.1,
    /**
     * An unknown pair of Chinese characters is no evidence either way: bigrams of an English
     * corpus's few Chinese names cannot tell a missing word from a question particle (多少, 什么).
     */
    unknownHan: 0,
    /**
     * A one-character Chinese word (拿, 版, 省) is the commonest and most ambiguous kind: its
     * glosses scatter over unrelated senses, so it weighs this share of a longer word.
     */
    hanCharacter: 0.3,
    /**
     * An everyday word ("first", "big", "count") says less about what is asked than a specific
     * one ("humaneval"), however rare both are in the documents: a word of rank r among common
     * English words weighs log(r) / log(specificRank) of itself, at least `minSpecificity`.
     */
    specificRank: 20_000,
    minSpecificity: 0.3,
  },
  /**
   * How far each source of related words is trusted, times the weight the source gives
   * (understand/lexicon.ts): the hand-kept paraphrases mean what they say; WordNet's synonyms
   * are mostly right but pick no sense; word vectors also pull "revenue" toward "profits".
   * CC-CEDICT's glosses (zh) translate a Chinese word, but a gloss is still not the documents'
   * own word: it counts less than an exact match.
   */
  trust: { paraphrases: 1, wordnet: 0.8, vectors: 0.6, zh: 0.8 } as Record<string, number>,
  /**
   * A related term this sure counts as the question's own word for exact coverage: only the
   * hand-kept paraphrases reach it ("hiring" → recruitment 0.9); WordNet's first sense is 0.72.
   */
  sureRelated: 0.85,
  /**
   * A related term this sure of a word the question rules out says that word: "construction"
   * of "(not when they started) building" (WordNet's first sense, 0.72).
   */
  ruledOutRelated: 0.7,
  /**
   * How much a name the thing asked is only compared with ("compared to deepseek coder") pulls a
   * sentence's span toward it, against 1 for the question's other words.
   */
  comparedWithPull: 0.25,
  /**
   * What a concept's named instance counts for the concept (corpus/aliases.json "instances"):
   * "the quant fund" met by "High-Flyer" is nearly, not quite, the question's own word.
   */
  instance: 0.8,
  /**
   * A word the documents lack ("worth", "married", "banned") is met only by a related term at
   * least this sure: WordNet's first-sense synonyms (0.72) and the surer hand-kept paraphrases
   * reach it, word vectors (0.6 at most) never do. "liang's net worth" is not answered by a passage
   * that names Liang and a dollar amount.
   */
  unknownWordRelated: 0.7,
  /**
   * What a Chinese word's gloss found in a passage counts, times the gloss's rank in CC-CEDICT
   * (0.9 for a first sense) and any English step after it, without trust.zh: a gloss's own
   * weight (0.58 for "disk" of 硬盘) kept every question asked in Chinese under the coverage
   * threshold. A gloss that only reaches the documents through a word vector stays weak.
   */
  glossFound: 0.9,
  /**
   * How sure a related term must be to name what a "how many" question counts: "input" is a
   * word-vector neighbour of "parameters" (0.37), and "1 yuan/million inputs" counts no
   * parameters (typed-spans.ts).
   */
  countedRelated: 0.5,
  /** Most related terms one question word carries into the search. */
  maxRelated: 4,
  /** How the parts of a passage's score add up; coverage dominates, BM25 breaks ties (rank.ts). */
  score: {
    coverage: 1,
    sentence: 0.5,
    bm25: 0.15,
    /** The best sentence holds the kind of answer asked for (a date for "when"). */
    answerType: 0.3,
    /** …and that answer sits next to the question's words. */
    proximity: 0.3,
    /** The sentence says the question's words side by side, as the question does (rank.ts). */
    pairs: 0.8,
  },
  /** Characters over which a word's pull on a nearby answer halves. */
  proximityScale: 24,
  /** How many characters after an amount may still name its unit (before a share: "memory to 5%"). */
  unitReach: 20,
  /**
   * Share of the question's weight a catalog fact (its label and quote) must cover to answer
   * it: the catalog answers "when did coder v2 ship", not "when did coder get online code
   * execution" (fact-answer.ts).
   */
  minFactCoverage: 0.75,
  /**
   * Share of what a question asks of a model, its name aside, that an amount's label and quote
   * must cover: "how many shared experts per layer in v3" is not answered by V3's 256 routed
   * experts per layer (fact-answer.ts).
   */
  minFactAskedCoverage: 0.85,
  /**
   * A subject named by nearly every passage is the corpus's topic ("DeepSeek"), not what a
   * question is about: a bold answer's sentence need not name it (answer.ts).
   */
  backgroundShare: 0.9,
  /**
   * A question of this many words or more (chat noise and ruled-out words aside) is long: its best passage
   * needs only `longCoverage` of `minCoverage`. Chat and scene-setting words each lower the
   * share any passage covers; on the casual dev sets, answerable long questions were lost at
   * coverages where short ones are all unanswerable (ask.ts).
   */
  longQuestion: 6,
  longCoverage: 0.85,
  /**
   * A notion of the alias table ("context length", "licence") or a name with a digit the
   * documents lack ("4o") that weighs this share of the question or more is what it asks
   * about: when the best passage does not have it at all, the documents do not say it of the
   * question's other names ("the context length of Janus-Pro"), however well the rest matches
   * (ask.ts).
   */
  missingNameShare: 0.35,
  /**
   * A date or amount question whose best passage holds none is answered by one of the next
   * `answerReach - 1` that does, when it scores at least `answerCloseness` of the best (ask.ts).
   */
  answerReach: 3,
  /**
   * …or, for a "what was it called" question, one of the next `labelReach - 1`: a short quoted
   * name the question's words reach is rare (a few dozen in the corpus) and all but says it.
   */
  labelReach: 4,
  answerCloseness: 0.9,
  /**
   * A passage's other sentence answering with another span at this share of the best's score
   * makes the bold answer a guess between them: none is given (rank.ts, answer.ts).
   */
  answerRival: 0.95,
  /**
   * How much farther a name after a span counts than one before it, when deciding whose the
   * span is (ownership.ts): sentences mostly name the owner first.
   */
  ownerAfter: 2,
  /**
   * A word of a "which came first" question weighing this much or more asks something besides
   * the release ("which got a paper first": paper 1.77, "topped" 1.18); generic words weigh
   * less ("model" 0.3, "one" 0.68), and the comparison's own words are cues (compare.ts).
   */
  comparedWord: 1,
  /** How many catalog models to offer when a question names one the documents do not. */
  closestModels: 3,
} as const;
