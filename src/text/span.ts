/** A span of a text: `text.slice(start, end)`; in the corpus, of a document's original text. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** Each match of the global regex `re` in `text`, trimmed, with offsets shifted by `offset`. */
export function matchSpans(re: RegExp, text: string, offset: number): TextSpan[] {
  return [...text.matchAll(re)].map((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    const value = m[0].trim();
    return {
      text: value,
      start: offset + m.index + lead,
      end: offset + m.index + lead + value.length,
    };
  });
}
