/**
 * Chinese characters, as a regex fragment for `u` regexes ("[\p{Lu}" + HAN + "]"). Chinese has
 * no case and no spaces: it starts sentences and titles like a capital, and is searched as
 * character bigrams (see tokens.ts).
 */
export const HAN = "\\p{Script=Han}";

const STARTS_WITH_HAN = new RegExp(`^${HAN}`, "u");

/** Whether `text` starts with a Chinese character. */
export const startsWithHan = (text: string): boolean => STARTS_WITH_HAN.test(text);
