import type { AskPassage } from "../engine/result.js";
import { ELLIPSIS, truncate } from "./discord/truncate.js";

/** The longest excerpt a reply quotes of one passage; the whole passage is a button away. */
export const EXCERPT_MAX = 300;

/** A verbatim part of a passage, "…" marking each cut, with where its best sentence is. */
export interface Excerpt {
  text: string;
  /** The best sentence (or what of it fits) within `text`; null when there is none. */
  focus: { start: number; end: number } | null;
}

/** Where a sentence ends: Latin punctuation before white space, CJK punctuation, a line break. */
const SENTENCE_END = /[.!?]["'”’)\]]*(?=\s)|[。！？]["'”’」』)\]）]*|\n/g;

/** The passage's sentences as [start, end) offsets, white space between them left out. */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  const close = (to: number) => {
    const slice = text.slice(from, to);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (body) spans.push({ start: from + lead, end: from + lead + body.length });
    from = to;
  };
  for (const match of text.matchAll(SENTENCE_END)) close(match.index + match[0].length);
  close(text.length);
  return spans;
}

/**
 * At most `max` characters of a passage, cut at sentence boundaries around its best sentence:
 * that sentence, then the sentences after and before it in turn while they fit. A best sentence
 * longer than `max` is itself cut at a word. The text is the passage's own, so the quote stays
 * verbatim; only the "…" marks are added.
 */
export function passageExcerpt(
  passage: Pick<AskPassage, "text" | "highlight">,
  max: number = EXCERPT_MAX,
): Excerpt {
  const { text } = passage;
  const spans = sentenceSpans(text);
  if (spans.length === 0) return { text: "", focus: null };
  const at = passage.highlight ? text.indexOf(passage.highlight.text) : -1;
  const focus =
    at >= 0
      ? { start: at, end: at + (passage.highlight?.text.length ?? 0) }
      : (spans[0] as { start: number; end: number });
  const first = spans[0]?.start ?? 0;
  const last = spans.at(-1)?.end ?? text.length;
  const cost = (start: number, end: number) =>
    end - start + (start > first ? ELLIPSIS.length : 0) + (end < last ? ELLIPSIS.length : 0);

  if (cost(focus.start, focus.end) > max) {
    const lead = focus.start > first ? ELLIPSIS : "";
    const goesOn = focus.end < last;
    // truncate marks its own cut; an uncut sentence of a passage that goes on still needs one.
    let shown = truncate(text.slice(focus.start, focus.end), max - lead.length - (goesOn ? 1 : 0));
    const marked = shown.endsWith(ELLIPSIS);
    if (goesOn && !marked) shown = `${shown}${ELLIPSIS}`;
    const bold = shown.length - (goesOn || marked ? ELLIPSIS.length : 0);
    return { text: `${lead}${shown}`, focus: { start: lead.length, end: lead.length + bold } };
  }

  let start = focus.start;
  let end = focus.end;
  let after = spans.findIndex((s) => s.start >= end);
  let before = spans.findLastIndex((s) => s.end <= start);
  while (after >= 0 || before >= 0) {
    const next = after >= 0 ? spans[after] : undefined;
    if (next && cost(start, next.end) <= max) {
      end = next.end;
      after = after + 1 < spans.length ? after + 1 : -1;
    } else after = -1;
    const previous = before >= 0 ? spans[before] : undefined;
    if (previous && cost(previous.start, end) <= max) {
      start = previous.start;
      before -= 1;
    } else before = -1;
  }
  const lead = start > first ? ELLIPSIS : "";
  const tail = end < last ? ELLIPSIS : "";
  return {
    text: `${lead}${text.slice(start, end)}${tail}`,
    focus: { start: lead.length + focus.start - start, end: lead.length + focus.end - start },
  };
}
