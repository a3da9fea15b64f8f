import type { Concept } from "../index/analyzer.js";
import type { SearchIndex } from "../index/search-index.js";
import type { LexiconData } from "../ingest/load-lexicon.js";
import { startsWithHan } from "../text/script.js";
import { baseTokenSpans, QUESTION_FILLER, stemToken } from "../text/tokens.js";
import { type AnswerType, answerTypeOf, countedWords, WHO_IS } from "./understand/answer-type.js";
import { compileLexicon, matchPhrases, type Related } from "./understand/lexicon.js";
import { normalizeQuestion } from "./understand/normalize.js";

export type { AnswerType } from "./understand/answer-type.js";

/** How a question's concept was read, which decides how much it weighs when missing. */
export type ConceptKind =
  /** A named thing of the alias table: what the question is about. */
  | "alias"
  /** A word the documents have. */
  | "word"
  /** A word the documents have only misspelt ("deepsek"). */
  | "corrected"
  /** A phrase of the lexicon ("how big", "come out"): only its related terms stand for it. */
  | "phrase"
  /** A dictionary word the documents lack ("valuation"): it counts, its related words less. */
  | "unknown-word"
  /** Written like a name the documents lack ("France", "R2", "vl3"): strong sign of no answer. */
  | "unknown-name"
  /** Neither a word nor a name (chat, a typo beyond correction, Chinese bigrams): no evidence. */
  | "noise";

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
  /** What a "how many" question counts ("layers"): an amount of other things is no answer. */
  counted: QueryConcept[];
}

/** Questions longer than this are cut before analysis: nobody asks in 2,000 characters. */
export const MAX_QUESTION_CHARS = 500;

/** How concepts are weighed beyond their IDF, as multiples of the rarest word's IDF or factors. */
export const CONCEPT_WEIGHTS = {
  /** Named things (alias groups) are what a question is about. */
  alias: 1.5,
  /** A typo-corrected word might be a different word: trust it less. */
  corrected: 0.8,
  /** An unknown name ("France", "R2") counts more than the rarest known word. */
  unknownName: 2,
  /** A dictionary word the documents lack: often a paraphrase, so it counts half. */
  unknownWord: 0.5,
  /** Not a word at all (chat, an uncorrectable typo): almost no evidence either way. */
  noise: 0.1,
  /**
   * An unknown pair of Chinese characters is no evidence either way: bigrams of an English
   * corpus's few Chinese names cannot tell a missing word from a question particle (多少, 什么).
   */
  unknownHan: 0,
  /**
   * An everyday word ("first", "big", "count") says less about what is asked than a specific
   * one ("humaneval"), however rare both are in the documents: a word of rank r among common
   * English words weighs log(r) / log(specificRank) of itself, at least `minSpecificity`.
   */
  specificRank: 20_000,
  minSpecificity: 0.3,
} as const;

/** How specific a word is, from its rank among common English words (1 when not among them). */
function specificity(lexicon: LexiconData, term: string): number {
  const rank = lexicon.wordRank.get(term);
  if (rank === undefined) return 1;
  const share = Math.log(rank + 2) / Math.log(CONCEPT_WEIGHTS.specificRank);
  return Math.min(1, Math.max(CONCEPT_WEIGHTS.minSpecificity, share));
}

function readConcept(
  index: SearchIndex,
  lexicon: ReturnType<typeof compileLexicon>,
  concept: Concept,
  rarest: number,
): QueryConcept {
  const terms = index.variants(concept.term);
  const { surface } = concept;
  const specific = concept.alias ? 1 : specificity(lexicon.data, concept.term);
  if (terms[0] === concept.term) {
    const weight = index.idf(concept.term) * (concept.alias ? CONCEPT_WEIGHTS.alias : specific);
    const related = concept.alias ? [] : lexicon.related(concept.term);
    return { surface, kind: concept.alias ? "alias" : "word", terms, related, weight };
  }
  const related = lexicon.related(concept.term);
  if (terms.length > 0) {
    const weight = index.idf(terms[0] as string) * CONCEPT_WEIGHTS.corrected * specific;
    return { surface, kind: "corrected", terms, related, weight };
  }
  if (startsWithHan(surface))
    return { surface, kind: "noise", terms, related, weight: rarest * CONCEPT_WEIGHTS.unknownHan };
  if (concept.nameLike)
    return {
      surface,
      kind: "unknown-name",
      terms,
      related: [],
      weight: rarest * CONCEPT_WEIGHTS.unknownName,
    };
  if (related.length > 0 || lexicon.isWord(concept.term))
    return {
      surface,
      kind: "unknown-word",
      terms,
      related,
      weight: rarest * CONCEPT_WEIGHTS.unknownWord * specific,
    };
  return { surface, kind: "noise", terms, related, weight: rarest * CONCEPT_WEIGHTS.noise };
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
): ParsedQuestion {
  const text = question.replace(/\s+/g, " ").trim().slice(0, MAX_QUESTION_CHARS);
  const normalized = normalizeQuestion(text, lexiconData);
  const lexicon = compileLexicon(index, lexiconData);
  const rarest = index.idf("");
  const tokens = baseTokenSpans(normalized);
  const phrases = matchPhrases(
    lexicon,
    tokens.map((t) => t.token),
  ).map((m) => ({
    start: tokens[m.index]?.start ?? 0,
    end:
      (tokens[m.index + m.length - 1]?.start ?? 0) +
      (tokens[m.index + m.length - 1]?.token.length ?? 0),
    related: m.related,
  }));

  const seen = new Set<string>();
  const concepts: QueryConcept[] = [];
  const read = index.concepts(normalized);
  for (const phrase of phrases) {
    // A phrase the alias table already names ("come out" is a release) is that name's.
    if (read.some((c) => c.alias && c.start >= phrase.start && c.start < phrase.end)) continue;
    // Words inside a phrase belong to it.
    const inside = read.filter((c) => !c.alias && c.start >= phrase.start && c.start < phrase.end);
    const surface = normalized.slice(phrase.start, phrase.end);
    const weight = Math.max(
      ...phrase.related.map((r) => index.idf(r.term)),
      ...inside.map((c) => index.idf(c.term)),
    );
    const terms = inside.flatMap((c) => (index.frequency(c.term) > 0 ? [c.term] : []));
    for (const c of inside) seen.add(c.term);
    concepts.push({ surface, kind: "phrase", terms, related: phrase.related, weight });
  }
  for (const concept of read) {
    if (seen.has(concept.term) || QUESTION_FILLER.has(concept.surface)) continue;
    seen.add(concept.term);
    concepts.push(readConcept(index, lexicon, concept, rarest));
  }
  // A related term the question also names outright is that other concept's evidence.
  const named = new Set(concepts.flatMap((c) => c.terms));
  for (const concept of concepts) {
    concept.related = concept.related.filter((r) => !named.has(r.term));
  }

  let type = answerTypeOf(normalized);
  const namesPerson = read.some(
    (c) => c.alias && index.aliases.byId(c.term.slice(1))?.kind === "person",
  );
  if (type === "person" && WHO_IS.test(normalized) && namesPerson) type = "definition";
  // "how many gpu cards did…": the counted words are content words, not "did" or "the".
  const countedTerms = new Set(
    countedWords(normalized, (w) => stemToken(w) !== null && !QUESTION_FILLER.has(w)).flatMap((w) =>
      index.concepts(w).map((c) => c.term),
    ),
  );
  const counted = concepts.filter((c) =>
    read.some(
      (r) => countedTerms.has(r.term) && (c.surface === r.surface || c.terms.includes(r.term)),
    ),
  );
  return { text, normalized, type, concepts, counted };
}
