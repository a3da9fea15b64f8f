/**
 * BM25's saturation, length normalization and term-frequency floor, declared once: the index
 * hands them to MiniSearch (search-index.ts), so pruning weighs postings as the search scores.
 */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/**
 * Static index pruning for one field: the terms in more than `maxPostings` passages, each with
 * the passages (indexes into `terms`) that keep it, those where its BM25 term-frequency part is
 * highest. Terms not in the result keep every posting. `terms[i]` is passage i's analyzed field.
 */
export function keptPostings(
  terms: readonly (readonly string[])[],
  maxPostings: number,
): Map<string, Set<number>> {
  const counts = new Map<string, number>();
  // MiniSearch's field length is the number of distinct terms.
  const lengths = terms.map((field) => {
    const distinct = new Set(field);
    for (const term of distinct) counts.set(term, (counts.get(term) ?? 0) + 1);
    return distinct.size;
  });
  const cut = new Map<string, { passage: number; weight: number }[]>();
  for (const [term, n] of counts) if (n > maxPostings) cut.set(term, []);
  if (cut.size === 0) return new Map();

  const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  terms.forEach((field, passage) => {
    const frequencies = new Map<string, number>();
    for (const term of field) {
      if (cut.has(term)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    }
    const norm = BM25.k * (1 - BM25.b + (BM25.b * (lengths[passage] ?? 0)) / average);
    for (const [term, tf] of frequencies) {
      cut.get(term)?.push({ passage, weight: (tf * (BM25.k + 1)) / (tf + norm) });
    }
  });
  const kept = new Map<string, Set<number>>();
  for (const [term, postings] of cut) {
    postings.sort((a, b) => b.weight - a.weight || a.passage - b.passage);
    kept.set(term, new Set(postings.slice(0, maxPostings).map((p) => p.passage)));
  }
  return kept;
}
