import { SlashCommandSubcommandBuilder } from "@discordjs/builders";
import { listModels, lookupModel } from "../../engine/model.js";
import type { ModelEntry } from "../../knowledge/types.js";
import { DISCORD_LIMITS } from "../../presenters/discord/limits.js";
import { modelReply } from "../../presenters/discord/model.js";
import { truncate } from "../../presenters/discord/truncate.js";
import type { AutocompleteContext, CommandContext } from "../context.js";

export const data = new SlashCommandSubcommandBuilder()
  .setName("model")
  .setDescription("A DeepSeek model: releases, sizes, architecture, each fact with its source.")
  .addStringOption((option) =>
    option
      .setName("name")
      .setDescription("For example: V3, R1, Coder V2")
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addBooleanOption((option) =>
    option.setName("private").setDescription("Only you see the answer"),
  );

export async function execute(ctx: CommandContext): Promise<void> {
  const lookup = lookupModel(ctx.knowledge, ctx.options.string("name") ?? "");
  await ctx.reply(modelReply(lookup, ctx.options.boolean("private") ?? false));
}

const normalize = (name: string) =>
  name
    .toLowerCase()
    .replace(/[-\s]+/g, " ")
    .trim();

/** How well a model matches what is typed: 0 a name exactly, 1 a name's start, 2 anywhere. */
function matchRank(model: ModelEntry, typed: string): number | null {
  const ranks = [model.name, ...model.aliases].map(normalize).map((name) => {
    if (name === typed) return 0;
    if (name.startsWith(typed)) return 1;
    return name.includes(typed) ? 2 : Number.POSITIVE_INFINITY;
  });
  const best = Math.min(...ranks);
  return Number.isFinite(best) ? best : null;
}

/** Catalog names matching what is typed (all, when nothing is), best matches first, at most 25. */
export async function autocomplete(ctx: AutocompleteContext): Promise<void> {
  const typed = normalize(ctx.focused.value);
  const ranked = listModels(ctx.knowledge)
    .map((model) => ({ model, rank: matchRank(model, typed) }))
    .filter((match): match is { model: ModelEntry; rank: number } => match.rank !== null)
    .sort((a, b) => a.rank - b.rank);
  await ctx.respond(
    ranked.slice(0, DISCORD_LIMITS.autocompleteChoices).map(({ model }) => ({
      name: truncate(model.name, DISCORD_LIMITS.choiceName),
      value: model.name.slice(0, DISCORD_LIMITS.choiceValue),
    })),
  );
}
