import type { IsoDate } from "../text/dates.js";

/** A verbatim span of a corpus document, with where it is: every fact shown carries one. */
export interface Quote {
  doc: string;
  title: string;
  section: string;
  start: number;
  end: number;
  /** `document.text.slice(start, end)` with citation markers removed. */
  quote: string;
}

/** Where a quote is: the document, its section, and offsets into the original text. */
export type Citation = Omit<Quote, "quote">;

/** A value with its citation and verbatim quote, the shape every shown fact takes. */
export interface Cited {
  source: Citation;
  quote: string;
}

export interface DatedQuote extends Cited {
  date: IsoDate;
  /** The date as the quote writes it ("December 26, 2024"). */
  text: string;
}

export interface ModelFact extends Cited {
  /** What the value is: "sizes", "total parameters", "licence", "architecture", … */
  label: string;
  value: string;
  /** Found by a general rule over the text, or listed in the curated file. */
  origin: "rule" | "curated";
}

/** The same fact given differently by different documents: all values shown, none picked. */
export interface Conflict {
  label: string;
  values: (Cited & { value: string })[];
}

export interface ModelEntry {
  /** Alias group id, e.g. "deepseek-v3". */
  id: string;
  name: string;
  aliases: string[];
  released: DatedQuote[];
  facts: ModelFact[];
  conflicts: Conflict[];
}

export type EventCategory = "company" | "model" | "api" | "infrastructure" | "market";

export interface TimelineEvent {
  date: IsoDate;
  /** The sentence that tells it, from the first source. */
  text: string;
  category: EventCategory;
  /** Model ids the event is about, if any. */
  models: string[];
  sources: Quote[];
}

/** Everything extracted from the corpus at build time. */
export interface Catalog {
  models: ModelEntry[];
  timeline: TimelineEvent[];
  /** Facts about the corpus's subjects that are not models (the market, the company). */
  conflicts: Conflict[];
}
