import { SlashCommandSubcommandBuilder } from "discord.js";
import { listModels, lookupModel } from "../../engine/model.js";
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

/** Catalog names that contain what is typed (or all, when nothing is), at most 25. */
export async function autocomplete(ctx: AutocompleteContext): Promise<void> {
  const typed = ctx.focused.value
    .toLowerCase()
    .replace(/[-\s]+/g, " ")
    .trim();
  const matches = listModels(ctx.knowledge).filter((model) =>
    [model.name, ...model.aliases].some((name) =>
      name
        .toLowerCase()
        .replace(/[-\s]+/g, " ")
        .includes(typed),
    ),
  );
  await ctx.respond(
    matches.slice(0, DISCORD_LIMITS.autocompleteChoices).map((model) => ({
      name: truncate(model.name, DISCORD_LIMITS.choiceName),
      value: model.name.slice(0, DISCORD_LIMITS.choiceValue),
    })),
  );
}
