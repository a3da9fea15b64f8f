import { escapeMarkdown } from "@discordjs/formatters";
import type { APIEmbed, APIEmbedField } from "discord-api-types/v10";
import type { ModelLookup } from "../../engine/model.js";
import type { ModelEntry } from "../../knowledge/types.js";
import { citation } from "../cite.js";
import { escapeUserText } from "./escape.js";
import type { Reply } from "./message.js";
import { conflictLines, EMBED_COLOR } from "./style.js";

/** Labels in the order a reader wants them; others follow in catalog order. */
const LABEL_ORDER = [
  "sizes",
  "total parameters",
  "activated parameters",
  "parameters",
  "architecture",
  "licence",
  "open source",
  "training cost",
  "training",
];

function factFields(model: ModelEntry): APIEmbedField[] {
  const labels = [...new Set(model.facts.map((f) => f.label))].sort(
    (a, b) => (LABEL_ORDER.indexOf(a) + 1 || 99) - (LABEL_ORDER.indexOf(b) + 1 || 99),
  );
  return labels.map((label) => ({
    name: label[0]?.toUpperCase() + label.slice(1),
    value: model.facts
      .filter((f) => f.label === label)
      .map((f) => `${escapeMarkdown(f.value)} — *${escapeMarkdown(citation(f.source))}*`)
      .join("\n"),
  }));
}

/** A model card: release dates and facts, each with its source; disagreements up front. */
export function modelReply(lookup: ModelLookup, ephemeral: boolean): Reply {
  const model = lookup.model;
  if (!model) {
    const suggestions = lookup.suggestions.length
      ? `Did you mean: ${lookup.suggestions.map((s) => `**${escapeMarkdown(s)}**`).join(", ")}?`
      : "Try `/deepseek model` and pick a name from the list.";
    return {
      embeds: [
        {
          title: "Model not found",
          description: `No model named “${escapeUserText(lookup.query)}” in the documents. ${suggestions}`,
          color: EMBED_COLOR,
        },
      ],
      ephemeral: true,
    };
  }
  const released = model.released.map(
    (r) => `${escapeMarkdown(r.text)} — *${escapeMarkdown(citation(r.source))}*`,
  );
  const description = [
    model.aliases.length ? `Also: ${model.aliases.map((a) => escapeMarkdown(a)).join(", ")}` : "",
    ...(model.conflicts.length ? ["", ...conflictLines(model.conflicts)] : []),
  ].join("\n");
  const embed: APIEmbed = {
    title: model.name,
    description: description.trim() || undefined,
    color: EMBED_COLOR,
    fields: [
      ...(released.length ? [{ name: "Released", value: released.join("\n") }] : []),
      ...factFields(model),
    ],
    footer: { text: "Every fact cites the document and section it is quoted from." },
  };
  return { embeds: [embed], ephemeral };
}
