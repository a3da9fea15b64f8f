import type { MeasureWords } from "../ingest/load-measures.js";
import { alternation } from "../text/alternation.js";
import { findDates } from "../text/dates.js";
import { remembered } from "../text/remembered.js";
import { matchSpans, type TextSpan } from "../text/span.js";

/** A typed piece of a sentence that can answer a question on its own. */
export type AnswerSpan = TextSpan;

/** Dates answer "when": the one date grammar, in text/dates.ts. */
export { findDates };

const NUMBER = "\\d+(?:[.,]\\d+)*(?:/\\d+)?";
/** Two or three capitalized words: "Liang Wenfeng", "Marc Andreessen", "Satya Nadella". */
const NAME = /\b[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?(?: [A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?){1,2}\b/g;

/** How a corpus writes amounts and names, made into patterns once (see corpus/measures.json). */
export interface SpanFinders {
  /** Amounts in `text` that are not dates; offsets are `offset` + the index in `text`. */
  findQuantities(text: string, offset?: number): AnswerSpan[];
  /**
   * Names of people in `text`: runs of capitalized words none of which is a common non-name
   * word, and that `isOtherName` does not know as a company, model or product.
   */
  findNames(text: string, offset: number, isOtherName: (name: string) => boolean): AnswerSpan[];
}

/** "Top " right before a number, as a word of its own: not "laptop 4", "Stop 3". */
const RANK_BEFORE = /(?<![\p{L}\d])top\s$/iu;

/**
 * A lone digit that ends a name ("Fire-Flyer 2", "Firefly 2") or numbers a list ("1. Cold"), or
 * a version right after a capitalized name ("GOT-OCR 2.0", "Qwen 2.5"): no amount of anything.
 * ("Top 4" reaches here whole, `withRank` having taken in its "Top": a count.)
 */
function isNameOrListNumber(text: string, at: number, value: string): boolean {
  if (/^\d\.\d$/.test(value)) return /\p{Lu}[\p{L}\d-]*[\s-]$/u.test(text.slice(0, at));
  if (!/^\d$/.test(value)) return false;
  const after = text.slice(at + 1, at + 3);
  return (
    /[\p{L}\d][\s-]$/u.test(text.slice(Math.max(0, at - 2), at)) ||
    /^[.)]\s/.test(after) ||
    (at === 0 && /^[.)]/.test(after))
  );
}

/** "Top" before a count is part of it: "the winning Top 4 teams" answers with "Top 4". */
function withRank(text: string, offset: number, q: AnswerSpan): AnswerSpan {
  const at = q.start - offset;
  const rank = RANK_BEFORE.exec(text.slice(0, at));
  if (!rank) return q;
  return { text: `${rank[0]}${q.text}`, start: q.start - rank[0].length, end: q.end };
}

/** An amount right after a plus or times sign is a term of a formula: "n×100 + 256 tokens". */
const TERM_OF_SUM = /[+×*]\s*$/u;

function compileFinders(words: MeasureWords): SpanFinders {
  const unit = alternation(words.units);
  // Amounts: "37 billion", "¥0.1", "$5.5 million", "5%-13%", "128K-164K", "1,100 GPUs", "9.3%",
  // "200k pages/day", "~570M", "<~800 tokens", "1/70", "45-day", "40+ page". A bare year is a
  // date, not an amount.
  const quantity = new RegExp(
    `(?:[<>]?[~≈]|[~≈>< ]|\\b)?[$¥€£]?(?<![\\w.-])${NUMBER}(?:\\+(?=[\\s-]*${unit}))?(?:[\\s-]*${unit})?(?:\\s*(?:[-–—]|to)\\s*[$¥€£]?${NUMBER}(?:\\s*${unit})?)?(?:\\s*${unit})*`,
    "g",
  );
  // Counts written as words; "one" is left out, it mostly means "a" ("one of the best"), and
  // so is one that starts a compound ("the two-faced god"): that counts nothing.
  const numberWords = new RegExp(
    `\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?|hundreds|thousands)\\b(?!-\\p{L})(?:\\s+${unit})?`,
    "giu",
  );
  const notNames = new Set(words.notNameWords);
  return {
    findQuantities(text, offset = 0) {
      const dates = findDates(text, offset);
      const found = [
        ...matchSpans(quantity, text, offset),
        ...matchSpans(numberWords, text, offset),
      ];
      return found
        .sort((a, b) => a.start - b.start)
        .map((q) => withRank(text, offset, q))
        .filter(
          (q) =>
            /\d|^\p{L}/u.test(q.text) &&
            !dates.some((d) => q.start < d.end && d.start < q.end) &&
            !isNameOrListNumber(text, q.start - offset, q.text) &&
            !TERM_OF_SUM.test(text.slice(0, q.start - offset)),
        );
    },
    findNames(text, offset, isOtherName) {
      return matchSpans(NAME, text, offset).filter(
        (span) =>
          !span.text.split(" ").some((word) => notNames.has(word)) && !isOtherName(span.text),
      );
    },
  };
}

const compiled = new WeakMap<MeasureWords, SpanFinders>();

/** The span finders for a corpus's measure words, compiled once per words object. */
export function spanFinders(words: MeasureWords): SpanFinders {
  return remembered(compiled, words, () => compileFinders(words));
}
