/**
 * Spelling correction against the documents' own words, as people misspell them: one slip
 * (a letter dropped, added, changed, or two swapped: "relase", "confrence", "nvidai") in a word
 * of five letters or more, two in one of nine or more. Stems are too short to correct
 * ("registerd" stems to itself, "registered" to "regist"), so this works on whole words.
 */

/** Damerau–Levenshtein distance (adjacent swaps count one), or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    let rowBest = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = d[i - 1] as number[];
      const row = d[i] as number[];
      let value = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = value;
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > max) return max + 1;
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** How many slips a word of this length may hold and still be corrected. */
export const allowedSlips = (word: string): number =>
  word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;

/**
 * The documents' word closest to `word`: fewest slips, then the same letters swapped ("trian" is
 * "train" before "trial": fast typing swaps more than it mistypes), then the most frequent. Null
 * when none is within reach, or two equally close words tie (no guess).
 */
export function closestWord(word: string, counts: ReadonlyMap<string, number>): string | null {
  const max = allowedSlips(word);
  if (max === 0) return null;
  const letters = sortedLetters(word);
  let best: { word: string; distance: number; swapped: boolean; count: number } | null = null;
  let tied = false;
  for (const [candidate, count] of counts) {
    if (Math.abs(candidate.length - word.length) > max || candidate[0] !== word[0]) continue;
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    const swapped = sortedLetters(candidate) === letters;
    const order = best
      ? best.distance - distance || Number(swapped) - Number(best.swapped) || count - best.count
      : 1;
    if (order > 0) {
      best = { word: candidate, distance, swapped, count };
      tied = false;
    } else if (order === 0) tied = true;
  }
  return best && !tied ? best.word : null;
}

const sortedLetters = (word: string) => [...word].sort().join("");
