import { type APIEmbed, escapeMarkdown } from "discord.js";
import type { AskResult } from "../../engine/result.js";
import { citation, markHighlight } from "../cite.js";
import type { Reply } from "./message.js";
import { conflictLines, EMBED_COLOR } from "./style.js";

export const NOT_IN_DOCUMENTS =
  "**Not in the documents.** Nothing in the corpus answers this; try other words or a model name.";

/**
 * An answer: the direct answer leads with its source, disagreements between sources follow,
 * then each passage as a field titled by its source with the answering sentence in bold.
 */
export function askReply(result: AskResult, ephemeral: boolean): Reply {
  const lines: string[] = [];
  if (!result.answered) lines.push(NOT_IN_DOCUMENTS);
  if (result.answer && result.answerSource) {
    lines.push(
      `**${escapeMarkdown(result.answer)}**`,
      `— *${escapeMarkdown(citation(result.answerSource.source))}*`,
    );
  }
  if (result.conflicts.length > 0) lines.push("", ...conflictLines(result.conflicts));
  const embed: APIEmbed = {
    title: result.question || "(empty question)",
    description: lines.join("\n") || undefined,
    color: EMBED_COLOR,
    fields: result.passages.map((passage, i) => ({
      name: `[${i + 1}] ${citation(passage.source)}`,
      value: markHighlight(
        escapeMarkdown(passage.text),
        passage.highlight && { text: escapeMarkdown(passage.highlight.text) },
        (s) => `**${s}**`,
      ),
    })),
    footer: { text: "Quotes are verbatim from the corpus documents." },
  };
  return { embeds: [embed], ephemeral };
}
