import type { ModelEntry } from "../knowledge/types.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { firstRelease } from "./fact-answer.js";
import type { ParsedQuestion } from "./question.js";
import type { DirectAnswer } from "./result.js";

/** The earlier of two models a question compares, and its release as the answer. */
export interface Earlier {
  model: ModelEntry;
  answer: DirectAnswer;
}

/** The catalog models a question names (a ruled-out one, weighing nothing, aside). */
function modelsNamed(knowledge: Knowledge, parsed: ParsedQuestion): ModelEntry[] {
  const terms = new Set(
    parsed.concepts.filter((c) => c.kind === "alias" && c.weight > 0).flatMap((c) => c.terms),
  );
  return knowledge.catalog.models.filter((m) => terms.has(`§${m.id}`));
}

/**
 * "Which came first, VL2 or V3" (哪个先): of the two catalog models the question names, the one
 * released first, with its first release as the answer. Null when the question asks no such
 * thing, names other than two models, or the catalog's dates do not tell them apart (the same
 * day, or "2024" against "May 2024").
 */
export function earlierRelease(knowledge: Knowledge, parsed: ParsedQuestion): Earlier | null {
  if (!parsed.asksEarlier) return null;
  const models = modelsNamed(knowledge, parsed);
  if (models.length !== 2) return null;
  const [a, b] = models as [ModelEntry, ModelEntry];
  const firstA = firstRelease(a);
  const firstB = firstRelease(b);
  if (!firstA || !firstB) return null;
  // Compared to the precision both are dated to.
  const shared = Math.min(firstA.date.length, firstB.date.length);
  const dateA = firstA.date.slice(0, shared);
  const dateB = firstB.date.slice(0, shared);
  if (dateA === dateB) return null;
  return dateA < dateB ? { model: a, answer: firstA.answer } : { model: b, answer: firstB.answer };
}
