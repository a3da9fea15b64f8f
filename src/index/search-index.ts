import MiniSearch from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import type { Passage } from "../ingest/passages.js";
import type { AliasGroup, AliasTable } from "../text/aliases.js";
import { closestWord } from "../text/spelling.js";
import { stemToken } from "../text/tokens.js";
import {
  ALIAS_TERM_PREFIX,
  type Concept,
  isAliasTerm,
  makeAnalyzer,
  readConcepts,
} from "./analyzer.js";
import { BM25, keptPostings } from "./prune.js";

/** Every lower-case word of the passages' text, with how often it occurs. */
function countWords(passages: readonly Passage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const passage of passages) {
    for (const word of passage.text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** The lower-case forms of the passages' words that are never written in lower case. */
function capitalisedWords(passages: readonly Passage[]): ReadonlySet<string> {
  const upper = new Set<string>();
  const lower = new Set<string>();
  for (const passage of passages) {
    for (const word of passage.text.match(/\p{L}+/gu) ?? []) {
      if (/^\p{Lu}/u.test(word)) upper.add(word.toLowerCase());
      else lower.add(word);
    }
  }
  for (const word of lower) upper.delete(word);
  return upper;
}

/** A word written in capitalised parts ("DeepEncoder", "SemiAnalysis"), and its last part. */
const CAMEL_CASE = /\b(?:\p{Lu}\p{Ll}+)+?(\p{Lu}\p{Ll}+)\b/gu;

/**
 * The passages' words written in capitalised parts, as index terms, by the stem of their last
 * part: "encod" → the term of "DeepEncoder". A name of the alias table is its group's, not its
 * part's ("DeepSeek" is no seek). Heads that are no word ("eval" of HumanEval) stay in the map:
 * the caller reads only a dictionary word through it (question.ts).
 */
function compoundsByHead(passages: readonly Passage[], aliases: AliasTable): Map<string, string[]> {
  const byHead = new Map<string, string[]>();
  for (const passage of passages) {
    for (const [word, head = ""] of passage.text.matchAll(CAMEL_CASE)) {
      const key = stemToken(head.toLowerCase());
      const term = stemToken(word.toLowerCase());
      if (key === null || term === null || aliases.match([word.toLowerCase()]).length > 0) continue;
      const terms = byHead.get(key) ?? [];
      if (!terms.includes(term)) terms.push(term);
      byHead.set(key, terms);
    }
  }
  return byHead;
}

/** Fields MiniSearch indexes, and how much a match in each counts. */
const FIELD_BOOST = { text: 1, section: 0.6, docTitle: 0.2 } as const;
const FIELDS = Object.keys(FIELD_BOOST);

/** Edit distance allowed for a query term that is not in the vocabulary ("deepsek"). */
function maxTypoDistance(term: string): number {
  if (isAliasTerm(term) || /\d/.test(term) || term.length < 6) return 0;
  return term.length < 9 ? 1 : 2;
}

export interface IndexOptions {
  /**
   * Most passages a term's posting list keeps, per field. A longer list keeps the passages the
   * term weighs most in (BM25's term-frequency part): static index pruning. A term that common
   * weighs little in any ranking, yet loading or searching its whole list costs time in
   * proportion to the corpus. Document frequencies stay exact: the engine weighs terms by them,
   * and `search` scales a cut term's BM25 weight back to them.
   */
  maxPostings: number;
}

export const INDEX_DEFAULTS: IndexOptions = { maxPostings: 1_000 };

/** BM25's inverse document frequency, as MiniSearch computes it. */
const bm25Idf = (passages: number, df: number): number =>
  Math.log(1 + (passages - df + 0.5) / (df + 0.5));

/** Typo corrections remembered, at most: bounded, so odd questions cannot grow it forever. */
const MAX_REMEMBERED_CORRECTIONS = 10_000;
/** Term sets of texts remembered (`termsOf`), at most: the corpus's texts, with room to spare. */
const MAX_REMEMBERED_TERM_SETS = 20_000;

export interface IndexHit {
  passage: Passage;
  /** MiniSearch's BM25 score. */
  score: number;
}

/** What the index computed; the passages it indexes are stored apart (see pack.ts). */
export interface SerializedIndex {
  miniSearch: unknown;
  /** Number of passages each term occurs in. */
  documentFrequency: [string, number][];
  maxPostings: number;
}

/**
 * The passages, a MiniSearch index over them, and the vocabulary with document frequencies,
 * used to weigh query terms and to correct typos before searching.
 */
export class SearchIndex {
  readonly analyze: (text: string) => string[];
  private readonly byId: Map<string, Passage>;
  private readonly corrections = new Map<string, string[]>();
  private capitalised: ReadonlySet<string> | undefined;
  private readonly termSets = new Map<string, ReadonlySet<string>>();
  /** The documents' words and how often each occurs, counted on the first misspelling. */
  private wordCounts: Map<string, number> | undefined;
  /** Capitalised-part words by their last part's stem (`compoundsEndingIn`), built on first use. */
  private compounds: Map<string, string[]> | undefined;
  /** The vocabulary as a radix tree, for typo lookups: built on the first term needing one. */
  private fuzzyTerms: SearchableMap<number> | undefined;
  /** Alias term → group (`aliasGroup`): built on the first lookup. */
  private groupsByTerm: Map<string, AliasGroup> | undefined;
  /** Postings and passages as `search` scores them: read on the first search. */
  private scored: Scoring | undefined;

  private constructor(
    readonly passages: readonly Passage[],
    private readonly miniSearch: MiniSearch<Passage>,
    /**
     * A plain Map: every question looks up dozens of terms, and a radix tree's lookup cost
     * several times a hash lookup (6% of a slow question's time).
     */
    private readonly documentFrequency: ReadonlyMap<string, number>,
    readonly aliases: AliasTable,
    /** Posting lists of terms in more passages than this were cut to this length. */
    readonly maxPostings: number,
  ) {
    this.analyze = makeAnalyzer(aliases);
    this.byId = new Map(passages.map((p) => [p.id, p]));
  }

  private static options(analyze: (text: string) => string[]) {
    return {
      fields: [...FIELDS],
      idField: "id",
      tokenize: analyze,
      processTerm: (term: string) => term,
      // Questions arrive already analyzed (see `search`): terms joined by spaces.
      searchOptions: {
        tokenize: (query: string) => query.split(" ").filter(Boolean),
        processTerm: (term: string) => term,
        bm25: { ...BM25 },
      },
    };
  }

  static build(
    passages: readonly Passage[],
    aliases: AliasTable,
    options: Partial<IndexOptions> = {},
  ): SearchIndex {
    const { maxPostings } = { ...INDEX_DEFAULTS, ...options };
    const analyze = makeAnalyzer(aliases);
    // Each field is analyzed once, for MiniSearch and for document frequencies alike; sections
    // and titles repeat across passages, so their terms are remembered.
    const repeated = new Map<string, string[]>();
    const analyzed = passages.map((passage) =>
      FIELDS.map((field) => {
        const text = String(passage[field as keyof Passage]);
        if (field === "text") return analyze(text);
        const terms = repeated.get(text) ?? analyze(text);
        repeated.set(text, terms);
        return terms;
      }),
    );
    // Counted in a Map: a radix-tree update per passage and term costs seconds at 1,000×.
    const counts = new Map<string, number>();
    for (const fields of analyzed) {
      for (const term of new Set(fields.flat())) counts.set(term, (counts.get(term) ?? 0) + 1);
    }

    const kept = FIELDS.map((_, f) =>
      keptPostings(
        analyzed.map((fields) => fields[f] ?? []),
        maxPostings,
      ),
    );
    // MiniSearch tokenizes each field of the passage being added, in order, then processes
    // that field's terms: hand it the terms, and note which field's cut lists apply.
    let current = 0;
    let keptHere: Map<string, Set<number>> | undefined;
    const miniSearch = new MiniSearch<Passage>({
      ...SearchIndex.options(analyze),
      tokenize: (_text, field) => {
        const f = FIELDS.indexOf(field ?? "");
        keptHere = kept[f]?.size ? kept[f] : undefined;
        return analyzed[current]?.[f] ?? [];
      },
      // Dropping a term here, not in `tokenize`, keeps the field's length exact for BM25.
      processTerm: (term) => {
        const keeps = keptHere?.get(term);
        return !keeps || keeps.has(current) ? term : null;
      },
    });
    passages.forEach((passage, i) => {
      current = i;
      miniSearch.add(passage);
    });
    return new SearchIndex(passages, miniSearch, counts, aliases, maxPostings);
  }

  static load(
    data: SerializedIndex,
    passages: readonly Passage[],
    aliases: AliasTable,
  ): SearchIndex {
    const analyze = makeAnalyzer(aliases);
    const miniSearch = MiniSearch.loadJS<Passage>(
      data.miniSearch as Parameters<typeof MiniSearch.loadJS>[0],
      SearchIndex.options(analyze),
    );
    const documentFrequency = new Map(data.documentFrequency);
    return new SearchIndex(passages, miniSearch, documentFrequency, aliases, data.maxPostings);
  }

  toJSON(): SerializedIndex {
    return {
      miniSearch: this.miniSearch.toJSON(),
      documentFrequency: [...this.vocabulary().entries()],
      maxPostings: this.maxPostings,
    };
  }

  /** The radix tree of the vocabulary, filled in the Map's order as it always was. */
  private vocabulary(): SearchableMap<number> {
    if (!this.fuzzyTerms) {
      this.fuzzyTerms = new SearchableMap<number>();
      for (const [term, df] of this.documentFrequency) this.fuzzyTerms.set(term, df);
    }
    return this.fuzzyTerms;
  }

  /**
   * The terms of a text of the documents (a section's name, a clause, a fact's label), as a
   * set: remembered, since every question that meets the text reads it again. Bounded, and
   * meant for the corpus's texts, which are few; a question's own text would only churn it.
   */
  termsOf(text: string): ReadonlySet<string> {
    let terms = this.termSets.get(text);
    if (!terms) {
      terms = new Set(this.analyze(text));
      if (this.termSets.size < MAX_REMEMBERED_TERM_SETS) this.termSets.set(text, terms);
    }
    return terms;
  }

  /**
   * The alias group an alias term stands for ("§high-flyer": High-Flyer's), looked up by the
   * term itself: asked for every name of every sentence ranked, which a slice of each would copy.
   */
  aliasGroup(term: string): AliasGroup | undefined {
    if (!this.groupsByTerm) {
      this.groupsByTerm = new Map();
      // The first group of an id, as `AliasTable.byId` finds it.
      for (const group of this.aliases.groups) {
        const key = `${ALIAS_TERM_PREFIX}${group.id}`;
        if (!this.groupsByTerm.has(key)) this.groupsByTerm.set(key, group);
      }
    }
    return this.groupsByTerm.get(term);
  }

  /** The concepts of a text (words and alias groups), as the index reads them. */
  concepts(text: string): Concept[] {
    return readConcepts(this.aliases, text);
  }

  get size(): number {
    return this.passages.length;
  }

  /** In how many passages `term` occurs; 0 for a term the corpus does not have. */
  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /** Whether the term is in more passages than `maxPostings`: searching it finds only some. */
  isCommon(term: string): boolean {
    return this.frequency(term) > this.maxPostings;
  }

  /**
   * Inverse document frequency, BM25's form. A term the corpus lacks weighs the most: a question
   * about something absent should not look answered by its common words.
   */
  idf(term: string): number {
    return bm25Idf(this.passages.length, this.frequency(term));
  }

  /**
   * The documents' whole word a misspelt word stands for ("startd" → started), found as in
   * text/spelling.ts, or null. Remembered, like `variants`.
   */
  correctWord(word: string): string | null {
    const key = `word:${word}`;
    const remembered = this.corrections.get(key);
    if (remembered) return remembered[0] ?? null;
    this.wordCounts ??= countWords(this.passages);
    const corrected = closestWord(word, this.wordCounts);
    // A stop word ("the" for "teh") stands for no term: no correction.
    const term = corrected === null ? null : stemToken(corrected);
    const found =
      corrected !== null && term !== null && this.frequency(term) > 0 ? [corrected] : [];
    if (this.corrections.size < MAX_REMEMBERED_CORRECTIONS) this.corrections.set(key, found);
    return found[0] ?? null;
  }

  /** The term a misspelt word stands for ("relase" → releas): `correctWord`'s, stemmed. */
  correctSpelling(word: string): string | null {
    const corrected = this.correctWord(word);
    return corrected === null ? null : stemToken(corrected);
  }

  /**
   * The passages' words that end in a term as their last capitalised part: "DeepEncoder" for
   * "encod" (of "encoder"), a word the documents write only inside that name.
   */
  compoundsEndingIn(term: string): readonly string[] {
    this.compounds ??= compoundsByHead(this.passages, this.aliases);
    return this.compounds.get(term) ?? [];
  }

  /**
   * Whether the passages write a word, and always with a capital: a name ("Andrew", "Carr"),
   * not a common word ("the", "high"). Lower case in, as questions are typed.
   */
  writesOnlyCapitalised(word: string): boolean {
    this.capitalised ??= capitalisedWords(this.passages);
    return this.capitalised.has(word.toLowerCase());
  }

  /**
   * The documents' versioned names of a family a word names without a version: "qwen" for
   * Qwen2-72B's "qwen2", "llama" for "llama2" and "llama3". Empty for a word with no such name.
   */
  versionedNames(word: string): string[] {
    if (!/^\p{Ll}{2,}$/u.test(word)) return [];
    const found: string[] = [];
    for (const [term] of this.vocabulary().atPrefix(word))
      if (/^\d/.test(term.slice(word.length))) found.push(term);
    return found;
  }

  /** The vocabulary terms a query term stands for: itself if known, else its close spellings. */
  variants(term: string): string[] {
    if (this.frequency(term) > 0) return [term];
    const distance = maxTypoDistance(term);
    if (distance === 0) return [];
    // A fuzzy lookup walks the vocabulary: remembered, since chat repeats its misspellings.
    let found = this.corrections.get(term);
    if (!found) {
      const near = this.vocabulary().fuzzyGet(term, distance);
      found = [...near.entries()]
        .sort((a, b) => a[1][1] - b[1][1] || b[1][0] - a[1][0])
        .slice(0, 3)
        .map(([variant]) => variant);
      if (this.corrections.size < MAX_REMEMBERED_CORRECTIONS) this.corrections.set(term, found);
    }
    return found;
  }

  /**
   * BM25 search over already analyzed terms (each term matched exactly). `boost` weighs a term
   * beyond its rarity: a related word counts less than the question's own.
   */
  search(
    terms: readonly string[],
    limit: number,
    boost: ReadonlyMap<string, number> = new Map(),
  ): IndexHit[] {
    if (terms.length === 0) return [];
    // MiniSearch reads a term's rarity off its posting list, which for a common term was cut to
    // maxPostings: scale it back to the term's true rarity (one factor for all fields).
    const cutIdf = bm25Idf(this.passages.length, this.maxPostings);
    // MiniSearch would split the joined query at its spaces: so are the terms here.
    const queried = terms.join(" ").split(" ").filter(Boolean);
    const { postings, passageOf, termScores, scores, qualities } = this.scoring();
    // Passages in the order first met, as MiniSearch's results Map holds them. Typed arrays by
    // MiniSearch's short id, kept between searches, in place of a Map and an object per passage.
    const met: number[] = [];
    queried.forEach((term, i) => {
      const { entries, docs } = postings(term);
      if (docs.length === 0) return;
      const termBoost =
        (boost.get(term) ?? 1) * (this.isCommon(term) ? this.idf(term) / cutIdf : 1);
      // One term's score per passage, its fields summed in order, before it joins the others'.
      for (const { doc, fieldBoost, raw, first } of entries) {
        const weighted = termBoost * fieldBoost * raw;
        termScores[doc] = first ? weighted : (termScores[doc] as number) + weighted;
      }
      const firstTime = queried.indexOf(term) === i;
      for (const doc of docs) {
        const score = termScores[doc] as number;
        if (qualities[doc] === 0) {
          met.push(doc);
          scores[doc] = score;
          qualities[doc] = 1;
        } else {
          scores[doc] = (scores[doc] as number) + score;
          if (firstTime) qualities[doc] = (qualities[doc] as number) + 1;
        }
      }
    });
    const results: IndexHit[] = [];
    for (const doc of met) {
      const passage = passageOf[doc];
      if (passage)
        results.push({ passage, score: (scores[doc] as number) * (qualities[doc] as number) });
      qualities[doc] = 0;
    }
    // Stable, as MiniSearch's: passages scored alike stay in the order they were first met.
    return results.sort(byScoreDescending).slice(0, limit);
  }

  /** What `search` scores with, read off MiniSearch's index once and per term as first asked. */
  private scoring(): Scoring {
    if (this.scored) return this.scored;
    const internals = this.miniSearch as unknown as MiniSearchInternals;
    let size = 0;
    for (const shortId of internals._documentIds.keys()) size = Math.max(size, shortId + 1);
    const passageOf: (Passage | undefined)[] = Array.from({ length: size }, () => undefined);
    for (const [shortId, id] of internals._documentIds) passageOf[shortId] = this.byId.get(id);
    const fields = FIELDS.map((field) => ({
      id: internals._fieldIds[field] as number,
      boost: FIELD_BOOST[field as keyof typeof FIELD_BOOST],
    }));
    const none: TermPostings = { entries: [], docs: [] };
    const cache = new Map<string, TermPostings>();
    const postings = (term: string): TermPostings => {
      const known = cache.get(term);
      if (known) return known;
      const data = internals._index.get(term);
      if (!data) return none;
      const found: TermPostings = { entries: [], docs: [] };
      const seen = new Set<number>();
      for (const field of fields) {
        const frequencies = data.get(field.id);
        if (!frequencies) continue;
        const avgFieldLength = internals._avgFieldLength[field.id] as number;
        for (const [doc, termFreq] of frequencies) {
          const fieldLength = internals._fieldLength.get(doc)?.[field.id] as number;
          const raw = bm25Score(
            termFreq,
            frequencies.size,
            internals._documentCount,
            fieldLength,
            avgFieldLength,
          );
          const first = !seen.has(doc);
          if (first) {
            seen.add(doc);
            found.docs.push(doc);
          }
          found.entries.push({ doc, fieldBoost: field.boost, raw, first });
        }
      }
      cache.set(term, found);
      return found;
    };
    this.scored = {
      postings,
      passageOf,
      termScores: new Float64Array(size),
      scores: new Float64Array(size),
      qualities: new Uint32Array(size),
    };
    return this.scored;
  }
}

/**
 * Higher scores first, for search's hits and the engine's ranked passages alike. It answers -1,
 * 0 or 1, not the scores' difference: a fractional difference is a new heap number at every
 * comparison, a few hundred per search.
 */
export const byScoreDescending = (a: { score: number }, b: { score: number }): number =>
  a.score > b.score ? -1 : a.score < b.score ? 1 : 0;

/** One posting of a term, in MiniSearch's order: field by field, passages as it lists them. */
interface TermPosting {
  /** MiniSearch's short id of the passage. */
  doc: number;
  fieldBoost: number;
  /** BM25's score of the term in that field of that passage, before any boost. */
  raw: number;
  /** The term's first posting in this passage (its other fields' follow). */
  first: boolean;
}

/** A term's postings, and the passages they are in, in the order first met. */
interface TermPostings {
  entries: TermPosting[];
  docs: number[];
}

interface Scoring {
  postings: (term: string) => TermPostings;
  passageOf: readonly (Passage | undefined)[];
  /** Scratch space of `search`, by short id: one term's scores, all terms', terms matched. */
  termScores: Float64Array;
  scores: Float64Array;
  qualities: Uint32Array;
}

/**
 * The parts of MiniSearch's index that `search` scores with (protected in its types). Scoring
 * them here as MiniSearch's own search does, without its per-term objects and option copies,
 * took a quarter off every question's time; tests/index/search-index.test.ts checks the two agree.
 */
interface MiniSearchInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
}

/** MiniSearch's BM25 term score, operation for operation, so scores agree to the last bit. */
function bm25Score(
  termFreq: number,
  matchingCount: number,
  totalCount: number,
  fieldLength: number,
  avgFieldLength: number,
): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return (
    invDocFreq *
    (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)))
  );
}
