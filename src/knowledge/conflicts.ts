import { normalizeDate, refines } from "../text/dates.js";
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
  const seen = new Set<string>();
  const unique = values.filter((v) => {
    const key = `${v.value}\u0000${v.source.doc}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [{ label, values: unique }];
}

/** Values as written agree when they are the same words. */
export const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** Dates as written agree when one refines the other ("December 2024", "December 26, 2024"). */
export const sameDay = (a: string, b: string) =>
  refines(normalizeDate(a) ?? a, normalizeDate(b) ?? b);
