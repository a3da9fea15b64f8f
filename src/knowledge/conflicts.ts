import { normalizeDate, refines } from "../text/dates.js";
import { uniqueBy } from "../text/unique.js";
import type { Conflict } from "./types.js";

/** Values of one label from different documents that do not agree (a refinement is agreement). */
export function conflictsOf(
  label: string,
  values: Conflict["values"],
  sameValue: (a: string, b: string) => boolean,
): Conflict[] {
  const docs = new Set(values.map((v) => v.source.doc));
  if (docs.size < 2) return [];
  const disagree = values.some((a) =>
    values.some((b) => a.source.doc !== b.source.doc && !sameValue(a.value, b.value)),
  );
  if (!disagree) return [];
  return [{ label, values: uniqueBy(values, (v) => `${v.value}\u0000${v.source.doc}`) }];
}

/** Values as written agree when they are the same words. */
export const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** Dates as written agree when one refines the other ("December 2024", "December 26, 2024"). */
export const sameDay = (a: string, b: string) =>
  refines(normalizeDate(a) ?? a, normalizeDate(b) ?? b);
