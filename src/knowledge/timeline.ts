import type { TimelineWords } from "../ingest/load-timeline-words.js";
import { alternation } from "../text/alternation.js";
import { compareDates, type IsoDate, refines } from "../text/dates.js";
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

/**
 * Whether a dated sentence tells no event of its own: a heading for the list after it ("Throughout
 * 2024, DeepSeek continued releasing specialized models:"), or one of corpus/timeline.json's
 * non-event words (an ongoing activity, an interview question).
 */
function notAnEvent(text: string, notEvents: RegExp | null): boolean {
  return /:\s*$/.test(text) || (notEvents?.test(text) ?? false);
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
  const notEvents = words.notEvents.length
    ? new RegExp(alternation(words.notEvents, "start"), "i")
    : null;
  const events: TimelineEvent[] = [];
  // The date of the sentence that tells each event: a more precise telling replaces it.
  const toldOn = new Map<TimelineEvent, IsoDate>();
  // Where an event told again can be: with the same model, or on the same day and category.
  // Bucketed by year: only dates of the same year can refine each other, and a model's events
  // in all years would make finding the same event quadratic in the corpus.
  const byModelYear = new Map<string, TimelineEvent[]>();
  const byDay = new Map<string, TimelineEvent>();
  for (const s of sentences) {
    const { released } = s;
    if (notAnEvent(s.sentence.text, notEvents)) continue;
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
        merge(same, event, toldOn);
        continue;
      }
      events.push(event);
      toldOn.set(event, date);
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

/**
 * Adds another telling of an event: its sources, its more precise date, and its sentence when
 * that states the event more precisely ("On January 20, 2025, … released R1" over a sentence
 * about the App Store that mentions R1's January release), or says more from the same document.
 * The telling sentence's source goes first.
 */
function merge(
  into: TimelineEvent,
  other: TimelineEvent,
  toldOn: Map<TimelineEvent, IsoDate>,
): void {
  for (const source of other.sources) {
    if (!into.sources.some((s) => s.doc === source.doc && s.start === source.start))
      into.sources.push(source);
  }
  if (other.date.length > into.date.length) into.date = other.date;
  into.models = [...new Set([...into.models, ...other.models])];
  const told = toldOn.get(into) ?? into.date;
  const telling = other.sources[0];
  const morePrecise = other.date.length > told.length;
  const saysMore =
    other.date.length === told.length &&
    other.text.length > into.text.length &&
    telling?.doc === into.sources[0]?.doc;
  if (!telling || !(morePrecise || saysMore)) return;
  into.text = other.text;
  toldOn.set(into, other.date);
  into.sources = [
    telling,
    ...into.sources.filter(
      (s) => s !== telling && !(s.doc === telling.doc && s.start === telling.start),
    ),
  ];
}
