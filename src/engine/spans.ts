import type { Span } from "../ingest/document.js";

/** A typed piece of a sentence that can answer a question on its own. */
export interface AnswerSpan extends Span {
  text: string;
}

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
/** "January 27–28, 2025", "July 17, 2023", "May 2023", "2024-01-20", "2019". */
const DATE = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:\\s*[-–—]\\s*\\d{1,2})?,?\\s+\\d{4}\\b`,
    `\\b\\d{1,2}\\s+${MONTH}\\s+\\d{4}\\b`,
    `\\b${MONTH}\\s+\\d{4}\\b`,
    "\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b",
    "\\b(?:19|20)\\d{2}\\b",
  ].join("|"),
  "g",
);

const NUMBER = "\\d+(?:[.,]\\d+)*(?:/\\d+)?";
const UNIT =
  "(?:%|×|x\\b|[kKMBT]\\b|billion|million|trillion|thousand|yuan|dollars|US dollars|U\\.S\\. dollars|tokens?|GPUs?|cards?|pages(?:/day)?|nodes|parameters|params|experts?|Gbps|GB|MB|days?|years?|hours?|pages?)";
/**
 * Amounts: "37 billion", "¥0.1", "$5.5 million", "5%-13%", "128K-164K", "1,100 GPUs", "9.3%",
 * "200k pages/day", "~570M", "1/70", "45-day". A bare year is a date, not an amount.
 */
const QUANTITY = new RegExp(
  `(?:[~≈>< ]|\\b)?[$¥€£]?(?<![\\w.-])${NUMBER}(?:[\\s-]*${UNIT})?(?:\\s*(?:[-–—]|to)\\s*[$¥€£]?${NUMBER}(?:\\s*${UNIT})?)?(?:\\s*${UNIT})*`,
  "g",
);

function spansOf(re: RegExp, text: string, offset: number): AnswerSpan[] {
  return [...text.matchAll(re)].map((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    const value = m[0].trim();
    return {
      text: value,
      start: offset + m.index + lead,
      end: offset + m.index + lead + value.length,
    };
  });
}

/** Dates in `text`; offsets are `offset` + the index in `text`. */
export function findDates(text: string, offset = 0): AnswerSpan[] {
  // The alternation tries the longest forms first, so "May 2023" is never read as "2023".
  return spansOf(DATE, text, offset);
}

/** Amounts in `text` that are not dates; offsets as in `findDates`. */
export function findQuantities(text: string, offset = 0): AnswerSpan[] {
  const dates = findDates(text, offset);
  return spansOf(QUANTITY, text, offset).filter(
    (q) =>
      /\d/.test(q.text) &&
      !dates.some((d) => q.start < d.end && d.start < q.end) &&
      // A lone small integer is usually an ordinal or a list number, not an answer.
      !/^\d{1}$/.test(q.text),
  );
}
