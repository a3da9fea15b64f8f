import type { Concept } from "../index/analyzer.js";
import { ALIAS_TERM_PREFIX } from "../index/analyzer.js";
import type { SearchIndex } from "../index/search-index.js";
import { everyMention } from "../text/mentions.js";
import { credit } from "./coverage.js";
import { type ParsedQuestion, type QueryConcept, subjectKind } from "./question.js";
import { RANKING } from "./ranking.js";

/**
 * A model's name the alias table lacks, by its shape: Latin letters, then a version ("Qwen2",
 * "GPT-4"), also inside a Chinese question (OpenAI的o1: 的 is a letter, but no Latin one).
 */
const MODEL_LIKE = /\b(\p{Script=Latin}+)-?\d[\d.]*\p{Script=Latin}?\b/gu;

/** A named thing a question asks about, with its kind ("High-Flyer": organization). */
export interface Subject {
  concept: QueryConcept;
  term: string;
  kind: string;
}

/** A name after "after", "before", "since", "until": when, not what, the question asks about. */
const TIME_REFERENCE = /\b(?:after|before|since|until|following)\s+(?:the\s+)?$/i;

/** Whether every mention of the concept's surface in the question follows a time word. */
export const onlyTimeReference = (question: ParsedQuestion, surface: string): boolean =>
  everyMention(question.normalized, surface, (at, text) => TIME_REFERENCE.test(text.slice(0, at)));

/**
 * The named things a question asks about: its names of the alias table, and model-like words;
 * not a name that only dates the question ("hiring push on wechat after coder"), nor one that
 * only qualifies the thing asked ("which OpenAI model").
 */
export function subjectsOf(index: SearchIndex, question: ParsedQuestion): Subject[] {
  // Its name ("gpt"), or the name and number as one word ("gpt4"), as the question was read.
  const modelWords = new Set(
    [...question.normalized.matchAll(MODEL_LIKE)].flatMap((m) => [
      (m[1] ?? "").toLowerCase(),
      m[0].toLowerCase().replace("-", ""),
    ]),
  );
  return question.concepts.flatMap((c) => {
    const term = c.terms[0];
    // A name the question rules out weighs nothing ("not v3, v2"): it is not asked about.
    if (
      !term ||
      c.weight === 0 ||
      onlyTimeReference(question, c.surface) ||
      question.qualifying.has(c)
    )
      return [];
    // What a "how many" question counts ("how many a100s") is not what it asks about.
    if (c.kind === "word" && modelWords.has(c.surface) && !question.counted.includes(c))
      return [{ concept: c, term, kind: "model" }];
    // "qwen", read as the documents' versioned names of it ("qwen2"): a model family.
    if (c.kind === "family" && !question.counted.includes(c))
      return [{ concept: c, term, kind: "model" }];
    const kind = subjectKind(index, c);
    return kind ? [{ concept: c, term, kind }] : [];
  });
}

/**
 * Of a question's subjects, those a text must name to be about it: all but the corpus's own
 * topic ("DeepSeek", named by nearly every passage).
 */
export function requiredSubjects(index: SearchIndex, subjects: readonly Subject[]): Subject[] {
  return subjects.filter((s) => !isBackground(index, s.term));
}

/** A term nearly every passage holds: the corpus's own topic ("DeepSeek"). */
export const isBackground = (index: SearchIndex, term: string): boolean =>
  index.frequency(term) >= RANKING.backgroundShare * index.size;

/**
 * Whether `terms` name the subject, a member of its family ("DeepSeek-R1-Lite" is one of R1's,
 * "DeepSeek-Coder-V2" one of Coder's: the alias ids say so), or a thing it owns (Fire-Flyer 2
 * is High-Flyer's: aliases.json "owner").
 */
export function namesSubject(
  index: SearchIndex,
  subject: Subject,
  terms: ReadonlySet<string>,
): boolean {
  if (credit(subject.concept, terms) > 0) return true;
  if (!subject.term.startsWith(ALIAS_TERM_PREFIX)) return false;
  const family = `${subject.term}-`;
  for (const term of terms) if (term.startsWith(family)) return true;
  const owned = index.aliases.ownedBy(subject.term.slice(ALIAS_TERM_PREFIX.length));
  return owned.some((id) => terms.has(`${ALIAS_TERM_PREFIX}${id}`));
}

/** The kind of thing a sentence's concept names, if it is one a subject can be. */
export function kindOf(
  index: SearchIndex,
  subjects: readonly Subject[],
  concept: Concept,
): string | undefined {
  if (concept.alias) return index.aliasGroup(concept.term)?.kind;
  // A loop, not find(): asked for every word of every sentence whose spans are weighed.
  for (const s of subjects) if (s.term === concept.term) return s.kind;
  return undefined;
}

/** A term of a concept group of the alias table: an event or notion ("§release", "§found"). */
export const isEventTerm = (index: SearchIndex, term: string): boolean =>
  term.startsWith(ALIAS_TERM_PREFIX) && index.aliases.byId(term.slice(1))?.kind === "concept";

/** A concept group of the alias table: an event or notion ("release", "founding"), not a name. */
export const isEvent = (index: SearchIndex, c: QueryConcept): boolean =>
  c.kind === "alias" && isEventTerm(index, c.terms[0] ?? "");
