import { escapeMarkdown } from "@discordjs/formatters";
import type { Conflict } from "../../knowledge/types.js";
import { citation } from "../cite.js";

/** The embed accent colour: DeepSeek blue. */
export const EMBED_COLOR = 0x4d6bfe;

/** "⚠ Sources differ on release date:" then one line per value with its source. */
export function conflictLines(conflicts: readonly Conflict[]): string[] {
  return conflicts.flatMap((conflict) => [
    `⚠️ **Sources differ on ${escapeMarkdown(conflict.label)}:**`,
    ...conflict.values.map(
      (v) => `• ${escapeMarkdown(v.value)} — *${escapeMarkdown(citation(v.source))}*`,
    ),
  ]);
}
