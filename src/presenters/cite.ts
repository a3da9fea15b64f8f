import type { Source } from "../engine/result.js";
import { SECTION_SEPARATOR } from "../ingest/sections.js";

/** "Document title › Section", the citation shown under every passage and fact. */
export function citation(source: Pick<Source, "title" | "section">): string {
  return source.section ? `${source.title}${SECTION_SEPARATOR}${source.section}` : source.title;
}

/** The passage text with its best sentence marked by `mark`. */
export function markHighlight(
  text: string,
  highlight: { text: string } | null,
  mark: (sentence: string) => string,
): string {
  if (!highlight) return text;
  const at = text.indexOf(highlight.text);
  if (at < 0) return text;
  return `${text.slice(0, at)}${mark(highlight.text)}${text.slice(at + highlight.text.length)}`;
}
