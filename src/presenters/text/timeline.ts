import type { TimelineResult } from "../../engine/timeline.js";
import { citation } from "../cite.js";
import { type Language, wordsFor } from "../words/language.js";
import { PLAIN_STYLE, type TextStyle } from "./style.js";

/**
 * The timeline as text: one event per paragraph, each source on its own line. The bot's own
 * words (messages, categories) are in `language`, the events the documents' English.
 */
export function timelineToText(
  result: TimelineResult,
  language: Language,
  style: TextStyle = PLAIN_STYLE,
): string {
  const words = wordsFor(language);
  const filter = result.model;
  if (filter && !filter.model) {
    if (filter.choices.length === 0) return words.textModelNotFound(filter.query);
    return words.textTimelineWhichModel(filter.query, filter.choices.map((c) => c.name).join(", "));
  }
  if (result.events.length === 0) return words.textNoEvents;
  return result.events
    .map((e) =>
      [
        `${style.bold(e.date)} [${words.eventCategories[e.category]}] ${e.text}`,
        ...e.sources.map((s) => `    ${style.dim(`— ${citation(s)}`)}`),
      ].join("\n"),
    )
    .join("\n");
}
