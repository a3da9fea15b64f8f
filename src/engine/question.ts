import type { Concept } from "../index/analyzer.js";
import type { SearchIndex } from "../index/search-index.js";
import type { ChineseLexicon } from "../ingest/load-chinese.js";
import type { LexiconData } from "../ingest/load-lexicon.js";
import { monthNamedAlone } from "../text/dates.js";
import { everyMention } from "../text/mentions.js";
import { remembered } from "../text/remembered.js";
import { hasHan, startsWithHan } from "../text/script.js";
import { baseTokenSpans, baseTokens, STOP_WORDS, stemToken } from "../text/tokens.js";
import { RANKING } from "./ranking.js";
import { mergeAlternatives } from "./understand/alternatives.js";
import {
  type AnswerType,
  answerTypeOf,
  asksPersonName,
  CLOCK_OR_DATE_QUESTION,
  countedWords,
  DATE_NOUN,
  DAY_QUESTION,
  dateCueWords,
  MONTH_QUESTION,
  NAME_NOUN,
  TIME_QUESTION,
  WHO_IS,
  YEAR_QUESTION,
  YES_NO_QUESTION,
} from "./understand/answer-type.js";
import {
  type ChineseReading,
  chineseAnswerType,
  chineseCue,
  choiceAsYesNo,
  type GlossReader,
  readChinese,
  saysAny,
  toSimplified,
} from "./understand/chinese.js";
import { englishAmounts } from "./understand/chinese-amounts.js";
import { englishDates } from "./understand/chinese-dates.js";
import { englishPhrases } from "./understand/chinese-phrases.js";
import { clausesAroundAsking, negatedClauses, saidIn } from "./understand/context.js";
import { asksWhichEarlier, type EnglishCues, englishCues } from "./understand/english-cues.js";
import {
  type CompiledLexicon,
  compileLexicon,
  matchPhrases,
  type Related,
} from "./understand/lexicon.js";
import { normalizeQuestion } from "./understand/normalize.js";
import { type PerPhrase, perPhrases, perPhrasesInChinese } from "./understand/per.js";
import { onlyComparedWith, onlyQualifies } from "./understand/qualifiers.js";

export type { AnswerType } from "./understand/answer-type.js";

/** How a question's concept was read, which decides how much it weighs when missing. */
export type ConceptKind =
  /** A named thing of the alias table: what the question is about. */
  | "alias"
  /** A word the documents have. */
  | "word"
  /** A word the documents have only misspelt ("deepsek"). */
  | "corrected"
  /** A model family named without its version ("qwen"): the documents' versioned names. */
  | "family"
  /** A phrase of the lexicon ("how big", "come out"): only its related terms stand for it. */
  | "phrase"
  /** A dictionary word the documents lack ("valuation"): it counts, its related words less. */
  | "unknown-word"
  /** Written like a name the documents lack ("France", "R2", "vl3"): strong sign of no answer. */
  | "unknown-name"
  /** Neither a word nor a name (chat, a typo beyond correction, Chinese bigrams): no evidence. */
  | "noise"
  /** A Chinese word: only its dictionary glosses, the documents' terms, stand for it. */
  | "gloss";

/** A concept of the question with the vocabulary terms that can stand for it, and its weight. */
export interface QueryConcept {
  surface: string;
  kind: ConceptKind;
  /** Vocabulary terms that count as this concept (typo corrections included); may be empty. */
  terms: string[];
  /** Terms that stand for it less surely (paraphrases, synonyms), each with its trust. */
  related: Related[];
  /** IDF: rare concepts weigh more, and one the corpus lacks weighs the most. */
  weight: number;
}

