import { findDates } from "../text/dates.js";
import { matchSpans, type TextSpan } from "../text/span.js";

/** A typed piece of a sentence that can answer a question on its own. */
export type AnswerSpan = TextSpan;

/** Dates answer "when": the one date grammar, in text/dates.ts. */
export { findDates };

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

/** Counts written as words; "one" is left out, it mostly means "a" ("one of the best"). */
const NUMBER_WORDS = new RegExp(
  `\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?|hundreds|thousands)\\b(?:\\s+${UNIT})?`,
  "gi",
);

/** Amounts in `text` that are not dates; offsets as in `findDates`. */
export function findQuantities(text: string, offset = 0): AnswerSpan[] {
  const dates = findDates(text, offset);
  const found = [...matchSpans(QUANTITY, text, offset), ...matchSpans(NUMBER_WORDS, text, offset)];
  return found
    .sort((a, b) => a.start - b.start)
    .filter(
      (q) =>
        /\d|^\p{L}/u.test(q.text) &&
        !dates.some((d) => q.start < d.end && d.start < q.end) &&
        !isNameOrListNumber(text, q.start - offset, q.text),
    );
}

/** A lone digit that ends a name ("Fire-Flyer 2", "Firefly 2") or numbers a list ("1. Cold"). */
function isNameOrListNumber(text: string, at: number, value: string): boolean {
  if (!/^\d$/.test(value)) return false;
  const after = text.slice(at + 1, at + 3);
  return (
    /[\p{L}\d][\s-]$/u.test(text.slice(Math.max(0, at - 2), at)) ||
    /^[.)]\s/.test(after) ||
    (at === 0 && /^[.)]/.test(after))
  );
}
/** Two or three capitalized words: "Liang Wenfeng", "Marc Andreessen", "Satya Nadella". */
const NAME = /\b[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?(?: [A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?){1,2}\b/g;
/** Capitalized words that do not start or belong to a person's name. */
const NOT_NAME_WORDS = new Set(
  `The A An In On At By For From With As Of And But Or If When While After Before This That These
  Those It Its Their His Her Our We They He She You I Chinese American US U.S. New Year
  January February March April May June July August September October November December Monday
  Tuesday Wednesday Thursday Friday Saturday Sunday Eve Day Street Store University Company
  Management Capital Research Technology Intelligence Model Models Arena List Award`.split(/\s+/),
);

/**
 * Names of people in `text`: runs of capitalized words none of which is a common non-name word,
 * and that `isOtherName` does not know as a company, model or product.
 */
export function findNames(
  text: string,
  offset: number,
  isOtherName: (name: string) => boolean,
): AnswerSpan[] {
  return matchSpans(NAME, text, offset).filter(
    (span) =>
      !span.text.split(" ").some((word) => NOT_NAME_WORDS.has(word)) && !isOtherName(span.text),
  );
}
