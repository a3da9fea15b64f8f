import { remembered } from "./remembered.js";

const escapeRegex = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * Words or phrases as one regex alternation, longest first. As whole words, each ends at a word
 * boundary when it ends with a word character ("GB" never matches "GBps"); as word starts, each
 * begins at one and may run on ("cluster" in "clusters", never in "subcluster").
 */
export function alternation(words: readonly string[], match: "whole" | "start" = "whole"): string {
  const parts = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      match === "whole"
        ? `${escapeRegex(w)}${/\w$/.test(w) ? "\\b" : ""}`
        : `${/^\w/.test(w) ? "\\b" : ""}${escapeRegex(w)}`,
    );
  return `(?:${parts.join("|")})`;
}

const wholeWordsCache = new WeakMap<readonly string[], RegExp>();
const wholeWordsOf = (_: undefined, words: readonly string[]) =>
  new RegExp(`\\b${alternation(words)}`, "i");

/**
 * Words or phrases as one case-insensitive pattern of whole words ("again", "the same"), built
 * once per list: a data file's list is one array for as long as the knowledge lives.
 */
export const wholeWords = (words: readonly string[]): RegExp =>
  remembered(wholeWordsCache, words, wholeWordsOf);
