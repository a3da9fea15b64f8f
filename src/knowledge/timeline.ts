import type { TimelineWords } from "../ingest/load-timeline-words.js";
import { alternation } from "../text/alternation.js";
import { compareDates, refines } from "../text/dates.js";
import { nearestDate, type ReadSentence } from "./sentences.js";
import type { EventCategory, TimelineEvent } from "./types.js";

/** A date within this many characters of a sentence's start dates the sentence itself. */
const LEADING_DATE_REACH = 30;

type CategoryRule = [EventCategory, RegExp];

/** The rules of corpus/timeline.json as patterns: a word also matches longer words it starts. */
function categoryRules(words: TimelineWords): CategoryRule[] {
  return words.categories.map(({ category, words }) => [
    category,
    new RegExp(alternation(words, "start"), "i"),
  ]);
}

function categoryOf(
  rules: readonly CategoryRule[],
  text: string,
  released: boolean,
  models: readonly string[],
): EventCategory {
  if (released) return "model";
  for (const [category, rule] of rules) if (rule.test(text)) return category;
  return models.length > 0 ? "model" : "company";
}

/** The dates a sentence is about: a leading date, else each date of a sentence with a month. */
function eventDates(s: ReadSentence): { date: string; at: number }[] {
  const leading = s.dates.find((d) => d.at <= LEADING_DATE_REACH);
  if (leading) return [leading];
  return s.dates.filter((d) => d.date.length >= 7);
}

/** The dated events the sentences tell, oldest first; an event told again is merged into the first telling. */
export function extractTimeline(
  sentences: readonly ReadSentence[],
  words: TimelineWords,
): TimelineEvent[] {
  const rules = categoryRules(words);
  const events: TimelineEvent[] = [];
  // Where an event told again can be: with the same model, or on the same day and category.
  // Bucketed by year: only dates of the same year can refine each other, and a model's events
  // in all years would make finding the same event quadratic in the corpus.
  const byModelYear = new Map<string, TimelineEvent[]>();
  const byDay = new Map<string, TimelineEvent>();
  for (const s of sentences) {
    const { released } = s;
    for (const { date } of eventDates(s)) {
      const about = (released.length > 0 ? released : s.models).filter(
        (m) => nearestDate(s.dates, m.start) === date,
      );
      const models = [...new Set(about.map((m) => m.id))];
      const event: TimelineEvent = {
        date,
        text: s.sentence.text,
        category: categoryOf(
          rules,
          s.sentence.text,
          released.length > 0 && models.length > 0,
          models,
        ),
        models,
        sources: [s.quote],
      };
      const dayKey = `${date}|${event.category}`;
      const same =
        models.length > 0
          ? firstSame(models, (m) => byModelYear.get(`${m}|${date.slice(0, 4)}`), event)
          : byDay.get(dayKey);
      if (same) {
        merge(same, event);
        continue;
      }
      events.push(event);
      for (const m of models) {
        const key = `${m}|${date.slice(0, 4)}`;
        const bucket = byModelYear.get(key);
        if (bucket) bucket.push(event);
        else byModelYear.set(key, [event]);
      }
      if (models.length === 0 && date.length === 10) byDay.set(dayKey, event);
    }
  }
  return events.sort((a, b) => compareDates(a.date, b.date));
}

/** The first event told before with one of `models` that `event` tells again. */
function firstSame(
  models: readonly string[],
  eventsOf: (model: string) => TimelineEvent[] | undefined,
  event: TimelineEvent,
): TimelineEvent | undefined {
  for (const m of models) {
    const same = eventsOf(m)?.find((e) => sameEvent(e, event));
    if (same) return same;
  }
  return undefined;
}

/** Told twice: the same model on a date that refines the other, or the same day and category. */
function sameEvent(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.models.length > 0 && b.models.length > 0) {
    return a.models.some((m) => b.models.includes(m)) && refines(a.date, b.date);
  }
  return a.date === b.date && a.date.length === 10 && a.category === b.category;
}

function merge(into: TimelineEvent, other: TimelineEvent): void {
  for (const source of other.sources) {
    if (!into.sources.some((s) => s.doc === source.doc && s.start === source.start))
      into.sources.push(source);
  }
  if (other.date.length > into.date.length) into.date = other.date;
  if (other.text.length > into.text.length && other.sources[0]?.doc === into.sources[0]?.doc)
    into.text = other.text;
  into.models = [...new Set([...into.models, ...other.models])];
}
