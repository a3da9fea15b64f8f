import type { LexiconData } from "../../ingest/load-lexicon.js";

/** A word as people type it: letters and digits (no apostrophes, so "what's" is two). */
const WORD = /[\p{L}\p{N}]+/gu;

/** A hyphen joining a word to the one before or after it: "co-founded", "self-funded". */
const joined = (text: string, at: number, end: number) =>
  /[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, at - 2), at)) ||
  /^-[\p{L}\p{N}]/u.test(text.slice(end, end + 2));

/** "v2s humaneval score": a model's name with a possessive "s" and no apostrophe. */
const POSSESSIVE_NAME = /^(\p{L}+\d+(?:\.\d+)*)s$/u;

/**
 * Reads chat spelling as plain words ("wen did u" → "when did you") and a model's name with a
 * bare possessive as the name ("v2s" → "v2"), keeping the case of words it leaves alone: a
 * capital still marks a name. Words the lexicon drops ("tbh") leave a space. A part of a
 * hyphened word is no chat word: the "co" of "co-founded" is not "company".
 */
export function normalizeQuestion(text: string, lexicon: LexiconData): string {
  return text
    .replace(WORD, (word, at: number) => {
      const lower = word.toLowerCase();
      const plain = joined(text, at, at + word.length) ? undefined : lexicon.chat[lower];
      if (plain !== undefined) return plain;
      return POSSESSIVE_NAME.exec(word)?.[1] ?? word;
    })
    .replace(/\s+/g, " ")
    .trim();
}
