import type { MeasureWords } from "../ingest/load-measures.js";
import type { AnswerSpan } from "./spans.js";

/**
 * A short phrase in quotes, its quotes and closing stop left out: “price butcher”, "AI's
 * Sputnik moment." A longer quote is a saying.
 */
const QUOTED = /[“"]([^“”"\n]{2,60}?)[.,!?]?[”"]/g;
const LABEL_WORDS = 6;
/** A possessive names whose thing the quote is, not what it names: DeepSeek’s “must-have…”. */
const POSSESSIVE = /['’]s$/;
/** One lowercase word in quotes is a word used or defined (“positive”, the so-called “quant”). */
const ONE_LOWERCASE_WORD = /^[\p{Ll}-]+$/u;

/**
 * The names a sentence gives something in quotes: a short quoted phrase one of whose two words
 * before is a word a name follows (measures.json labelBefore: "a well-known “price butcher”",
 * "described this as "AI's Sputnik moment""), possessives not counted among the two ("one of
 * China’s “four great quant kings”"). A quote after a verb or a noun is a saying ("calling its
 * technology “very impressive.”"), and one lowercase word is an epithet or a term defined.
 */
export function findLabels(words: MeasureWords, text: string, offset: number): AnswerSpan[] {
  const before = new Set(words.labelBefore);
  const labels: AnswerSpan[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const label = (m[1] as string).trim();
    if (label.split(/\s+/).length > LABEL_WORDS || ONE_LOWERCASE_WORD.test(label)) continue;
    const lead = text
      .slice(0, m.index)
      .trimEnd()
      .split(/\s+/)
      .filter((w) => !POSSESSIVE.test(w))
      .slice(-2);
    if (!lead.some((w) => before.has(w.toLowerCase()))) continue;
    const start = offset + m.index + 1 + (m[1] as string).indexOf(label);
    labels.push({ text: label, start, end: start + label.length });
  }
  return labels;
}
