import type { APIActionRowComponent, APIButtonComponentWithCustomId } from "discord-api-types/v10";
import type { Suggestion } from "../../engine/result.js";
import { citation } from "../cite.js";
import type { Words } from "../words/en.js";
import { ButtonStyle, ComponentType } from "./api-enums.js";
import { escapeMarkdownCached } from "./escape.js";
import { DISCORD_LIMITS } from "./limits.js";
import { truncate } from "./truncate.js";

/**
 * What an abstention offers instead: the things the documents cover closest to the question,
 * each listed with its source and, when its question fits a custom id (`ask|<question>`), a
 * button that asks it. The question is corpus text (a catalog name or a section heading), so
 * the id carries it whole and the button needs no state.
 */

const PREFIX = "ask|";

export const isSuggestionButton = (customId: string) => customId.startsWith(PREFIX);

/** The question a suggestion button asks, or null for anything else. */
export function suggestedQuestionOf(customId: string): string | null {
  const question = customId.slice(PREFIX.length);
  return isSuggestionButton(customId) && question.trim() !== "" ? question : null;
}

const customIdOf = (suggestion: Suggestion) => `${PREFIX}${suggestion.question}`;

/** One line per suggestion: its label with where it comes from ("Document › Section"). */
export function suggestionLines(suggestions: readonly Suggestion[], words: Words): string[] {
  if (suggestions.length === 0) return [];
  const lines = suggestions.map((s) => {
    const where = citation(s.source);
    // A section's label is the end of its own citation: once is enough.
    return where.endsWith(s.label)
      ? `• ${escapeMarkdownCached(where)}`
      : `• ${escapeMarkdownCached(s.label)} — *${escapeMarkdownCached(where)}*`;
  });
  return ["", words.suggestionsHeading, ...lines];
}

/** A button per suggestion whose question fits a custom id; none when none does. */
export function suggestionRow(
  suggestions: readonly Suggestion[],
): APIActionRowComponent<APIButtonComponentWithCustomId> | null {
  const buttons = suggestions
    .filter((s) => customIdOf(s).length <= DISCORD_LIMITS.customId)
    .map(
      (s): APIButtonComponentWithCustomId => ({
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: truncate(s.label, DISCORD_LIMITS.buttonLabel),
        custom_id: customIdOf(s),
      }),
    );
  return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : null;
}
