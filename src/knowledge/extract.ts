import type { Passage, Sentence } from "../ingest/passages.js";
import type { AliasTable } from "../text/aliases.js";
import { compareDates, DATE_IN_WORDS, findDates, normalizeDate, refines } from "../text/dates.js";
import type { CuratedFact } from "./curated.js";
import { FACT_KINDS, type FactKind, isCompared } from "./kinds.js";
import { type Mention, modelMentions } from "./mentions.js";
import { cited, quoteOfSentence } from "./quotes.js";
import type {
  Catalog,
  Conflict,
  DatedQuote,
  EventCategory,
  ModelEntry,
  ModelFact,
  Quote,
  TimelineEvent,
} from "./types.js";

/** Words that say something was released; the model they point at is the one released. */
const RELEASE_VERB =
  /\b(released?|release of|open[- ]sourced|opened source|launched|delivered|introduced|unveiled|announced|followed by)\b/gi;
/** What else gets released, announced or introduced around a model. */
const NOT_A_MODEL = /\b(technical report|report|paper|results|FAQ|policy)\b/i;
/** A sentence opening like this goes on about the model named before it. */
const REFERS_BACK = /^(This|These|It|Its|The model|The two|Both)\b/;
/** How far a model may stand from its release verb: after it ("released X"), or before a passive. */
const AFTER_VERB = 70;
const BEFORE_PASSIVE = 50;
/** A list item "November 2, 2023: DeepSeek Coder Large Model", or a model dated in brackets. */
const DATE_COLON_LEAD = new RegExp(`^(?:[•·*-]\\s*)?(${DATE_IN_WORDS}):\\s`);

/** A date within this many characters of a sentence's start dates the sentence itself. */
const LEADING_DATE_REACH = 30;

const CATEGORY_RULES: [EventCategory, RegExp][] = [
  [
    "market",
    /stock price|share price|market (value|cap)|App Store|download list|Wall Street|Sputnik|wake-up/i,
  ],
  ["infrastructure", /cluster|GPUs?\b|Fire-Flyer|Firefly|A100|nodes/i],
  ["api", /\bAPI\b|price|pricing|tokens?\b|yuan|¥|open platform|cach(e|ing)|context length/i],
];

/** Sizes such as "7B", "1.3B"; read only before a comparison ("…, while CodeLlama is 34B"). */
const SIZE = /\b\d+(?:\.\d+)?B\b/g;
const SIZE_CUE = /\b(sizes?|versions|scales?|parameters|in size|is a \d+(?:\.\d+)?B model)\b/i;
const CONTRAST = /\b(while|whereas|compared|than|between|against|benchmarked)\b/i;
const PARAMETERS =
  /(~?\d+(?:\.\d+)?\s*(?:billion|[MB]))[\s-]+(total|activated|active)?\s*(?:parameters|params|parameter)\b/gi;
