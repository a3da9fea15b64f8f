import { HAN } from "../text/script.js";
import type { Span } from "../text/span.js";

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof st jr sr inc ltd co corp vs etc e.g i.e no fig approx dept est u.s u.k a.m p.m".split(
    " ",
  ),
);
/** Sentence end: terminal punctuation, closing quotes or brackets, then a citation or a space. */
const TERMINAL = /[.!?。！？](?:["”’')\]]*)(?=\[\d|\s|$)/gu;
const CITATION_AT = /^\[\d{1,3}\]/;
/** What may start the next sentence. */
const SENTENCE_START = new RegExp(`^[\\s\\]\\d[]*["“‘'(]?[\\p{Lu}\\p{N}${HAN}]`, "u");

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== ".") return false;
  const word = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  // A lone letter is an initial ("J. Smith"); "33B." ends a sentence.
  return /^\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Shrinks a span past white space and citation markers at either end. */
function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  for (;;) {
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    const lead = CITATION_AT.exec(text.slice(s, e));
    if (!lead) break;
    s += lead[0].length;
  }
  for (;;) {
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    const tail = /\[\d{1,3}\]$/.exec(text.slice(s, e));
    if (!tail) break;
    e -= tail[0].length;
  }
  return { start: s, end: e };
}

/**
 * Splits `text.slice(span.start, span.end)` into sentences, returned as spans of `text` without
 * surrounding white space or citation markers. A line is never joined to the next one: callers
 * pass one line (or paragraph) at a time.
 */
export function splitSentences(text: string, span: Span): Span[] {
  const sentences: Span[] = [];
  const piece = text.slice(span.start, span.end);
  let from = 0;
  for (const match of piece.matchAll(TERMINAL)) {
    const end = match.index + match[0].length;
    if (isAbbreviation(piece, match.index)) continue;
    if (end < piece.length && !SENTENCE_START.test(piece.slice(end, end + 12))) continue;
    const sentence = trimSpan(text, span.start + from, span.start + end);
    if (sentence.end > sentence.start) sentences.push(sentence);
    from = end;
  }
  const rest = trimSpan(text, span.start + from, span.end);
  if (rest.end > rest.start) sentences.push(rest);
  return sentences;
}
