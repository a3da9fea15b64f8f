/** Marks text that was cut. */
export const ELLIPSIS = "…";

/** Cut points we prefer, best first: a sentence end, a line break, a space. */
const SENTENCE_END = /[.!?。！？]["”’)\]]*\s/g;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Shortens `text` to at most `max` UTF-16 units, ending with an ellipsis. Cuts after the last
 * sentence end in the second half of the allowance, else at the last space, else anywhere —
 * but never between the two halves of a surrogate pair. Linear in the length kept.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = max - ELLIPSIS.length;
  const window = text.slice(0, room + 1);
  let cut = -1;
  for (const match of window.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].trimEnd().length;
    if (end <= room && end >= room / 2) cut = end;
  }
  if (cut < 0) {
    const space = window.lastIndexOf(" ", room);
    const newline = window.lastIndexOf("\n", room);
    const at = Math.max(space, newline);
    cut = at >= room / 2 ? at : room;
  }
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}
