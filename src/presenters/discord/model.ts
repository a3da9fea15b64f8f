import { escapeMarkdown } from "@discordjs/formatters";
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
} from "discord-api-types/v10";
import type { CardValue, ModelComparison, ModelLookup } from "../../engine/model.js";
import { citation } from "../cite.js";
import type { Words } from "../words/en.js";
import { type Language, wordsFor } from "../words/language.js";
import { ButtonStyle, ComponentType } from "./api-enums.js";
import { escapeUserText } from "./escape.js";
import { DISCORD_LIMITS } from "./limits.js";
import type { Reply } from "./message.js";
import { EMBED_COLOR } from "./style.js";
import { truncate } from "./truncate.js";

/** A value in a comparison row is cut here, so both models' values fit one field. */
const COMPARED_VALUE_CHARS = 300;

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

/** A card line's label in the reply's language, as a field name starts it. */
const labelIn = (words: Words, label: string) => capitalized(words.factLabels[label] ?? label);

/** "MIT license — *History › Section; History › Other section*": a value and all its sources. */
function valueLine(value: CardValue, chars = Number.POSITIVE_INFINITY): string {
  const sources = [...new Set(value.sources.map((s) => citation(s.source)))];
  return `${escapeMarkdown(truncate(value.value, chars))} — *${escapeMarkdown(sources.join("; "))}*`;
}

/** "Showing DeepSeek Coder (for “coder”)", when the name typed is not the model's own. */
function shownFor(lookup: ModelLookup, words: Words): string {
  if (!lookup.model || !lookup.readFromShortName) return "";
  return words.showingFor(`**${escapeMarkdown(lookup.model.name)}**`, escapeUserText(lookup.query));
}

function notFound(lookup: ModelLookup, words: Words): Reply {
  const suggestions = lookup.suggestions.length
    ? words.didYouMean(lookup.suggestions.map((s) => `**${escapeMarkdown(s)}**`).join(", "))
    : words.pickModelFromList;
  return {
    embeds: [
      {
        title: words.modelNotFoundTitle,
        description: `${words.modelNotFound(escapeUserText(lookup.query))} ${suggestions}`,
        color: EMBED_COLOR,
      },
    ],
    ephemeral: true,
  };
}

/** Several models the name could mean: their names, and a button showing each. */
function choices(lookup: ModelLookup, ephemeral: boolean, words: Words): Reply {
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
        title: words.whichModelTitle,
        description: [words.whichModel(escapeUserText(lookup.query)), "", ...names].join("\n"),
        color: EMBED_COLOR,
      },
    ],
    components: rows,
    ephemeral,
  };
}

/**
 * A model card as a spec sheet: one field per kind of fact, in a fixed order, each cited. The
 * bot's own words (labels, headings) are in `language`; the values stay the documents' English.
 */
export function modelReply(lookup: ModelLookup, ephemeral: boolean, language: Language): Reply {
  const words = wordsFor(language);
  const model = lookup.model;
  if (!model)
    return lookup.choices.length ? choices(lookup, ephemeral, words) : notFound(lookup, words);
  const fields: APIEmbedField[] = lookup.card.map((line) => ({
    name: `${labelIn(words, line.label)}${line.disagree ? ` — ⚠️ ${words.sourcesDifferMark}` : ""}`,
    value: line.values.map((v) => valueLine(v)).join("\n"),
  }));
  const description = [
    shownFor(lookup, words),
    model.aliases.length
      ? words.alsoNamed(model.aliases.map((a) => escapeMarkdown(a)).join(", "))
      : "",
  ]
    .filter(Boolean)
    .join("\n");
  const embed: APIEmbed = {
    title: model.name,
    description: description || undefined,
    color: EMBED_COLOR,
    fields,
    footer: { text: words.modelFooter },
  };
  return { embeds: [embed], ephemeral };
}

/** Two models side by side: one field per kind of fact, each model's values on its own line. */
export function comparisonReply(
  comparison: ModelComparison,
  ephemeral: boolean,
  language: Language,
): Reply {
  const words = wordsFor(language);
  const [left, right] = comparison.lookups;
  const missing = [left, right].find((l) => !l.model);
  if (missing || !left.model || !right.model)
    return modelReply(missing ?? left, ephemeral, language);
  const names = [left.model.name, right.model.name];
  const fields: APIEmbedField[] = comparison.rows.map((row) => ({
    name: labelIn(words, row.label),
    value: row.values
      .map((values, i) => {
        const shown = values.length
          ? values.map((v) => valueLine(v, COMPARED_VALUE_CHARS)).join(" · ")
          : "—";
        const differ = row.disagree[i] ? ` ⚠️ ${words.sourcesDifferMark}:` : "";
        return `**${escapeMarkdown(names[i] ?? "")}:**${differ} ${shown}`;
      })
      .join("\n"),
  }));
  const shown = [shownFor(left, words), shownFor(right, words)].filter(Boolean);
  const embed: APIEmbed = {
    title: words.versus(left.model.name, right.model.name),
    description: shown.length ? shown.join("\n") : undefined,
    color: EMBED_COLOR,
    fields,
    footer: { text: words.comparisonFooter },
  };
  return { embeds: [embed], ephemeral };
}
