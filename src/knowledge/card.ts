import { baseTokens, stemToken } from "../text/tokens.js";
import { sameDay } from "./conflicts.js";
import { FACT_KINDS, isCompared } from "./kinds.js";
import type { Cited, ModelEntry } from "./types.js";

/** One value of a card line and every source that gives it. */
export interface CardValue {
  value: string;
  sources: Cited[];
}

/** One kind of fact about a model: its values, merged where they agree. */
export interface CardLine {
  label: string;
  values: CardValue[];
  /** Documents give values that neither refine nor restate each other: all are shown. */
  disagree: boolean;
}

/** A value's words as the index compares them: "open-sourced" and "open source" are one. */
const wordsOf = (value: string) => new Set(baseTokens(value).flatMap((t) => stemToken(t) ?? []));

/** Whether every word of `a` is in `b`: "MIT" says what "MIT license" says, with less. */
function saysLess(a: string, b: string): boolean {
  const words = wordsOf(b);
  const mine = wordsOf(a);
  return mine.size > 0 && [...mine].every((w) => words.has(w));
}

/** Whether `a` only refines or restates `b`, so one line may show the fuller of them. */
const sameFact = (a: string, b: string) => sameDay(a, b) || saysLess(a, b) || saysLess(b, a);

/** The fuller of two values that agree: the more precise date, the one with more words. */
const fuller = (a: string, b: string) => (a.length === b.length ? a : a.length > b.length ? a : b);

/** Values of one label merged: each value folds into the first earlier one it agrees with. */
function merge(values: readonly (Cited & { value: string })[]): CardValue[] {
  const merged: CardValue[] = [];
  for (const v of values) {
    const same = merged.find((m) => sameFact(m.value, v.value));
    if (!same) {
      merged.push({ value: v.value, sources: [{ source: v.source, quote: v.quote }] });
      continue;
    }
    same.value = fuller(same.value, v.value);
    const cited = same.sources.some(
      (s) => s.source.doc === v.source.doc && s.source.start === v.source.start,
    );
    if (!cited) same.sources.push({ source: v.source, quote: v.quote });
  }
  return merged;
}

/** Several values a compared kind should have one of, from different documents. */
function disagree(label: string, values: readonly CardValue[]): boolean {
  if (values.length < 2 || !isCompared(label)) return false;
  return new Set(values.flatMap((v) => v.sources.map((s) => s.source.doc))).size > 1;
}

/** Where a label stands in `order`: listed labels in their order, any other after them. */
export function cardRank(order: readonly string[], label: string): number {
  const at = order.indexOf(label);
  return at < 0 ? order.length : at;
}

/**
 * A model as a spec sheet: one line per kind of fact, release date first, then the labels in
 * `order` (corpus/models.json), then any others in catalog order. Values that refine ("December
 * 2024" → "December 26, 2024") or restate ("MIT" → "MIT license") another merge into one value
 * citing every source; values that disagree stay side by side.
 */
export function modelCard(model: ModelEntry, order: readonly string[]): CardLine[] {
  const byLabel = new Map<string, (Cited & { value: string })[]>();
  const add = (label: string, value: Cited & { value: string }) =>
    byLabel.set(label, [...(byLabel.get(label) ?? []), value]);
  for (const r of model.released) add(FACT_KINDS.releaseDate.label, { ...r, value: r.text });
  for (const f of model.facts) add(f.label, f);
  return [...byLabel.keys()]
    .sort((a, b) => cardRank(order, a) - cardRank(order, b))
    .map((label) => {
      const values = merge(byLabel.get(label) ?? []);
      return { label, values, disagree: disagree(label, values) };
    });
}
