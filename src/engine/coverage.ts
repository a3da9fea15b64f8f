import type { QueryConcept } from "./question.js";
import { RANKING } from "./ranking.js";

/** The least trust a related term needs to stand for the concept at all (see RANKING). */
const floorOf = (concept: QueryConcept) =>
  concept.kind === "unknown-word" ? RANKING.unknownWordRelated : 0;

/**
 * What a related term found earns its concept: its weight (the source's trust times how sure
 * the source is), nothing below the concept's floor. A Chinese word's gloss leaves out the
 * trust in CC-CEDICT: its best translation found is the word found (RANKING.glossFound); a
 * gloss reached through an English synonym keeps that step's doubt. Takes a set of terms or one
 * term, not a predicate: a closure per concept and sentence was a fifth of what ranking allocates.
 */
function relatedCredit(concept: QueryConcept, terms: ReadonlySet<string> | string): number {
  let best = 0;
  const floor = floorOf(concept);
  const one = typeof terms === "string";
  for (const r of concept.related) {
    if (r.weight >= floor && r.weight > best && (one ? r.term === terms : terms.has(r.term)))
      best = r.weight;
  }
  if (concept.kind !== "gloss") return best;
  return Math.min(1, best / (RANKING.trust.zh ?? 1)) * RANKING.glossFound;
}

/**
 * How much of a concept a set of terms holds: all of it for one of its own terms, else what
 * its best related term present earns (`relatedCredit`: "released" for "drop"), else nothing.
 */
export function credit(concept: QueryConcept, terms: ReadonlySet<string>): number {
  for (const t of concept.terms) if (terms.has(t)) return 1;
  return relatedCredit(concept, terms);
}

/** The credit one term earns a concept: `credit` for a single term, without building a set. */
export function creditOfTerm(concept: QueryConcept, term: string): number {
  if (concept.terms.includes(term)) return 1;
  return relatedCredit(concept, term);
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

/** Whether two sets of terms share one. */
export function sharesTerm(terms: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  for (const term of terms) if (others.has(term)) return true;
  return false;
}