export interface ParsedQuestion {
  /** The question as asked (white space folded, cut to MAX_QUESTION_CHARS). */
  text: string;
  /** The question with chat words read as plain words: what type and concepts come from. */
  normalized: string;
  type: AnswerType;
  concepts: QueryConcept[];
  /** The index's concepts of `normalized`, in order, as read before weighing: its word pairs. */
  analyzed: readonly Concept[];
  /** What a "how many" question counts ("layers"): an amount of other things is no answer. */
  counted: QueryConcept[];
  /** Answered yes or no ("was it before new year?", "可以商用吗"): no span is its answer. */
  yesNo: boolean;
  /**
   * How precise a date question's answer must be: a day ("what day", 哪天; a month or a year
   * alone does not answer), a month ("what month", 几月; a year alone does not), a year ("what
   * year"; a decade does not), a decade (几零后, born in the what-0s: only a decade answers), a
   * clock time ("what time of day"; a date does not), a clock time if the sentence gives one
   * and else its date ("at what time": "clock"), or null for any date.
   */
  wants: "day" | "month" | "year" | "decade" | "time" | "clock" | null;
  /** Names that only qualify the thing asked ("which OpenAI model"): no subject of it. */
  qualifying: ReadonlySet<QueryConcept>;
  /** Names only what the thing asked is compared with ("compared to deepseek coder"). */
  comparedWith: ReadonlySet<QueryConcept>;
  /** What a clause of the question rules out (", not wen they started building it"). */
  ruledOut: ReadonlySet<QueryConcept>;
  /**
   * The guesses said after the question ("…, was it 2024?", "…? 34b?"), as the normalized text
   * writes them: a value guessed is not a value the question states (typed-spans.ts).
   */
  guessed: readonly string[];
  /**
   * The month whose day a day question asks (1 to 12: "what day in may", "5月几号"), or null:
   * only a day of that month answers it.
   */
  month: number | null;
  /**
   * A person's name is asked ("his name", "the names of the two classmates"): only a sentence
   * naming someone the question does not answers it.
   */
  asksPersonName: boolean;
  /**
   * The value before a change is asked ("before they switched to mit", 改成 MIT 之前): only a
   * sentence telling where it changed from answers.
   */
  asksPrevious: boolean;
  /**
   * An amount before a change is asked ("the api price before the disk cache cut", 降价之前):
   * only a sentence saying it came earlier answers it in bold.
   */
  asksAmountBefore: boolean;
  /** The present is asked ("now", 现在): a value the documents date years before is not it. */
  asksNow: boolean;
  /** The first time something happened is asked ("first go to GTC", 第一次): not a repeat. */
  asksFirst: boolean;
  /**
   * An amount asked by a bare noun phrase ("v3 price?", "ff2 cost in dollars?"): a passage must
   * hold an amount of it, in the currency named, but which amount is meant (a price or a cost, of
   * which model) is too loosely said for a bold answer.
   */
  bareAmount: boolean;
  /**
   * What the question's rates are per ("per token", 每个节点): a rate per another thing, or a
   * count of the thing it is per, does not answer in bold (answer.ts).
   */
  per: PerPhrase[];
  /**
   * Which of two things came first is asked ("which came first, coder or llm", 哪个先): with two
   * catalog models named, the earlier's release answers (compare.ts).
   */
  asksEarlier: boolean;
}

/** Questions longer than this are cut before analysis: nobody asks in 2,000 characters. */
export const MAX_QUESTION_CHARS = 500;

/** How specific a word is, from its rank among common English words (1 when not among them). */
function specificity(lexicon: LexiconData, term: string): number {
  const rank = lexicon.wordRank.get(term);
  if (rank === undefined) return 1;
  const share = Math.log(rank + 2) / Math.log(RANKING.concepts.specificRank);
  return Math.min(1, Math.max(RANKING.concepts.minSpecificity, share));
}

const glossReaders = new WeakMap<CompiledLexicon, GlossReader>();
/** How a Chinese word's glosses are read in English: one reader per lexicon (`readChinese`). */
const glossReader = (lexicon: CompiledLexicon): GlossReader =>
  remembered(glossReaders, lexicon, () => ({
    specificity: (term: string) => specificity(lexicon.data, term),
    related: (term: string) => lexicon.related(term),
  }));

/** The named instances of a concept alias ("§quant-fund": High-Flyer), as related terms. */
function instancesOf(index: SearchIndex, term: string): Related[] {
  const instances = index.aliases.byId(term.slice(1))?.instances ?? [];
  return instances.map((id) => ({ term: `§${id}`, weight: RANKING.instance }));
}

/**
 * Words only the scene-setting clauses say ("my portfolio is still recovering, how hard did
 * nvidia drop") weigh RANKING.concepts.scene of themselves, when the asking clause names
 * something of its own: "i read liang hoarded cards. how many did he grab" asks about the scene.
 * Words only a ruled-out clause says (", not the free test period") weigh nothing.
 */
function weighClauses(
  index: SearchIndex,
  words: { names: ReadonlySet<string>; english: EnglishCues },
  text: string,
  concepts: QueryConcept[],
): { ruledOut: QueryConcept[]; guessed: string[] } {
  const { names, english } = words;
  const namesSomething = (clause: string) => index.concepts(clause).some((c) => c.alias);
  // Only words the documents lack, no name ("germany" is one, lower case or not), and no
  // condition the answer must meet ("…? in germany", "…? on aws bedrock").
  const isAside = (clause: string) =>
    !english.condition.test(clause) &&
    index.concepts(clause).every((c) => index.frequency(c.term) === 0) &&
    !baseTokens(clause).some((w) => names.has(w));
  const { scene, remarks, guesses } = clausesAroundAsking(text, namesSomething, isAside);
  weighOnlyIn(text, concepts, scene, RANKING.concepts.scene);
  weighOnlyIn(text, concepts, remarks, RANKING.concepts.remark);
  return {
    ruledOut: weighOnlyIn(text, concepts, negatedClauses(text), RANKING.concepts.negated),
    guessed: guesses.map((c) => saidIn(text, c)),
  };
}

