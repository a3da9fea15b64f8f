import { z } from "zod";
import type { EventCategory, TimelineEvent } from "../knowledge/types.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { compareDates, validIso, within } from "../text/dates.js";
import { InputError } from "./errors.js";

const CATEGORIES = [
  "company",
  "model",
  "api",
  "infrastructure",
  "market",
] as const satisfies readonly EventCategory[];

const isoDate = z
  .string()
  .trim()
  .refine((value) => validIso(value) !== null, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD");

/** Timeline filters; every field optional. A topic may also name a category. */
export const timelineFiltersSchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    year: z.coerce.number().int().min(1900).max(2100).optional(),
    topic: z.string().trim().min(1).max(100).optional(),
    category: z.enum(CATEGORIES).optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to || within(f.to, f.from), {
    message: "from must not be after to",
  });

export type TimelineFilters = z.input<typeof timelineFiltersSchema>;

export interface TimelineResult {
  filters: z.output<typeof timelineFiltersSchema>;
  events: TimelineEvent[];
}

/** Invalid filters: the message starts with "timeline: " and says what is wrong. */
export class TimelineFilterError extends InputError {
  override name = "TimelineFilterError";
}

function parseFilters(filters: TimelineFilters) {
  const parsed = timelineFiltersSchema.safeParse(filters);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "filters"} ${i.message}`);
  throw new TimelineFilterError(`timeline: ${problems.join("; ")}`);
}

const fold = (text: string) => text.toLowerCase().replace(/[-–—\s]+/g, " ");

/**
 * Dated events, oldest first, filtered. Bounds are inclusive at their own precision: from 2024-06
 * keeps every June 2024 event, to 2024 keeps all of 2024; an event dated only "2024" is kept by
 * from 2024-06 too, since the text does not say it was earlier.
 */
export function queryTimeline(knowledge: Knowledge, filters: TimelineFilters = {}): TimelineResult {
  const f = parseFilters(filters);
  const topic = f.topic ? fold(f.topic) : null;
  const events = knowledge.catalog.timeline.filter((event) => {
    if (f.from && event.date < f.from && !within(event.date, f.from)) return false;
    if (f.to && event.date > f.to && !within(event.date, f.to)) return false;
    if (f.year && !event.date.startsWith(String(f.year))) return false;
    if (f.category && event.category !== f.category) return false;
    if (topic && event.category !== topic && !fold(event.text).includes(topic)) {
      const models = event.models.flatMap((id) => knowledge.index.aliases.byId(id)?.names ?? []);
      if (!models.some((name) => fold(name).includes(topic))) return false;
    }
    return true;
  });
  return { filters: f, events: [...events].sort((a, b) => compareDates(a.date, b.date)) };
}
