import type { MeasureWords } from "../ingest/load-measures.js";
import { alternation, wholeWords } from "../text/alternation.js";
import { remembered } from "../text/remembered.js";

/**
 * What a thing was before a change: the question asking it ("before", 之前: measures.json's
 * before) and the sentence telling it ("from the previous 32k to 128k", "Previously, API prices
 * were only ¥1": changedFrom).
 */

const beforeCache = new WeakMap<MeasureWords, RegExp>();
/** "Before", 之前: words asking what a thing was before a change, or saying it was. */
export const beforeTest = (words: MeasureWords): RegExp => remembered(beforeCache, words, beforeIn);

const beforeIn = (_: undefined, words: MeasureWords): RegExp => {
  const latin = words.before.filter((w) => !/\p{Script=Han}/u.test(w));
  const han = words.before.filter((w) => /\p{Script=Han}/u.test(w));
  return new RegExp(`\\b(?:${alternation(latin)})\\b|${alternation(han)}`, "i");
};

/** A range from one value to another: "from the previous 32k to 128k". */
const FROM_TO = /\bfrom\b[^.;]*\bto\b/i;

/**
 * Whether a sentence tells what a value changed from: "from the previous 32k to 128k",
 * "originally" (measures.json's changedFrom). A "from" with no "to" after it ("transitioning
 * from CPU-based…" is one) says no earlier value of a thing renamed or relicensed.
 */
export const saysChangedFrom = (words: MeasureWords, sentence: string): boolean =>
  FROM_TO.test(sentence) || wholeWords(words.changedFrom).test(sentence);

/**
 * Whether a sentence tells an earlier value, by its changedFrom words or its before words:
 * "Previously, API prices were only ¥1", "acquired 10,000 … before restrictions took effect".
 */
export const tellsEarlierValue = (words: MeasureWords, sentence: string): boolean =>
  saysChangedFrom(words, sentence) || beforeTest(words).test(sentence);
