import type { Span } from "../text/span.js";

/** Citation markers such as `[12]`, as encyclopedia text carries them. */
const CITATION_MARKER = /\[\d{1,3}\]/g;

/**
 * Whole lines that are site furniture, not content. Matched against the trimmed line, case
 * insensitive. The first group starts a block of furniture (a comment form, a list of related
 * posts): it and the lines right after it, up to the next blank line, are dropped; the text after
 * that blank line is content again, so a stray "Leave a reply" never swallows a document.
 */
const BLOCK_BOILERPLATE = [
  /^(similar|related|recommended) (posts|articles|reading)$/i,
  /^leave a (reply|comment)$/i,
  /^your email address will not be published\b/i,
];
const LINE_BOILERPLATE = [
  /^required fields are marked\b/i,
  /^(share( this( article| post)?)?|tweet|print|advertisement|comments?)$/i,
  /^(read more|click here|see more|continue reading)$/i,
];
/** Link texts whose link was lost in copying ("Paper address"): meaningless without the link. */
const ORPHAN_LINK_TEXT =
  /^(paper|project|code|github|model|download|source|official|report)( (address|link|page|here|url))$/i;

export type DropReason = "boilerplate" | "orphan-link";

export interface Line extends Span {
  /** The line without its line break. */
  text: string;
  blank: boolean;
  /** Why the line is not content, if it is not. */
  dropped?: DropReason;
}

/** Removes citation markers; the only change cleaning makes inside kept text. */
export function stripCitations(text: string): string {
  return text.replace(CITATION_MARKER, "");
}

/** The verbatim quote of a span of a document: its original text, citation markers removed. */
export function quoteOf(text: string, span: Span): string {
  const slice = text.slice(span.start, span.end);
  // Most spans hold no marker; skipping the regex then keeps loading a large index fast.
  return slice.includes("[") ? stripCitations(slice) : slice;
}

/** The spans of citation markers in `text`, in order. */
export function citationSpans(text: string): Span[] {
  return [...text.matchAll(CITATION_MARKER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text[end - 1] === "\r" ? end - 1 : end;
    const line = text.slice(start, lineEnd);
    lines.push({ start, end: lineEnd, text: line, blank: line.trim() === "" });
    start = end + 1;
  }
  return lines;
}

/**
 * Splits a document into lines and marks the ones that are not content: site boilerplate
 * (lines, and blocks such as a comment form) and orphan link texts. Offsets stay those of the original.
 */
export function cleanLines(text: string): Line[] {
  const lines = splitLines(text);
  let inBlock = false;
  for (const line of lines) {
    if (line.blank) {
      inBlock = false;
      continue;
    }
    const trimmed = stripCitations(line.text).trim();
    if (!inBlock && BLOCK_BOILERPLATE.some((re) => re.test(trimmed))) inBlock = true;
    if (inBlock || LINE_BOILERPLATE.some((re) => re.test(trimmed))) line.dropped = "boilerplate";
    else if (ORPHAN_LINK_TEXT.test(trimmed)) line.dropped = "orphan-link";
  }
  return lines;
}

/** How much of a document cleaning drops: lines and characters, for the build to report. */
export function droppedOf(text: string): { lines: number; chars: number } {
  const dropped = cleanLines(text).filter((line) => line.dropped);
  return { lines: dropped.length, chars: dropped.reduce((n, l) => n + l.end - l.start, 0) };
}