/**
 * Concepts said only in `clauses` weigh `share` of themselves, unless every concept is.
 * Returns those it weighed.
 */
function weighOnlyIn(
  text: string,
  concepts: QueryConcept[],
  clauses: readonly { start: number; end: number }[],
  share: number,
): QueryConcept[] {
  if (clauses.length === 0) return [];
  const only = concepts.filter((c) =>
    everyMention(text, c.surface, (at) => clauses.some((s) => at >= s.start && at < s.end)),
  );
  if (only.length === concepts.length) return [];
  for (const c of only) c.weight *= share;
  return only;
}

/**
 * The lexicon's person nouns that are their own stems ("analyst", "ceo", "founder"): a Chinese
 * word's glosses are stems, and a derived noun's stem is its verb's ("developer" is "develop",
 * the gloss of 开发), which would make "who developed it" ask a developer's name.
 */
const personStemsCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
const ownStems = (_: undefined, words: ReadonlySet<string>): ReadonlySet<string> =>
  new Set([...words].filter((w) => stemToken(w) === w));

/** The words that ask who someone is or what they are called: person cues (谁) and name cues. */
const whoCues = (zh: ChineseLexicon) => [
  ...zh.cues.flatMap(({ type, parts: [cue, ...more] }) =>
    type === "person" && cue && more.length === 0 ? [cue] : [],
  ),
  ...zh.nameCues,
];

/**
 * Whether a who or name cue follows, white space and joining words aside (的, 是: the
 * zh-questions.json nameJoiners): "的分析师是谁" after 分析师, not "和谁一起" (with whom).
 */
function cueFollows(text: string, cues: readonly string[], joiners: readonly string[]): boolean {
  let rest = text.trimStart();
  for (;;) {
    if (cues.some((cue) => rest.startsWith(cue))) return true;
    const joiner = joiners.find((word) => rest.startsWith(word));
    if (!joiner) return false;
    rest = rest.slice(joiner.length).trimStart();
  }
}

/**
 * "SemiAnalysis 首席分析师是谁", "Anthropic CEO 叫啥": a Chinese question asking who a person noun
 * is or what it is called (person and name cues of zh-questions.json), the cue right after the
 * noun, joining words aside: a Chinese word whose best gloss is one of the lexicon's people (分析师:
 * analyst), or a Latin one (CEO). "谁开发了 V3" asks who, of no person noun.
 */
function asksPersonNameInChinese(
  question: string,
  zh: ChineseLexicon,
  words: readonly QueryConcept[],
  latin: readonly Concept[],
  lexiconData: LexiconData,
  isPerson: (noun: string) => boolean,
): boolean {
  const people = remembered(personStemsCache, lexiconData.people, ownStems);
  const cues = whoCues(zh);
  const askedOf = (surface: string) =>
    everyMention(question, surface, (at, text) =>
      cueFollows(text.slice(at + surface.length), cues, zh.nameJoiners),
    );
  return (
    words.some((c) => people.has(c.related[0]?.term ?? "") && askedOf(c.surface)) ||
    latin.some(
      (c) => !startsWithHan(c.surface) && isPerson(c.surface.toLowerCase()) && askedOf(c.surface),
    )
  );
}

/** How precise a date question's answer must be (ParsedQuestion.wants); Chinese cues: 哪天, 几点… */
function precisionAsked(
  question: string,
  zh:
    | Pick<ChineseLexicon, "dayCues" | "timeCues" | "yearCues" | "monthCues" | "decadeCues">
    | undefined,
): ParsedQuestion["wants"] {
  const cued = (cues: readonly string[] = []) => saysAny(question, cues);
  if (TIME_QUESTION.test(question) || cued(zh?.timeCues)) return "time";
  if (CLOCK_OR_DATE_QUESTION.test(question)) return "clock";
  if (DAY_QUESTION.test(question) || cued(zh?.dayCues)) return "day";
  if (MONTH_QUESTION.test(question) || cued(zh?.monthCues)) return "month";
  if (YEAR_QUESTION.test(question) || cued(zh?.yearCues)) return "year";
  // 几零后 asks the generation one was born in, a decade (80后): a year tells another thing.
  if (cued(zh?.decadeCues)) return "decade";
  return null;
}

