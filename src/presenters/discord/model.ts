import { escapeMarkdown } from "@discordjs/formatters";
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
} from "discord-api-types/v10";
import type { CardValue, ModelComparison, ModelLookup } from "../../engine/model.js";
import { citation } from "../cite.js";
import { ButtonStyle, ComponentType } from "./api-enums.js";
import { escapeUserText } from "./escape.js";
import { DISCORD_LIMITS } from "./limits.js";
import type { Reply } from "./message.js";
import { EMBED_COLOR } from "./style.js";
import { truncate } from "./truncate.js";

/** A value in a comparison row is cut here, so both models' values fit one field. */
const COMPARED_VALUE_CHARS = 300;
const FOOTER = "Every fact cites the document and section it is quoted from.";

const PREFIX = "model";

/** `model|<id>`: a choice button shows that model's card to whoever presses it; no state kept. */
export const encodeModelChoice = (id: string) =>
  `${PREFIX}|${id}`.slice(0, DISCORD_LIMITS.customId);

export function decodeModelChoice(customId: string): string | null {
  const [prefix, id, ...rest] = customId.split("|");
  return prefix === PREFIX && id && rest.length === 0 ? id : null;
}

export const isModelButton = (customId: string) => customId.startsWith(`${PREFIX}|`);

const capitalized = (label: string) => `${label[0]?.toUpperCase() ?? ""}${label.slice(1)}`;

/** "MIT license — *History › Section; History › Other section*": a value and all its sources. */
function valueLine(value: CardValue, chars = Number.POSITIVE_INFINITY): string {
  const sources = [...new Set(value.sources.map((s) => citation(s.source)))];
  return `${escapeMarkdown(truncate(value.value, chars))} — *${escapeMarkdown(sources.join("; "))}*`;
}

/** "Showing DeepSeek Coder (for “coder”)", when the name typed is not the model's own. */
function shownFor(lookup: ModelLookup): string {
  if (!lookup.model || !lookup.readFromShortName) return "";
  return `Showing **${escapeMarkdown(lookup.model.name)}** (for “${escapeUserText(lookup.query)}”)`;
}

function notFound(lookup: ModelLookup): Reply {
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

/** Several models the name could mean: their names, and a button showing each. */
function choices(lookup: ModelLookup, ephemeral: boolean): Reply {
  const buttons: APIButtonComponentWithCustomId[] = lookup.choices.map((choice) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: truncate(choice.name, DISCORD_LIMITS.buttonLabel),
    custom_id: encodeModelChoice(choice.id),
  }));
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < buttons.length; i += DISCORD_LIMITS.buttonsPerRow)
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow),
    });
  const names = lookup.choices.map((c) => `• ${escapeMarkdown(c.name)}`);
  return {
    embeds: [
      {
        title: "Which model?",
        description: [
          `“${escapeUserText(lookup.query)}” could be any of these. Press one to see its card, or run \`/deepseek model\` with its name.`,
          "",
          ...names,
        ].join("\n"),
        color: EMBED_COLOR,
      },
    ],
    components: rows,
    ephemeral,
  };
}

/** A model card as a spec sheet: one field per kind of fact, in a fixed order, each cited. */
export function modelReply(lookup: ModelLookup, ephemeral: boolean): Reply {
  const model = lookup.model;
  if (!model) return lookup.choices.length ? choices(lookup, ephemeral) : notFound(lookup);
  const fields: APIEmbedField[] = lookup.card.map((line) => ({
    name: `${capitalized(line.label)}${line.disagree ? " — ⚠️ sources differ" : ""}`,
    value: line.values.map((v) => valueLine(v)).join("\n"),
  }));
  const description = [
    shownFor(lookup),
    model.aliases.length ? `Also: ${model.aliases.map((a) => escapeMarkdown(a)).join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  const embed: APIEmbed = {
    title: model.name,
    description: description || undefined,
    color: EMBED_COLOR,
    fields,
    footer: { text: FOOTER },
  };
  return { embeds: [embed], ephemeral };
}

/** Two models side by side: one field per kind of fact, each model's values on its own line. */
export function comparisonReply(comparison: ModelComparison, ephemeral: boolean): Reply {
  const [left, right] = comparison.lookups;
  const missing = [left, right].find((l) => !l.model);
  if (missing || !left.model || !right.model) return modelReply(missing ?? left, ephemeral);
  const names = [left.model.name, right.model.name];
  const fields: APIEmbedField[] = comparison.rows.map((row) => ({
    name: capitalized(row.label),
    value: row.values
      .map((values, i) => {
        const shown = values.length
          ? values.map((v) => valueLine(v, COMPARED_VALUE_CHARS)).join(" · ")
          : "—";
        const differ = row.disagree[i] ? " ⚠️ sources differ:" : "";
        return `**${escapeMarkdown(names[i] ?? "")}:**${differ} ${shown}`;
      })
      .join("\n"),
  }));
  const shown = [shownFor(left), shownFor(right)].filter(Boolean);
  const embed: APIEmbed = {
    title: `${left.model.name} vs ${right.model.name}`,
    description: shown.length ? shown.join("\n") : undefined,
    color: EMBED_COLOR,
    fields,
    footer: { text: `${FOOTER} “—”: the documents give none.` },
  };
  return { embeds: [embed], ephemeral };
}
