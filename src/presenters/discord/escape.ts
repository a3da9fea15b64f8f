import { escapeMarkdown } from "@discordjs/formatters";

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

/** Control characters, line breaks and Unicode bidi/format controls: shown as one space. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it matches
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
/**
 * The ASCII marks Discord markdown, links and mentions are made of: emphasis, code, spoilers,
 * quotes, headings, masked links, `<@…>` `<#…>` `<t:…>` `</…>`, `@everyone`, `https://`.
 */
const MARKUP = /[\\*_~`|>#[\]()<@:/]/g;

/**
 * Text a user typed, made safe to echo in any message or embed: one line, and every mark that
 * could start markup backslash-escaped (Discord renders `\X` as X), plus a leading `-` (a list
 * or `-#` subtext). No masked link, URL, invite, heading, quote, list, mention, emoji, timestamp,
 * spoiler or code can then form from it, whatever the text; discord.js's escapeMarkdown leaves
 * masked links and URLs alone. Question marks, dots and hyphens inside words stay as typed.
 */
export function escapeUserText(text: string): string {
  return text
    .replace(CONTROLS, " ")
    .replace(MARKUP, "\\$&")
    .replace(/^(\s*)([-+.])/, "$1\\$2");
}