/** A number with a one- or two-letter scale, as chat writes amounts: "6m", "5.5k", "10bn". */
const SHORTHAND_AMOUNT = /^(\d+(?:\.\d+)?)(k|m|mm|bn|b|t)$/;

/**
 * The name a vocabulary word wholly spells ("deepseek" → §deepseek), if any: a thing's name
 * (company, model, person), not a notion's ("price"), whose forms the word already matches.
 */
function nameSpelled(index: SearchIndex, word: string): string | null {
  const named = index.concepts(word);
  const only = named.length === 1 ? named[0] : undefined;
  if (!only?.alias || only.surface.length !== word.length) return null;
  return index.aliases.byId(only.term.slice(1))?.kind === "concept" ? null : only.term;
}

function readConcept(
  index: SearchIndex,
  lexicon: CompiledLexicon,
  concept: Concept,
  rarest: number,
): QueryConcept {
  let terms = index.variants(concept.term);
  const { surface } = concept;
  const specific = concept.alias ? 1 : specificity(lexicon.data, concept.term);
  if (terms[0] === concept.term) {
    const weight = index.idf(concept.term) * (concept.alias ? RANKING.concepts.alias : specific);
    const related = concept.alias
      ? instancesOf(index, concept.term)
      : lexicon.related(concept.term);
    return { surface, kind: concept.alias ? "alias" : "word", terms, related, weight };
  }
  // "qwen", "llama": a family the documents name only with a version (Qwen2-72B, LLaMA2 70B),
  // though a dictionary may know the word.
  const versioned = index.versionedNames(surface.toLowerCase());
  if (versioned.length > 0) {
    const weight = Math.max(...versioned.map((t) => index.idf(t))) * RANKING.concepts.corrected;
    return { surface, kind: "family", terms: versioned, related: [], weight };
  }
  let related = lexicon.related(concept.term);
  // "encoder": a dictionary word the documents write only as the last part of a name
  // ("DeepEncoder"). Not chat shorthand ("eval" is no HumanEval).
  const compounds = lexicon.isWord(concept.term) ? index.compoundsEndingIn(concept.term) : [];
  if (compounds.length > 0) {
    const weight = Math.max(...compounds.map((t) => index.idf(t))) * RANKING.concepts.corrected;
    return { surface, kind: "corrected", terms: [...compounds], related, weight };
  }
  // A word the dictionary knows is no slip: "normal" is not "formal". It may still be a form
  // of a word the documents have: "america" for American.
  if (lexicon.isWord(concept.term)) {
    const { term } = concept;
    terms = terms.filter((t) => t.startsWith(term) || term.startsWith(t));
  }
  // "relase": a slip in a word no dictionary knows, corrected against the documents' words.
  if (terms.length === 0 && !lexicon.isWord(concept.term) && !concept.alias) {
    const corrected = index.correctSpelling(surface.toLowerCase());
    if (corrected) {
      terms = [corrected];
      related = lexicon.related(corrected);
    }
  }
  // "deepseak": a slip in a name is the name, and what the question is about.
  const name = terms.length === 1 ? nameSpelled(index, terms[0] as string) : null;
  if (name) {
    const weight = index.idf(name) * RANKING.concepts.alias * RANKING.concepts.corrected;
    return { surface, kind: "alias", terms: [name], related: instancesOf(index, name), weight };
  }
  if (terms.length > 0) {
    const weight = index.idf(terms[0] as string) * RANKING.concepts.corrected * specific;
    return { surface, kind: "corrected", terms, related, weight };
  }
  // "6m", "5.5k": an amount in shorthand the documents write out ("$6 million"): its number.
  // "10k" is written "10,000" (indexed "10000"); "6m" is "$6 million", whose number is "6".
  const shorthand = SHORTHAND_AMOUNT.exec(concept.term);
  const thousands = shorthand?.[2] === "k" ? String(Number(shorthand[1]) * 1000) : undefined;
  const amount = thousands && index.frequency(thousands) > 0 ? thousands : shorthand?.[1];
  if (amount && index.frequency(amount) > 0) {
    const weight = index.idf(amount) * RANKING.concepts.corrected;
    return { surface, kind: "corrected", terms: [amount], related, weight };
  }
  // A Chinese word the segmenter cut and the dictionary lacks is likely a wrong cut; a name of
  // the alias table (估值: valuation) was listed on purpose, and the documents lack it.
  if (startsWithHan(surface) && !concept.alias)
    return { surface, kind: "noise", terms, related, weight: rarest * RANKING.concepts.unknownHan };
  // "italy" typed in lower case is still a name: WordNet writes it only capitalised.
  if (concept.nameLike || lexicon.data.names.has(surface))
    return {
      surface,
      kind: "unknown-name",
      terms,
      related: [],
      weight: rarest * RANKING.concepts.unknownName,
    };
  if (related.length > 0 || lexicon.isWord(concept.term))
    return {
      surface,
      kind: "unknown-word",
      terms,
      related,
      weight: rarest * RANKING.concepts.unknownWord * specific,
    };
  return { surface, kind: "noise", terms, related, weight: rarest * RANKING.concepts.noise };
}