const ARCHITECTURE = ["moe", "mla", "dsa", "mha"] as const;
const OPEN_SOURCE = /\b(open[- ]sourced?|opened source|open source)\b/i;
const LICENCE = /\b(MIT license|free for commercial use|supports commercial use|commercial use)\b/i;
const RESULT =
  /\b(surpass\w*|outperform\w*|ahead|topped|leading|comparable to|beat|close to that of|best scores?|#1)\b/i;

interface ReadSentence {
  passage: Passage;
  sentence: Sentence;
  quote: Quote;
  dates: { date: string; at: number; text: string }[];
  models: Mention[];
  /** The models the sentence says were released (see `releasedIn`). */
  released: Mention[];
  /** The model the sentence is about, when it names one or follows one in its paragraph. */
  subject: string | null;
}

function readSentences(aliases: AliasTable, passages: readonly Passage[]): ReadSentence[] {
  const read: ReadSentence[] = [];
  for (const passage of passages) {
    let subject: string | null = null;
    for (const sentence of passage.sentences) {
      const dates = findDates(sentence.text).flatMap((d) => {
        const date = normalizeDate(d.text);
        return date ? [{ date, at: d.start, text: d.text }] : [];
      });
      const models = modelMentions(aliases, sentence.text);
      const released = models.length > 0 ? releasedIn(sentence.text, models) : [];
      // "This model includes multiple sizes…" is about the model the paragraph just named.
      if (models.length > 0 && !(subject && REFERS_BACK.test(sentence.text))) {
        subject = (released[0] ?? models[0])?.id ?? null;
      }
      read.push({
        passage,
        sentence,
        quote: quoteOfSentence(passage, sentence),
        dates,
        models,
        released,
        subject,
      });
    }
  }
  return read;
}

/** The models a sentence says were released: named right after a release verb or before a passive one. */
function releasedIn(text: string, models: readonly Mention[]): Mention[] {
  const released = new Set<Mention>();
  const lead = DATE_COLON_LEAD.exec(text);
  if (lead) for (const m of models) if (m.start === lead[0].length) released.add(m);
  for (const verb of text.matchAll(RELEASE_VERB)) {
    const at = verb.index;
    const passive = /\b(was|were|been)\s+(\w+\s+)?$/.test(text.slice(Math.max(0, at - 20), at));
    const after = models.find((m) => m.start >= at && m.start - at <= AFTER_VERB);
    const before = [...models].reverse().find((m) => m.end <= at && at - m.end <= BEFORE_PASSIVE);
    const target = passive ? before : after;
    // A technical report or paper released about a model is not the model's release.
    const what = text.slice(at, (target?.end ?? at) + 20);
    if (target && !NOT_A_MODEL.test(what)) released.add(target);
  }
  // "DeepSeek-V3.2-Exp (September 2025)": a model dated in brackets right after its name.
  for (const m of models) {
    if (/^\s*\((?:[A-Z][a-z]+\s+)?\d{4}\)/.test(text.slice(m.end))) released.add(m);
  }
  return [...released].sort((a, b) => a.start - b.start);
}

function nearest(dates: ReadSentence["dates"], at: number): ReadSentence["dates"][number] | null {
  let best: { date: ReadSentence["dates"][number]; distance: number } | null = null;
  for (const d of dates) {
    const distance = Math.abs(d.at - at);
    if (!best || distance < best.distance) best = { date: d, distance };
  }
  return best?.date ?? null;
}

const nearestDate = (dates: ReadSentence["dates"], at: number) => nearest(dates, at)?.date ?? null;

function categoryOf(text: string, released: boolean, models: readonly string[]): EventCategory {
  if (released) return "model";
  for (const [category, rule] of CATEGORY_RULES) if (rule.test(text)) return category;
  return models.length > 0 ? "model" : "company";
}

/** The dates a sentence is about: a leading date, else each date of a sentence with a month. */
function eventDates(s: ReadSentence): { date: string; at: number }[] {
  const leading = s.dates.find((d) => d.at <= LEADING_DATE_REACH);
  if (leading) return [leading];
  return s.dates.filter((d) => d.date.length >= 7);
}

function extractTimeline(sentences: readonly ReadSentence[]): TimelineEvent[] {
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
        category: categoryOf(s.sentence.text, released.length > 0 && models.length > 0, models),
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

function ruleFacts(s: ReadSentence): ModelFact[] {
  const text = s.sentence.text;
  const facts: ModelFact[] = [];
  const add = ({ label }: FactKind, value: string) =>
    facts.push({ label, value, ...cited(s.quote), origin: "rule" });
  const beforeContrast = text.split(CONTRAST)[0] ?? text;
  if (SIZE_CUE.test(text)) {
    const sizes = [...beforeContrast.matchAll(SIZE)].map((m) => m[0]);
    if (sizes.length > 0) add(FACT_KINDS.sizes, [...new Set(sizes)].join(", "));
  }
  for (const m of text.matchAll(PARAMETERS)) {
    const which = m[2]?.toLowerCase();
    const kind =
      which === "total"
        ? FACT_KINDS.totalParameters
        : which
          ? FACT_KINDS.activatedParameters
          : FACT_KINDS.parameters;
    add(kind, (m[1] ?? "").trim());
  }
  const open = OPEN_SOURCE.exec(text);
  if (open) add(FACT_KINDS.openSource, open[0]);
  const licence = LICENCE.exec(text);
  if (licence) add(FACT_KINDS.licence, licence[0]);
  if (RESULT.test(text)) add(FACT_KINDS.result, text);
  return facts;
}

function architectureFacts(aliases: AliasTable, s: ReadSentence): ModelFact[] {
  const found = aliases
    .match(s.sentence.text.toLowerCase().match(/[\p{L}\p{N}.]+/gu) ?? [])
    .filter((m) => (ARCHITECTURE as readonly string[]).includes(m.group.id))
    .map((m) => m.group.names[0] as string);
  return [...new Set(found)].map((value) => ({
    label: FACT_KINDS.architecture.label,
    value,
    ...cited(s.quote),
    origin: "rule" as const,
  }));
}

/** Values of one label from different documents that do not agree (a refinement is agreement). */
function conflictsOf(
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

const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** Dates as written agree when one refines the other ("December 2024", "December 26, 2024"). */
const sameDay = (a: string, b: string) => refines(normalizeDate(a) ?? a, normalizeDate(b) ?? b);

function buildModel(
  aliases: AliasTable,
  id: string,
  sentences: readonly ReadSentence[],
  curated: readonly CuratedFact[],
): ModelEntry {
  const group = aliases.byId(id);
  const [name = id, ...others] = group?.names ?? [];
  const released: DatedQuote[] = [];
  const releasedKeys = new Set<string>();
  const facts: ModelFact[] = [];
  for (const s of sentences) {
    for (const m of s.released) {
      const date = m.id === id ? nearest(s.dates, m.start) : null;
      const key = date && `${date.date}\u0000${s.quote.doc}`;
      if (date && key && !releasedKeys.has(key)) {
        releasedKeys.add(key);
        released.push({ date: date.date, text: date.text, ...cited(s.quote) });
      }
    }
    if (s.subject === id) {
      facts.push(...ruleFacts(s), ...architectureFacts(aliases, s));
    }
  }
  for (const fact of curated) {
    if (fact.subject === id) {
      facts.push({
        label: fact.label,
        value: fact.value,
        ...cited(fact.source),
        origin: "curated",
      });
    }
  }
  released.sort((a, b) => compareDates(a.date, b.date));
  // One fact per label, value and document: the first sentence that states it.
  const stated = new Set<string>();
  const unique = facts.filter((f) => {
    const key = `${f.label}\u0000${f.value.toLowerCase()}\u0000${f.source.doc}`;
    if (stated.has(key)) return false;
    stated.add(key);
    return true;
  });
  const conflicts = [
    ...conflictsOf(
      FACT_KINDS.releaseDate.label,
      released.map((r) => ({ ...r, value: r.text })),
      sameDay,
    ),
    ...[...new Set(unique.map((f) => f.label))].filter(isCompared).flatMap((label) =>
      conflictsOf(
        label,
        unique.filter((f) => f.label === label),
        sameText,
      ),
    ),
  ];
  return { id, name, aliases: others, released, facts: unique, conflicts };
}

/** Extracts the model catalog and the timeline from ingested passages, and flags disagreements. */
export function extractCatalog(
  aliases: AliasTable,
  passages: readonly Passage[],
  curated: readonly CuratedFact[],
): Catalog {
  const sentences = readSentences(aliases, passages);
  // Each model reads only the sentences that release it or are about it.
  const about = new Map<string, ReadSentence[]>();
  for (const s of sentences) {
    for (const id of new Set([...s.released.map((m) => m.id), ...(s.subject ? [s.subject] : [])])) {
      const list = about.get(id);
      if (list) list.push(s);
      else about.set(id, [s]);
    }
  }
  const mentioned = new Set(sentences.flatMap((s) => s.models.map((m) => m.id)));
  const models = aliases.groups
    .filter((g) => g.kind === "model" && mentioned.has(g.id))
    .map((g) => buildModel(aliases, g.id, about.get(g.id) ?? [], curated));
  const modelIds = new Set(models.map((m) => m.id));
  const bySubject = new Map<string, CuratedFact[]>();
  for (const fact of curated.filter((f) => !modelIds.has(f.subject))) {
    const key = `${fact.subject}\u0000${fact.label}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), fact]);
  }
  const conflicts = [...bySubject.values()].flatMap((facts) =>
    conflictsOf(
      (facts[0] as CuratedFact).label,
      facts.map((f) => ({ value: f.value, ...cited(f.source) })),
      (a, b) => sameDay(a, b) || sameText(a, b),
    ),
  );
  return { models, timeline: extractTimeline(sentences), conflicts };
}
