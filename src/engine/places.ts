import { alternation } from "../text/alternation.js";
import { remembered } from "../text/remembered.js";

const patterns = new WeakMap<readonly string[], RegExp>();

/**
 * Whether a text names a place of `places` (the lexicon's, as written: "Hangzhou", "Silicon
 * Valley"), as a whole word and in its case: "china" the porcelain is no place. A question
 * asking which city or country is not answered by a sentence that names none.
 */
export function namesPlace(places: readonly string[], text: string): boolean {
  if (places.length === 0) return false;
  const pattern = remembered(
    patterns,
    places,
    () => new RegExp(`(?<![\\p{L}\\d])${alternation(places)}(?![\\p{L}\\d])`, "u"),
  );
  return pattern.test(text);
}

/** Whether a text is, whole, one of `places` as written: "United States". */
export const isPlace = (places: readonly string[], text: string): boolean => places.includes(text);