/** The word right after "who is" or "who was", not one owning what follows ("openai's ceo"). */
const AFTER_WHO_IS = new RegExp(String.raw`${WHO_IS.source}\s+(?<word>\p{L}+)(?![\p{L}'’])`, "iu");

/**
 * Whether "who is" is followed by a name the documents write (only capitalised, and no alias
 * of a company or a model): "whos andrew carr" asks who Andrew Carr is, not for a name.
 */
function namesSomeoneAfterWhoIs(index: SearchIndex, question: string): boolean {
  const word = AFTER_WHO_IS.exec(question)?.groups?.word;
  if (!word || !index.writesOnlyCapitalised(word)) return false;
  const alias = index.concepts(word).find((c) => c.alias);
  return !alias || index.aliasGroup(alias.term)?.kind === "person";
}

/**
 * A token as a phrase reads it: a slip in a word no dictionary knows is the documents' word it
 * stands for, as `readConcept` reads it alone ("who startd" is "who started").
 */
function asPhraseReadsIt(index: SearchIndex, lexicon: CompiledLexicon, token: string): string {
  const stem = stemToken(token);
  if (stem === null || lexicon.isWord(stem)) return token;
  return index.correctWord(token) ?? token;
}

/**
 * Whether a Chinese who-question names someone and nothing else: "梁文锋是谁", "Andrew Carr是谁"
 * ask what that someone is, as "who is Liang Wenfeng" does; "梁文锋和谁一起创立的幻方" (with
 * whom did he found it) asks a name.
 */
function namesOnlySomeone(
  index: SearchIndex,
  chinese: ChineseReading,
  read: readonly Concept[],
): boolean {
  if (chinese.concepts.length > 0 || read.length === 0) return false;
  return read.every((c) =>
    c.alias ? index.aliasGroup(c.term)?.kind === "person" : index.writesOnlyCapitalised(c.surface),
  );
}

/** Where the lexicon's phrases are in the question, as offsets, with what they stand for. */
function phrasesIn(index: SearchIndex, lexicon: CompiledLexicon, text: string) {
  const tokens = baseTokenSpans(text);
  return matchPhrases(
    lexicon,
    tokens.map((t) => asPhraseReadsIt(index, lexicon, t.token)),
  ).map((m) => {
    const last = tokens[m.index + m.length - 1];
    const start = tokens[m.index]?.start ?? 0;
    return { start, end: (last?.start ?? 0) + (last?.token.length ?? 0), related: m.related };
  });
}

/**
 * The question's concepts: a phrase of the lexicon ("how big") is one concept holding its
 * words, unless an alias names it already ("come out" is a release); each other word or name
 * is one concept, read by `readConcept`.
 */
function conceptsOf(
  index: SearchIndex,
  lexicon: CompiledLexicon,
  text: string,
  read: readonly Concept[],
  chinese: readonly QueryConcept[] = [],
): QueryConcept[] {
  const seen = new Set<string>();
  const concepts: QueryConcept[] = [...chinese];
  for (const phrase of phrasesIn(index, lexicon, text)) {
    const within = (c: Concept) => c.start >= phrase.start && c.start < phrase.end;
    if (read.some((c) => c.alias && within(c))) continue;
    const inside = read.filter((c) => !c.alias && within(c));
    const weight = Math.max(
      ...phrase.related.map((r) => index.idf(r.term)),
      ...inside.map((c) => index.idf(c.term)),
    );
    for (const c of inside) seen.add(c.term);
    const surface = text.slice(phrase.start, phrase.end);
    // "go public" means an IPO, which the documents never mention: not "public" of "public account".
    if (phrase.related.length === 0) {
      const weight = index.idf("") * RANKING.concepts.unknownWord;
      concepts.push({ surface, kind: "unknown-word", terms: [], related: [], weight });
      continue;
    }
    // Its own words are not it: "number" alone is no "phone number", "big" no "how big".
    concepts.push({ surface, kind: "phrase", terms: [], related: phrase.related, weight });
  }
  const rarest = index.idf("");
  for (const concept of read) {
    if (seen.has(concept.term) || lexicon.data.filler.has(concept.surface)) continue;
    seen.add(concept.term);
    concepts.push(readConcept(index, lexicon, concept, rarest));
  }
  // A related term the question also names outright is that other concept's evidence.
  const named = new Set(concepts.flatMap((c) => c.terms));
  for (const concept of concepts) {
    concept.related = concept.related.filter((r) => !named.has(r.term));
  }
  return concepts;
}

