import { escapeMarkdown } from "@discordjs/formatters";
import type { APIEmbed } from "discord-api-types/v10";
import type { AskPassage, AskResult } from "../../engine/result.js";
import { citation, markHighlight } from "../cite.js";
import { escapeMarkdownCached, escapeUserText } from "./escape.js";
import { voteRow } from "./feedback.js";
import { DISCORD_LIMITS } from "./limits.js";
import type { Reply } from "./message.js";
import { conflictLines, EMBED_COLOR } from "./style.js";
import { excerpt, truncate } from "./truncate.js";

export const NOT_IN_DOCUMENTS =
  "**Not in the documents.** Nothing in the corpus answers this; try other words or a model name.";

/** "No model called X": the name is the question's own words, letters and digits only. */
function unknownModelLine({ name, closest }: { name: string; closest: string[] }): string {
  const near = closest.length > 0 ? ` The closest they cover: ${closest.join(", ")}.` : "";
  return `**Not in the documents.** They name no model called ${escapeUserText(name)}.${near}`;
}

/**
 * A passage with its answering sentence in bold, cut to a field so that the bold sentence stays
 * in view even when it sits late in a long passage.
 */
function passageText(passage: AskPassage): string {
  const sentence = passage.highlight && { text: escapeMarkdownCached(passage.highlight.text) };
  const bold = (s: string) => `**${s}**`;
  const marked = markHighlight(escapeMarkdownCached(passage.text), sentence, bold);
  const at = sentence ? marked.indexOf(bold(sentence.text)) : -1;
  if (!sentence || at < 0) return truncate(marked, DISCORD_LIMITS.fieldValue);
  return excerpt(marked, at, at + bold(sentence.text).length, DISCORD_LIMITS.fieldValue);
}

/**
 * An answer: the direct answer leads with its source, disagreements between sources follow,
 * then each passage as a field titled by its source with the answering sentence in bold; 👍/👎
 * buttons under it (`readShownAnswer` in ./feedback.ts reads this embed back for a vote).
 */
export function askReply(result: AskResult, ephemeral: boolean): Reply {
  const lines: string[] = [];
  if (result.unknownModel) lines.push(unknownModelLine(result.unknownModel));
  else if (!result.answered) lines.push(NOT_IN_DOCUMENTS);
  // A two-part question has a bold answer for each part, or none at all.
  const answers = result.parts?.map((p) => p.answer) ?? [result.answerSource];
  if (result.answer) {
    for (const answer of answers) {
      if (!answer) continue;
      lines.push(
        `**${escapeMarkdown(answer.text)}**`,
        `— *${escapeMarkdown(citation(answer.source))}*`,
      );
    }
  }
  if (result.conflicts.length > 0) lines.push("", ...conflictLines(result.conflicts));
  const embed: APIEmbed = {
    title: escapeUserText(result.question) || "(empty question)",
    description: lines.join("\n") || undefined,
    color: EMBED_COLOR,
    fields: result.passages.map((passage, i) => ({
      name: `[${i + 1}] ${citation(passage.source)}`,
      value: passageText(passage),
    })),
    footer: { text: "Quotes are verbatim from the corpus documents." },
  };
  return { embeds: [embed], components: [voteRow()], ephemeral };
}
