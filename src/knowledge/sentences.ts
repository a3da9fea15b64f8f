import type { Passage, Sentence } from "../ingest/passages.js";
import type { AliasTable } from "../text/aliases.js";
import { findDates, normalizeDate } from "../text/dates.js";
import { type Mention, modelMentions } from "./mentions.js";
import { quoteOfSentence } from "./quotes.js";
import { releasedIn } from "./releases.js";
import type { Quote } from "./types.js";

/** A sentence opening like this goes on about the model named before it. */
const REFERS_BACK = /^(This|These|It|Its|The model|The two|Both)\b/;

/** A sentence as the extraction rules read it: its dates, the models it names, releases or is about. */
export interface ReadSentence {
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

/** Reads every sentence of the passages, in order. */
export function readSentences(aliases: AliasTable, passages: readonly Passage[]): ReadSentence[] {
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

/** The date nearest to offset `at`. */
export function nearest(
  dates: ReadSentence["dates"],
  at: number,
): ReadSentence["dates"][number] | null {
  let best: { date: ReadSentence["dates"][number]; distance: number } | null = null;
  for (const d of dates) {
    const distance = Math.abs(d.at - at);
    if (!best || distance < best.distance) best = { date: d, distance };
  }
  return best?.date ?? null;
}

export const nearestDate = (dates: ReadSentence["dates"], at: number) =>
  nearest(dates, at)?.date ?? null;
