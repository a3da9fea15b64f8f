/**
 * Chinese characters, as a regex fragment for `u` regexes ("[\p{Lu}" + HAN + "]"). Chinese has
 * no case and no spaces: it starts sentences and titles like a capital, and is searched as
 * character bigrams (see tokens.ts).
 */
export const HAN = "\\p{Script=Han}";

const STARTS_WITH_HAN = new RegExp(`^${HAN}`, "u");

/** Whether `text` starts with a Chinese character. */
export const startsWithHan = (text: string): boolean => STARTS_WITH_HAN.test(text);

const HAN_RUN = new RegExp(`${HAN}+`, "gu");

/** The runs of Chinese characters in `text`, with their offsets. */
export function hanRuns(text: string): { text: string; start: number }[] {
  return [...text.matchAll(HAN_RUN)].map((m) => ({ text: m[0], start: m.index }));
}

const HAS_HAN = new RegExp(HAN, "u");

/** Whether `text` holds a Chinese character. */
export const hasHan = (text: string): boolean => HAS_HAN.test(text);