/** The concepts a "how many" question counts: "gpu cards" in "how many gpu cards did…". */
function countedOf(
  index: SearchIndex,
  filler: ReadonlySet<string>,
  text: string,
  read: readonly Concept[],
  concepts: readonly QueryConcept[],
): QueryConcept[] {
  const words = countedWords(text, (w) => stemToken(w) !== null && !filler.has(w));
  // Whole, for a name of several words ("technical reports"), and word by word.
  const terms = new Set(
    [words.join(" "), ...words].flatMap((w) => index.concepts(w).map((c) => c.term)),
  );
  return concepts.filter((c) =>
    read.some((r) => terms.has(r.term) && (c.surface === r.surface || c.terms.includes(r.term))),
  );
}

/** A name and the number after it: "llama 2", "gpt-4". */
const NAME_NUMBER = /\b(\p{L}{2,})[ -](\d+(?:\.\d+)?)\b/gu;

/** "llama 2" as the documents write it ("LLaMA2"), when they write it as one word. */
function joinVersions(index: SearchIndex, text: string): string {
  return text.replace(NAME_NUMBER, (whole, name: string, number: string) => {
    const joined = `${name}${number}`;
    return index.frequency(joined.toLowerCase()) > 0 ? joined : whole;
  });
}

/** A decimal standing alone: not part of a name, a version, an amount or a date. */
const BARE_DECIMAL =
  /(?<![\p{Script=Latin}\p{N}.,$¥€£#/-])(\d+\.\d+)(?![\p{Script=Latin}\p{N}%×/]|[.,]\d)/gu;

/**
 * "wen did 2.5 ship", "2.5什么时候发布的": a decimal standing alone, as chat names one of the V
 * models, read as the model ("V2.5") when the alias table names one so. Not after another name
 * ("qwen 2.5", "llama 3.2": only a function word, or a name whose own model it is, "deepseek
 * 2.5", may come before), nor before a unit or a rate ("1.5 years", "2.5 million", "2.5 per
 * million": `units`, the words that make a number an amount).
 */
function versionsAlone(
  index: SearchIndex,
  text: string,
  units: ReadonlySet<string> | undefined,
): string {
  return text.replace(BARE_DECIMAL, (whole: string, number: string, at: number) => {
    const next = /^\s*(\p{Script=Latin}+)/u.exec(text.slice(at + whole.length))?.[1]?.toLowerCase();
    if (next !== undefined && (!units || units.has(next) || next === "per")) return whole;
    const model = index.aliases.match([`v${number}`])[0];
    if (model?.length !== 1 || model.group.kind !== "model") return whole;
    const previous = /(\p{Script=Latin}+)\s+$/u.exec(text.slice(0, at))?.[1]?.toLowerCase();
    if (previous === undefined || STOP_WORDS.has(previous)) return `V${number}`;
    // "deepseek 2.5" is DeepSeek V2.5: the name and the V version together are the model's.
    const named = index.aliases.match([...baseTokens(previous), `v${number}`])[0];
    return named?.length === 2 && named.group === model.group ? `V${number}` : whole;
  });
}

/** A Latin name written together with its number: "gpt4", "qwen2". */
const NAME_AND_NUMBER = /\b([a-z]{2,})(\d+(?:\.\d+)?)\b/gi;

/**
 * "claude3" as the documents would write it ("Claude 3"), when they have the name and the number
 * but not the two as one word (a hyphen joins them in the index: "GPT-4" is also "gpt4"), and
 * the alias table does not know the joined form ("vl2", "llama2").
 */
function splitVersions(index: SearchIndex, text: string): string {
  return text.replace(NAME_AND_NUMBER, (whole, name: string, number: string) => {
    const lower = whole.toLowerCase();
    if (index.frequency(lower) > 0 || index.aliases.hasWord(lower)) return whole;
    const known = index.frequency(name.toLowerCase()) > 0 && index.frequency(number) > 0;
    return known ? `${name}-${number}` : whole;
  });
}

/** A word that may be a name with a possessive "s" and no apostrophe: "deepseeks", "liangs". */
const MAYBE_POSSESSIVE = /\b(\p{L}{3,})s\b/gu;

/**
 * "wenfengs full name" as "wenfeng full name": the name the alias table knows, not a new word.
 * An everyday English word's s is its plural ("funds"), whatever name holds the word; a word
 * as rare as a name ("nvidias ceo", beyond `specificRank`) is the name's.
 */
function withoutPossessives(index: SearchIndex, lexicon: CompiledLexicon, text: string): string {
  return text.replace(MAYBE_POSSESSIVE, (word: string, name: string) => {
    const bare = name.toLowerCase();
    const possessive =
      !index.aliases.hasWord(word.toLowerCase()) &&
      index.aliases.hasWord(bare) &&
      (lexicon.data.wordRank.get(stemToken(bare) ?? bare) ?? Infinity) >=
        RANKING.concepts.specificRank;
    return possessive ? name : word;
  });
}

/** A question's text as the parser reads it, before any word is weighed. */
export interface QuestionText {
  /** The question as asked (white space folded, cut to MAX_QUESTION_CHARS). */
  text: string;
  /** Chat words as plain words, versions as the documents write them, Chinese dates and amounts in English. */
  normalized: string;
  /** Whether it is read as Chinese: it has Han characters after chat words are read. */
  chinese: boolean;
}

/**
 * The text `parseQuestion` reads: `ask` splits a two-part question on it before parsing each
 * part, and finds there a model the documents lack, without parsing the whole.
 */
export function readQuestionText(
  index: SearchIndex,
  lexiconData: LexiconData,
  question: string,
  units?: ReadonlySet<string>,
): QuestionText {
  const text = question.replace(/\s+/g, " ").trim().slice(0, MAX_QUESTION_CHARS);
  const lexicon = compileLexicon(index, lexiconData);
  const typed = versionsAlone(
    index,
    splitVersions(
      index,
      joinVersions(index, withoutPossessives(index, lexicon, normalizeQuestion(text, lexiconData))),
    ),
    units,
  );
  const zh = hasHan(typed) ? lexiconData.chinese : undefined;
  // Traditional characters are read as their simplified forms, which the lexicon is keyed by.
  // Its dates and amounts are read as the documents write them: "7月" is July, not the number
  // 7; "600万" is 6 million; and hand-kept phrases as their English words (投入使用: operational).
  const normalized = zh
    ? englishPhrases(
        englishAmounts(englishDates(choiceAsYesNo(toSimplified(typed, zh), zh), zh.notMonthAfter)),
        zh.phrases,
      )
    : typed;
  return { text, normalized, chinese: zh !== undefined };
}

/**
 * Understands a question: chat words read as plain words, phrases of the lexicon found, each
 * word weighed by its rarity in the documents (or by what kind of unknown it is) and carried
 * onto the documents' vocabulary through related words.
 */
export function parseQuestion(
  index: SearchIndex,
  lexiconData: LexiconData,
  question: string,
  /** The words that make a number an amount ("years", "million"); without them, any word does. */
  units?: ReadonlySet<string>,
): ParsedQuestion {
  return parseQuestionText(
    index,
    lexiconData,
    readQuestionText(index, lexiconData, question, units),
    units,
  );
}

/** `parseQuestion` of a text `readQuestionText` has read. */
export function parseQuestionText(
  index: SearchIndex,
  lexiconData: LexiconData,
  { text, normalized, chinese: isChinese }: QuestionText,
  units?: ReadonlySet<string>,
): ParsedQuestion {
  const lexicon = compileLexicon(index, lexiconData);
  // Chinese is read word by word (understand/chinese.ts); its bigrams leave the analyzer's reading.
  const zh = isChinese ? lexiconData.chinese : undefined;
  const english = englishCues(lexiconData.english);
  const chinese = zh && readChinese(index, zh, normalized, glossReader(lexicon));
  const analyzed = index.concepts(normalized);
  const read = chinese
    ? [...analyzed.filter((c) => !startsWithHan(c.surface)), ...chinese.aliases]
    : analyzed;
  let type = (zh && chineseAnswerType(normalized, zh)) ?? answerTypeOf(normalized);
  const namesPerson = read.some((c) => c.alias && index.aliasGroup(c.term)?.kind === "person");
  // "Who is Liang Wenfeng" asks what someone is, even "who is liang wenfeng, founder of…".
  const whoIsNamed =
    type === "person" &&
    (chinese
      ? namesOnlySomeone(index, chinese, read)
      : WHO_IS.test(normalized) && (namesPerson || namesSomeoneAfterWhoIs(index, normalized)));
  if (whoIsNamed) type = "definition";
  // "What are the names of the two classmates": a person, whatever the question word. A word
  // of a name the question gives is no role ("the high flyer fund" is no flyer); a notion's
  // word is ("founder" of the founding notion).
  const named = new Set(
    read
      .filter((c) => c.alias && index.aliasGroup(c.term)?.kind !== "concept")
      .flatMap((c) => c.surface.toLowerCase().split(/[\s-]+/)),
  );
  const isPerson = (noun: string) => lexiconData.people.has(noun) && !named.has(noun);
  const personName =
    !whoIsNamed &&
    (type === "person" || type === "definition" || type === "open") &&
    (zh && chinese
      ? asksPersonNameInChinese(normalized, zh, chinese.concepts, analyzed, lexiconData, isPerson)
      : asksPersonName(normalized, isPerson));
  if (personName) type = "person";
  // "What nickname did deepseek get": no other cue, so what it was called is asked; "is it
  // known as a startup" asks yes or no.
  if (
    !zh &&
    (type === "definition" || type === "open") &&
    english.label.test(normalized) &&
    !YES_NO_QUESTION.test(normalized)
  )
    type = "label";
  // "v2 total params?": an amount's noun, with no question word, asks the amount.
  const fragment = !zh && type === "open" && english.amountFragment.test(normalized);
  if (fragment) type = "quantity";
  // "What year…" asks when, like "when": its noun names nothing asked about, nor does the
  // "date" of a date question ("r1 release date?"), nor the "name" of "what is his name".
  const cueWords = dateCueWords(normalized);
  // "Which came first", "which is older": the comparison's word asks, it names nothing.
  const asksEarlier = asksWhichEarlier(normalized, english, zh?.earlierCues);
  const isCue = (c: QueryConcept) =>
    cueWords.includes(c.surface.toLowerCase()) ||
    (asksEarlier && lexiconData.english.earlierWords.includes(c.surface.toLowerCase())) ||
    (type === "date" && DATE_NOUN.test(c.surface)) ||
    (personName && NAME_NOUN.test(c.surface));
  const concepts = mergeAlternatives(
    normalized,
    conceptsOf(index, lexicon, normalized, read, chinese?.concepts),
  ).filter((c) => c.kind === "alias" || !isCue(c));
  const clauses = weighClauses(index, { names: lexiconData.names, english }, normalized, concepts);
  const ruledOut = new Set(clauses.ruledOut);
  const counted = chinese
    ? [
        ...chinese.counted,
        ...concepts.filter((c) => chinese.countedLatin.includes(c.surface.toLowerCase())),
      ]
    : fragment
      ? // "coder v2 params": the parameters are counted, as in "how many params"; a cost
        // counts nothing.
        concepts.filter((c) => {
          const word = c.surface.toLowerCase();
          return units?.has(word) === true && lexiconData.english.amountNouns.includes(word);
        })
      : countedOf(index, lexiconData.filler, normalized, read, concepts);
  const yesNo = zh ? chineseCue(normalized, zh) === "open" : YES_NO_QUESTION.test(normalized);
  const wants = type === "date" ? precisionAsked(normalized, zh) : null;
  const month = wants === "day" ? monthNamedAlone(normalized) : null;
  const qualifying = new Set(concepts.filter((c) => onlyQualifies(normalized, c.surface, zh)));
  const comparedWith = new Set(concepts.filter((c) => onlyComparedWith(normalized, c.surface)));
  return {
    text,
    normalized,
    type,
    concepts,
    analyzed,
    counted,
    yesNo,
    wants,
    month,
    qualifying,
    comparedWith,
    ruledOut,
    guessed: clauses.guessed,
    asksPersonName: personName,
    asksPrevious: zh
      ? saysAny(normalized, zh.changedToCues) && saysAny(normalized, zh.beforeCues)
      : english.valueBeforeChange.test(normalized),
    asksAmountBefore:
      type === "quantity" &&
      (zh ? saysAny(normalized, zh.beforeCues) : english.amountBefore.test(normalized)),
    asksNow: zh ? saysAny(normalized, zh.nowCues) : english.now.test(normalized),
    asksFirst: english.firstTime.test(normalized) || (!!zh && saysAny(normalized, zh.firstCues)),
    bareAmount: fragment,
    per: zh ? perPhrasesInChinese(normalized, zh) : perPhrases(normalized),
    asksEarlier,
  };
}

/**
 * The kind of named thing a concept is ("organization", "model", …): a subject a question can
 * be about. Undefined for a word, and for an alias group of words ("concept": release, price).
 */
export function subjectKind(index: SearchIndex, concept: QueryConcept): string | undefined {
  const term = concept.terms[0];
  if (concept.kind !== "alias" || !term) return undefined;
  const kind = index.aliases.byId(term.slice(1))?.kind;
  return kind === "concept" ? undefined : kind;
}
