/** Marks text that was cut. */
export const ELLIPSIS = "…";

/**
 * Where a sentence ends: Latin punctuation before whitespace, or CJK punctuation (which needs
 * none), each with any closing quotes, brackets or Markdown emphasis (a bold sentence ends too).
 */
const SENTENCE_END = /[.!?]["'”’)\]*_]*(?=\s)|[。！？]["'”’」』)\]）*_]*/g;

/** Made on first use: building a segmenter loads ICU's break rules, ~10 ms of a new process. */
let graphemes: Intl.Segmenter | undefined;
/** How far back a hard cut looks for a grapheme start; longer clusters are cut at a code point. */
const GRAPHEME_REACH = 32;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Flags are pairs of regional indicators, paired from the start of their run. */
const isRegionalIndicator = (codePoint: number | undefined) =>
  codePoint !== undefined && codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;

/** Where segmenting may start: not inside a surrogate pair, and at the start of a flag run. */
function segmentStart(text: string, near: number): number {
  let from = Math.max(0, near);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  while (from >= 2 && isRegionalIndicator(text.codePointAt(from - 2))) from -= 2;
  return from;
}

/**
 * The last grapheme boundary at or before `cut`: an emoji with its skin tone, a flag or a letter
 * with its accents stays whole. Segments a few characters only (a run of flags excepted), so it
 * costs the same for any length of text.
 */
function graphemeBoundary(text: string, cut: number): number {
  const from = segmentStart(text, cut - GRAPHEME_REACH);
  let boundary = from;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  for (const { index } of graphemes.segment(text.slice(from, cut + GRAPHEME_REACH))) {
    if (from + index > cut) break;
    boundary = from + index;
  }
  if (boundary > from || from === 0) return boundary;
  // No boundary within reach (a huge cluster): at least keep surrogate pairs whole.
  return isHighSurrogate(text.charCodeAt(cut - 1)) ? cut - 1 : cut;
}

/** The best place to cut `text` so that `text.slice(0, cut)` has at most `room` units. */
function cutPoint(text: string, room: number): number {
  const window = text.slice(0, room + 1);
  const half = room / 2;
  let sentence = -1;
  for (const match of window.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > room) break;
    sentence = end;
  }
  if (sentence >= half) return sentence;
  const line = window.lastIndexOf("\n", room);
  if (line >= half) return line;
  const space = window.lastIndexOf(" ", room);
  if (space >= half) return space;
  return graphemeBoundary(text, room);
}

/**
 * Shortens `text` to at most `max` UTF-16 units (Discord counts those), ending with an ellipsis.
 * Cuts after the last sentence end in the second half of the allowance, else at the last line
 * break, else at the last space, else at a grapheme boundary: never inside a surrogate pair.
 * Linear in `max`, whatever the length of `text`.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const cut = cutPoint(text, max - ELLIPSIS.length);
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

/**
 * Shortens `text` to at most `max` units while keeping `text.slice(start, end)` in view: when the
 * part that matters sits late in a long text, the beginning is dropped (at a space) and marked
 * with an ellipsis, and the end is cut as `truncate` does.
 */
export function excerpt(text: string, start: number, end: number, max: number): string {
  if (text.length <= max || end <= max - ELLIPSIS.length) return truncate(text, max);
  // Room before the focus: a little context, most of the allowance for the focus and after it.
  const context = Math.floor((max - (end - start)) / 4);
  const space = text.indexOf(" ", Math.max(0, start - context));
  const from = space >= 0 && space < start ? space + 1 : start;
  return truncate(`${ELLIPSIS}${text.slice(from)}`, max);
}
