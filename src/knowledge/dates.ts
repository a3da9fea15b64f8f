import type { IsoDate } from "./types.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Normalises a date as written ("July 17, 2023", "January 27–28, 2025", "May 2024", "2019",
 * "2024-01-20") to ISO form with the precision the text gives; a range keeps its first day.
 * Returns null for anything else.
 */
export function normalizeDate(text: string): IsoDate | null {
  const iso = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text.trim());
  if (iso) return validIso(text.trim());
  const words = /^([A-Za-z]+)\.?\s+(?:(\d{1,2})(?:\s*[-–—]\s*\d{1,2})?,?\s+)?(\d{4})$/.exec(
    text.trim(),
  );
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(text.trim());
  const [monthName, day, year] = words
    ? [words[1], words[2], words[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  if (!monthName || !year) return null;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  return validIso(day ? `${year}-${pad(month)}-${pad(Number(day))}` : `${year}-${pad(month)}`);
}

/** The ISO date if it names a real day (or month, or year), else null. */
export function validIso(value: string): IsoDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
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
