import type { TimelineResult } from "../../engine/timeline.js";
import { citation } from "../cite.js";
import { PLAIN_STYLE, type TextStyle } from "./style.js";

/** The timeline as text: one event per paragraph, each source on its own line. */
export function timelineToText(result: TimelineResult, style: TextStyle = PLAIN_STYLE): string {
  const filter = result.model;
  if (filter && !filter.model) {
    if (filter.choices.length === 0) return `No model named "${filter.query}" in the documents.`;
    return `"${filter.query}" could be any of: ${filter.choices.map((c) => c.name).join(", ")}.`;
  }
  if (result.events.length === 0) return "No dated events match.";
  return result.events
    .map((e) =>
      [
        `${style.bold(e.date)} [${e.category}] ${e.text}`,
        ...e.sources.map((s) => `    ${style.dim(`— ${citation(s)}`)}`),
      ].join("\n"),
    )
    .join("\n");
}
