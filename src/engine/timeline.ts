import * as z from "zod";
import type { EventCategory, TimelineEvent } from "../knowledge/types.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { compareDates, validIso, whollyWithin, within } from "../text/dates.js";
import { InputError } from "./errors.js";
import { type ModelChoice, modelKey } from "./model.js";
import { readModelName } from "./model-names.js";

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
    /** One model's events: its name as people type it (see model-names.ts). */
    model: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to || within(f.to, f.from), {
    message: "from must not be after to",
  });

export type TimelineFilters = z.input<typeof timelineFiltersSchema>;

/** The model filter as read: the one model meant, or the several the name could mean. */
export interface TimelineModel {
  query: string;
  model: (ModelChoice & { key: string }) | null;
  /** When the name means several models and so none: no events are shown. */
  choices: ModelChoice[];
}

export interface TimelineResult {
  filters: z.output<typeof timelineFiltersSchema>;
  /** Present when a model filter was given. */
  model?: TimelineModel;
  events: TimelineEvent[];
}

/** What is wrong with the filters, for a reply to say in the person's language. */
export type TimelineProblem =
  | { kind: "date"; filter: "from" | "to" }
  | { kind: "order" }
  | { kind: "other"; text: string };

/**
 * Invalid filters: the message starts with "timeline: " and says what is wrong, in English;
 * `problems` says the same as data.
 */
export class TimelineFilterError extends InputError {
  override name = "TimelineFilterError";
  constructor(
    message: string,
    readonly problems: readonly TimelineProblem[],
  ) {
    super(message);
  }
}

/** A schema issue as a problem: a date filter that is no date, the range backwards, or else. */
function problemOf(issue: z.core.$ZodIssue): TimelineProblem {
  const [field, ...rest] = issue.path;
  if (issue.code === "custom" && (field === "from" || field === "to") && rest.length === 0)
    return { kind: "date", filter: field };
  if (issue.code === "custom" && field === undefined) return { kind: "order" };
  return { kind: "other", text: `${issue.path.join(".") || "filters"} ${issue.message}` };
}

function parseFilters(filters: TimelineFilters) {
  const parsed = timelineFiltersSchema.safeParse(filters);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "filters"} ${i.message}`);
  throw new TimelineFilterError(
    `timeline: ${problems.join("; ")}`,
    parsed.error.issues.map(problemOf),
  );
}

const fold = (text: string) => text.toLowerCase().replace(/[-–—\s]+/g, " ");

function readModel(knowledge: Knowledge, query: string): TimelineModel {
  const reading = readModelName(knowledge, query);
  if (reading.kind === "one") {
    const { id, name } = reading.model;
    return { query, model: { id, name, key: modelKey(knowledge, reading.model) }, choices: [] };
  }
  const choices =
    reading.kind === "several" ? reading.models.map(({ id, name }) => ({ id, name })) : [];
  return { query, model: null, choices };
}

/**
 * Dated events, oldest first, filtered. An event is kept only when all of it falls in the range:
 * from 2024-06 keeps every June 2024 event, to 2024 keeps all of 2024, and an event dated only
 * "2024" is kept by from 2024-01 to 2024-12 but not by from 2024-07 to 2024-08, since the text
 * does not say it happened then. A model filter keeps the events about that one model.
 */
export function queryTimeline(knowledge: Knowledge, filters: TimelineFilters = {}): TimelineResult {
  const f = parseFilters(filters);
  const topic = f.topic ? fold(f.topic) : null;
  const model = f.model ? readModel(knowledge, f.model) : undefined;
  if (model && !model.model) return { filters: f, model, events: [] };
  const events = knowledge.catalog.timeline.filter((event) => {
    if (!whollyWithin(event.date, f.from, f.to)) return false;
    if (model?.model && !event.models.includes(model.model.id)) return false;
    if (f.year && !event.date.startsWith(String(f.year))) return false;
    if (f.category && event.category !== f.category) return false;
    if (topic && event.category !== topic && !fold(event.text).includes(topic)) {
      const models = event.models.flatMap((id) => knowledge.index.aliases.byId(id)?.names ?? []);
      if (!models.some((name) => fold(name).includes(topic))) return false;
    }
    return true;
  });
  const sorted = [...events].sort((a, b) => compareDates(a.date, b.date));
  return { filters: f, ...(model ? { model } : {}), events: sorted };
}
