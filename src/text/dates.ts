import { matchSpans, type TextSpan } from "./span.js";

/**
 * The one date grammar: how the corpus writes dates, how they are found in text
 * (`findDates`), read ("July 17, 2023" is "2023-07-17", `normalizeDate`) and compared.
 */

/** A date as precise as the text gives it: "2024", "2024-05" or "2024-05-17". */
export type IsoDate = string;

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** A month written out or abbreviated, capitalized: "may" is a verb far more often. */
const MONTH = `(?:${MONTH_NAMES.join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`;
const DAY = "\\d{1,2}";
const YEAR = "\\d{4}";

/** The forms a date is written in, longest first. */
const FORMS = {
  /** "July 17, 2023", "January 27–28, 2025" (a range keeps its first day). */
  monthDayYear: `${MONTH}\\s+${DAY}(?:\\s*[-–—]\\s*${DAY})?,?\\s+${YEAR}`,
  /** "17 July 2023". */
  dayMonthYear: `${DAY}\\s+${MONTH}\\s+${YEAR}`,
  /** "May 2023". */
  monthYear: `${MONTH}\\s+${YEAR}`,
  /** "2024-01-20", "2024-01". */
  iso: `${YEAR}-\\d{2}(?:-\\d{2})?`,
  /** "the 1980s": a decade answers "when" too, though no day or month falls in it. */
  decade: "(?:19|20)\\d0s",
  /** "2019": a bare number is read as a year only from 1900 to 2099. */
  year: "(?:19|20)\\d{2}",
};

/** A date in words at the start of a line, as a list item or heading gives it: "November 2, 2023". */
export const DATE_IN_WORDS = `(?:${FORMS.monthDayYear}|${FORMS.monthYear})`;

/** The alternation tries the longest forms first, so "May 2023" is never read as "2023". */
const DATE = new RegExp(
  Object.values(FORMS)
    .map((form) => `\\b${form}\\b`)
    .join("|"),
  "g",
);
const WORD_FORMS = [FORMS.monthDayYear, FORMS.dayMonthYear, FORMS.monthYear].map(
  (form) => new RegExp(`^${form}$`),
);
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A month as a whole word, no day after it: "may", "Oct.", "May 2024"; not "markets", "May 5". */
const MONTH_WORD = `${MONTH}(?![\\p{L}\\d])(?!\\s+\\d{1,2}\\b)`;
const MONTH_ALONE = [
  // "in may", "of October": any case after the preposition ("may" is a verb far more often).
  new RegExp(`\\b(?:in|of|during)\\s+${MONTH_WORD}`, "iu"),
  // Beside Chinese: "是 May 几号", as englishDates reads "5月几号", spaces typed around the
  // numbers kept ("是 2024 年 5 月几号": "是  May 2024 几号"). A capital "May" elsewhere is
  // mostly the verb: "May I know which day…".
  new RegExp(`(?<=\\p{Script=Han}\\s*)${MONTH_WORD}|\\b${MONTH_WORD}(?=\\s*\\p{Script=Han})`, "u"),
];
/**
 * The month a text names without a day after it (1 to 12): "what day in may" (5), "in May 2024"
 * (5), "in Oct." (10), "是 May 几号" (5); null for none, or for a day ("May 5").
 */
export function monthNamedAlone(text: string): number | null {
  for (const pattern of MONTH_ALONE) {
    const found = pattern
      .exec(text)?.[0]
      .match(/\p{L}+(?=\.?$)/u)?.[0]
      .slice(0, 3)
      .toLowerCase();
    const month = MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === found);
    if (month >= 0) return month + 1;
  }
  return null;
}

const YEARS = new RegExp(`(?<![\\d.,])${FORMS.year}(?!\\d|[.,]\\d)`, "g");
/** The years `text` names, as written ("2024" of "in 2024", of "2024年" and of "May 2024"). */
export const yearsIn = (text: string): string[] => text.match(YEARS) ?? [];

/** Dates in `text`; offsets are `offset` + the index in `text`. */
export function findDates(text: string, offset = 0): TextSpan[] {
  return matchSpans(DATE, text, offset);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Normalises a date as written ("July 17, 2023", "January 27–28, 2025", "May 2024", "2019",
 * "2024-01-20") to ISO form with the precision the text gives; a range keeps its first day.
 * Returns null for anything else.
 */
export function normalizeDate(text: string): IsoDate | null {
  const written = text.trim();
  if (ISO.test(written)) return validIso(written);
  if (!WORD_FORMS.some((form) => form.test(written))) return null;
  const word = /[A-Z][a-z]+/.exec(written)?.[0] ?? "";
  const month = MONTH_NAMES.findIndex((name) => name.startsWith(word.slice(0, 3))) + 1;
  const numbers = written.match(/\d+/g) ?? [];
  const year = numbers.at(-1);
  // A day comes first, before its range's end and the year: "27–28, 2025" or "17 July 2023".
  const day = numbers.length > 1 ? numbers[0] : undefined;
  return validIso(day ? `${year}-${pad(month)}-${pad(Number(day))}` : `${year}-${pad(month)}`);
}

/** The ISO date if it names a real day (or month, or year), else null. */
export function validIso(value: string): IsoDate | null {
  const match = ISO.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  if (m && (Number(m) < 1 || Number(m) > 12)) return null;
  if (m && d) {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  }
  return value;
}

/**
 * Order of dates of mixed precision: plain string order, so "2024-05" sorts before "2024-05-01"
 * — a month-only date comes first in its month, a year-only date first in its year, because
 * the text does not say when within it, and readers of a timeline expect the broad entry
 * before the precise ones it contains.
 */
export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

/** Whether `date` falls in the period `bound` names at its precision ("2024" holds "2024-05-17"). */
export const within = (date: IsoDate, bound: IsoDate): boolean =>
  date.startsWith(bound) || bound.startsWith(date);

/** Whether two dates may tell the same day: equal, or one refines the other ("2024-12", "2024-12-26"). */
export const refines = within;

/** The first and last day a date covers at its precision: "2024" runs 2024-01-01 to 2024-12-31. */
export function periodOf(date: IsoDate): { first: IsoDate; last: IsoDate } {
  const [year = "", month, day] = date.split("-");
  if (day) return { first: date, last: date };
  if (month) {
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${pad(days)}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** Whether all of `date`'s period lies from `from`'s first day to `to`'s last (either open). */
export const whollyWithin = (date: IsoDate, from?: IsoDate, to?: IsoDate): boolean => {
  const { first, last } = periodOf(date);
  return (!from || first >= periodOf(from).first) && (!to || last <= periodOf(to).last);
};
