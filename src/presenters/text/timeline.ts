import type { TimelineResult } from "../../engine/timeline.js";
import { citation } from "../cite.js";
import { PLAIN_STYLE, type TextStyle } from "./style.js";

/** The timeline as text: one event per paragraph, each source on its own line. */
export function timelineToText(result: TimelineResult, style: TextStyle = PLAIN_STYLE): string {
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
