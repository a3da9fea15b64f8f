import { remembered } from "../text/remembered.js";

/** The places by their words, and the most words one has: looked up, not matched one by one. */
interface PlaceTable {
  names: ReadonlySet<string>;
  longest: number;
}

const tables = new WeakMap<readonly string[], PlaceTable>();
const tableOf = (places: readonly string[]): PlaceTable =>
  remembered(tables, places, () => ({
    names: new Set(places),
    longest: Math.max(0, ...places.map((p) => p.split(" ").length)),
  }));

/** Words as a place name writes them: letters and digits, with inner hyphens, dots, apostrophes. */
const WORD = /[\p{L}\d](?:[\p{L}\d'’.-]*[\p{L}\d])?/gu;

/**
 * Whether a text names a place of `places` (the lexicon's, as written: "Hangzhou", "Silicon
 * Valley"), as whole words and in its case: "china" the porcelain is no place. A question
 * asking which city is not answered by a sentence that names none. Each run of up to the
 * longest name's words is looked up: thousands of names as one pattern took milliseconds.
 */
export function namesPlace(places: readonly string[], text: string): boolean {
  if (places.length === 0) return false;
  const { names, longest } = tableOf(places);
  const words = text.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i] as string)) continue;
    let name = "";
    for (let n = 0; n < longest && i + n < words.length; n++) {
      name = n === 0 ? (words[i] as string) : `${name} ${words[i + n]}`;
      if (names.has(name)) return true;
    }
  }
  return false;
}

/** Whether a text is, whole, one of `places` as written: "United States". */
export const isPlace = (places: readonly string[], text: string): boolean =>
  tableOf(places).names.has(text);
