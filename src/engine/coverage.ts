import type { QueryConcept } from "./question.js";
import { RANKING } from "./ranking.js";

/** The least trust a related term needs to stand for the concept at all (see RANKING). */
const floorOf = (concept: QueryConcept) =>
  concept.kind === "unknown-word" ? RANKING.unknownWordRelated : 0;

/**
 * How much of a concept a set of terms holds: all of it for one of its own terms, else the
 * trust of the best related term present ("released" for "drop"), else nothing.
 */
export function credit(concept: QueryConcept, terms: ReadonlySet<string>): number {
  if (concept.terms.some((t) => terms.has(t))) return 1;
  let best = 0;
  const floor = floorOf(concept);
  for (const r of concept.related) {
    if (r.weight >= floor && r.weight > best && terms.has(r.term)) best = r.weight;
  }
  return concept.kind === "gloss" ? glossCredit(concept, best) : best;
}

/**
 * A Chinese word's best gloss found is the word found: CC-CEDICT's glosses rank its
 * translations, they do not doubt it. The others count in proportion (RANKING.glossFound).
 */
function glossCredit(concept: QueryConcept, best: number): number {
  if (best === 0) return 0;
  const top = Math.max(...concept.related.map((r) => r.weight));
  return (best / top) * RANKING.glossFound;
}

/** The credit one term earns a concept: `credit` for a single term, without building a set. */
export function creditOfTerm(concept: QueryConcept, term: string): number {
  if (concept.terms.includes(term)) return 1;
  let best = 0;
  const floor = floorOf(concept);
  for (const r of concept.related) {
    if (r.weight >= floor && r.weight > best && r.term === term) best = r.weight;
  }
  return concept.kind === "gloss" ? glossCredit(concept, best) : best;
}

export function coverage(concepts: readonly QueryConcept[], terms: ReadonlySet<string>): number {
  let total = 0;
  let hit = 0;
  for (const concept of concepts) {
    total += concept.weight;
    hit += concept.weight * credit(concept, terms);
  }
  return total === 0 ? 0 : hit / total;
}
