import type { SearchIndex } from "../index/search-index.js";
import { QUESTION_FILLER } from "../text/tokens.js";

/**
 * What kind of answer a question wants: it decides which span a direct answer may be, and
 * "definition" ("what is MLA?", "who is Liang Wenfeng?") prefers sentences that define.
 */
export type AnswerType = "date" | "quantity" | "person" | "definition" | "open";

const DATE_QUESTION =
  /\b(when|what (year|date|month|day)|which (year|date|month)|since when|release date|date of|how long ago)\b/i;
const QUANTITY_QUESTION =
  /\b(how (many|much|big|large|far|fast|long|expensive|cheap|high|low)|what (is|was|were|are) the (price|cost|size|number|percentage|share|rate|budget|ratio)|what (price|percentage|share|size)|how many)\b/i;
const PERSON_QUESTION = /\b(who|whom)\b/i;
/** "Who is Liang Wenfeng?" asks what someone is, not for a name. */
const WHO_IS = /\bwho (is|was)\b/i;
const DEFINITION_QUESTION =
  /^\s*(what|who)(\s+(is|are|was|were)|'s|’s)\s+(?!the (price|cost|size|number|date)\b)/i;

/** The type whose cue comes first: "how much was lost when…" asks for an amount, not a date. */
export function answerTypeOf(question: string): AnswerType {
  const cues: [AnswerType, number][] = [
    ["date", question.search(DATE_QUESTION)],
    ["quantity", question.search(QUANTITY_QUESTION)],
    ["person", question.search(PERSON_QUESTION)],
  ];
  const found = cues.filter(([, at]) => at >= 0).sort((a, b) => a[1] - b[1]);
  return found[0]?.[0] ?? (DEFINITION_QUESTION.test(question) ? "definition" : "open");
}

/** A concept of the question with the vocabulary terms that can stand for it, and its weight. */
export interface QueryConcept {
  surface: string;
  /** Vocabulary terms that count as this concept (typo corrections included); may be empty. */
  terms: string[];
  /** IDF: rare concepts weigh more, and one the corpus lacks weighs the most. */
  weight: number;
}

export interface ParsedQuestion {
  text: string;
  type: AnswerType;
  concepts: QueryConcept[];
}

/** Questions longer than this are cut before analysis: nobody asks in 2,000 characters. */
export const MAX_QUESTION_CHARS = 500;

/** How concepts are weighed beyond their IDF. */
export const CONCEPT_WEIGHTS = {
  /** Named things (alias groups) are what a question is about. */
  alias: 1.5,
  /** A typo-corrected word might be a different word: trust it less. */
  corrected: 0.8,
  /** An unknown name ("France", "R2") counts more than the rarest known word. */
  unknownName: 2,
  /** An unknown plain word is often a paraphrase ("blew up"): it counts half. */
  unknownWord: 0.5,
  /**
   * An unknown pair of Chinese characters is no evidence either way: bigrams of an English
   * corpus's few Chinese names cannot tell a missing word from a question particle (多少, 什么).
   */
  unknownHan: 0,
} as const;

const HAN = /^\p{Script=Han}/u;

export function parseQuestion(index: SearchIndex, question: string): ParsedQuestion {
  const text = question.replace(/\s+/g, " ").trim().slice(0, MAX_QUESTION_CHARS);
  const seen = new Set<string>();
  const concepts: QueryConcept[] = [];
  const rarest = index.idf("");
  for (const concept of index.concepts(text)) {
    if (seen.has(concept.term) || QUESTION_FILLER.has(concept.surface)) continue;
    seen.add(concept.term);
    const terms = index.variants(concept.term);
    let weight: number;
    if (terms[0] === concept.term) {
      weight = index.idf(concept.term) * (concept.alias ? CONCEPT_WEIGHTS.alias : 1);
    } else if (terms.length > 0) {
      weight = index.idf(terms[0] as string) * CONCEPT_WEIGHTS.corrected;
    } else {
      const factor = HAN.test(concept.surface)
        ? CONCEPT_WEIGHTS.unknownHan
        : concept.nameLike
          ? CONCEPT_WEIGHTS.unknownName
          : CONCEPT_WEIGHTS.unknownWord;
      weight = rarest * factor;
    }
    concepts.push({ surface: concept.surface, terms, weight });
  }
  let type = answerTypeOf(text);
  const namesPerson = index
    .concepts(text)
    .some((c) => c.alias && index.aliases.byId(c.term.slice(1))?.kind === "person");
  if (type === "person" && WHO_IS.test(text) && namesPerson) type = "definition";
  return { text, type, concepts };
}
