import { escapeMarkdown } from "discord.js";

/** Distinct texts remembered; past this the memory starts over (a corpus has a few thousand). */
const MAX_REMEMBERED = 4_096;

/** An escaper that remembers its results; `remembered` says how many it holds. */
export interface RememberingEscaper {
  (text: string): string;
  readonly remembered: number;
}

/**
 * Wraps `escapeText` so each distinct text is escaped once, up to `max` texts; past that the memory
 * starts over. Any text, not only quotes: passages, highlights and timeline entries alike.
 */
export function rememberEscapes(
  escapeText: (text: string) => string,
  max: number = MAX_REMEMBERED,
): RememberingEscaper {
  const escaped = new Map<string, string>();
  const escaper = (text: string): string => {
    let result = escaped.get(text);
    if (result === undefined) {
      if (escaped.size >= max) escaped.clear();
      result = escapeText(text);
      escaped.set(text, result);
    }
    return result;
  };
  return Object.defineProperty(escaper, "remembered", {
    get: () => escaped.size,
  }) as RememberingEscaper;
}

/**
 * discord.js's escapeMarkdown, remembered per text. Answers quote the same passages again and
 * again, and escaping them took about a quarter of the HTTP endpoint's CPU under load.
 */
export const escapeMarkdownCached = rememberEscapes(escapeMarkdown);
