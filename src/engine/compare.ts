import type { DatedQuote, ModelEntry } from "../knowledge/types.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { modelsNamed, mostPrecise, releasesSaying } from "./fact-answer.js";
import type { ParsedQuestion, QueryConcept } from "./question.js";
import { RANKING } from "./ranking.js";
import type { DirectAnswer } from "./result.js";
import { isBackground, isEvent, isEventTerm, onlyTimeReference } from "./subjects.js";

/** The earlier of two models a question compares, and its release as the answer. */
export interface Earlier {
  model: ModelEntry;
  answer: DirectAnswer;
}

/**
 * An event the question asks of the models' release ("open sourced"; 开源, a gloss whose best
 * sense is one): the release dates must say it (`releasesSaying`).
 */
const isEventAsked = (knowledge: Knowledge, c: QueryConcept): boolean =>
  isEvent(knowledge.index, c) ||
  (c.kind === "gloss" && isEventTerm(knowledge.index, c.related[0]?.term ?? ""));

/**
 * Whether a concept asks something of the models besides when they came out: another named
 * thing ("which topped chatbot arena first"), a phrase of the lexicon, or an English word
 * weighing RANKING.comparedWord or more ("which got a paper first", "topped"; not "model",
 * "one"; the comparison's own words, "first", "older", are no concepts at all).
 */
function asksBesides(knowledge: Knowledge, c: QueryConcept): boolean {
  if (c.weight === 0 || isEventAsked(knowledge, c)) return false;
  if (c.kind === "alias") return !c.terms.some((t) => isBackground(knowledge.index, t));
  if (c.kind === "phrase") return true;
  return c.kind !== "gloss" && c.weight >= RANKING.comparedWord;
}

/**
 * A model's dates, less a date that only says less than another ("December 2024" beside
 * "December 26, 2024"): the rest are what its sources tell, and may disagree.
 */
const datesTold = (released: readonly DatedQuote[]): DatedQuote[] =>
  released.filter(
    (r) => !released.some((o) => o.date.length > r.date.length && o.date.startsWith(r.date)),
  );

/** Whether every date of `a` comes before every date of `b`, at the precision both give. */
const allBefore = (a: readonly DatedQuote[], b: readonly DatedQuote[]): boolean =>
  a.every((x) =>
    b.every((y) => {
      const shared = Math.min(x.date.length, y.date.length);
      return x.date.slice(0, shared) < y.date.slice(0, shared);
    }),
  );

/**
 * "Which came first, VL2 or V3" (哪个先): of the two catalog models the question names, the one
 * released first, with its first release as the answer. Null when the question asks no such
 * thing; names other than two models, or one only to date the question ("what came first after
 * v2.5 and r1-lite"); asks something else of them (another named thing, an event their release
 * dates do not say: "which was open sourced first, r1-lite or v3"); or when the catalog's dates
 * do not order them: every date of one before every date of the other, at the precision both
 * give (DeepSeekMath's February 5 and April 2024 against DeepSeek-VL's March 11: no order).
 */
export function earlierRelease(knowledge: Knowledge, parsed: ParsedQuestion): Earlier | null {
  if (!parsed.asksEarlier) return null;
  const named = modelsNamed(knowledge, parsed);
  if (named.length !== 2) return null;
  if (named.some(({ concept }) => onlyTimeReference(parsed, concept.surface))) return null;
  const models = new Set(named.map(({ concept }) => concept));
  if (parsed.concepts.some((c) => !models.has(c) && asksBesides(knowledge, c))) return null;
  const events = parsed.concepts.filter((c) => isEventAsked(knowledge, c));
  const [a, b] = named.map(({ model }) => ({
    model,
    released: datesTold(releasesSaying(knowledge, events, model)),
  })) as [
    { model: ModelEntry; released: DatedQuote[] },
    { model: ModelEntry; released: DatedQuote[] },
  ];
  if (a.released.length === 0 || b.released.length === 0) return null;
  const earlier = allBefore(a.released, b.released)
    ? a
    : allBefore(b.released, a.released)
      ? b
      : null;
  const first = earlier && mostPrecise(earlier.released);
  return earlier && first ? { model: earlier.model, answer: first.answer } : null;
}
