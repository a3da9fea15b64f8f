import type { QueryConcept } from "../question.js";

/** "february or april", "2月还是4月" (after englishDates: "February 还是 April"). */
const EITHER_OR = /([\p{L}\p{N}.]+)\s*(?:\bor\b|还是|或者|或)\s*([\p{L}\p{N}.]+)/giu;

/**
 * Two words a question offers as alternatives ("was it february or april") are one concept
 * met by either: a passage holding one of them answers the question, and needs not hold both.
 * Names are left apart ("v2 or v3", "gpt-4 or llama2" ask about two subjects), and so is a word
 * the documents lack.
 */
export function mergeAlternatives(text: string, concepts: QueryConcept[]): QueryConcept[] {
  const merged = [...concepts];
  for (const [, before = "", after = ""] of text.matchAll(EITHER_OR)) {
    // Both must be plain words the documents have: "an office in the us or europe" still needs
    // Europe, and "gpt-4 or llama2" names two models, each a subject of its own.
    const find = (word: string) =>
      merged.findIndex(
        (c) =>
          (c.kind === "word" || c.kind === "gloss") &&
          c.terms.length > 0 &&
          !/\d/.test(c.surface) &&
          c.surface.toLowerCase() === word.toLowerCase(),
      );
    const a = find(before);
    const b = find(after);
    if (a < 0 || b < 0 || a === b) continue;
    const first = merged[a] as QueryConcept;
    const second = merged[b] as QueryConcept;
    const either: QueryConcept = {
      surface: `${first.surface} or ${second.surface}`,
      kind: first.kind,
      terms: [...new Set([...first.terms, ...second.terms])],
      related: [...first.related, ...second.related],
      weight: Math.max(first.weight, second.weight),
    };
    merged.splice(Math.max(a, b), 1);
    merged.splice(Math.min(a, b), 1, either);
  }
  return merged;
}
