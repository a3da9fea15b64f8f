import { escapeMarkdown } from "@discordjs/formatters";
import type { Conflict } from "../../knowledge/types.js";
import { citation } from "../cite.js";
import { EN, type Words } from "../words/en.js";

/** The embed accent colour: DeepSeek blue. */
export const EMBED_COLOR = 0x4d6bfe;

/**
 * "⚠ Sources differ on release date:" then one line per value with its source. English unless
 * told: the model replies (model.ts) are not framed in Chinese yet.
 */
export function conflictLines(conflicts: readonly Conflict[], words: Words = EN): string[] {
  return conflicts.flatMap((conflict) => [
    `⚠️ ${words.sourcesDiffer(escapeMarkdown(conflict.label))}`,
    ...conflict.values.map(
      (v) => `• ${escapeMarkdown(v.value)} — *${escapeMarkdown(citation(v.source))}*`,
    ),
  ]);
}
