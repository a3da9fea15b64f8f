import { escapeMarkdown } from "discord.js";

/** Distinct texts remembered; past this the memory starts over (a corpus has a few thousand). */
const MAX_REMEMBERED = 4_096;
const escaped = new Map<string, string>();

/**
 * discord.js's escapeMarkdown, remembered per text. Answers quote the same passages again and
 * again, and escaping them took about a quarter of the HTTP endpoint's CPU under load.
 */
export function escapeQuote(text: string): string {
  let result = escaped.get(text);
  if (result === undefined) {
    if (escaped.size >= MAX_REMEMBERED) escaped.clear();
    result = escapeMarkdown(text);
    escaped.set(text, result);
  }
  return result;
}
