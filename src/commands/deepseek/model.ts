import { SlashCommandSubcommandBuilder } from "@discordjs/builders";
import { compareModels, completeModelName, lookupModel, modelById } from "../../engine/model.js";
import { DISCORD_LIMITS } from "../../presenters/discord/limits.js";
import {
  comparisonReply,
  decodeModelChoice,
  isModelButton,
  modelReply,
} from "../../presenters/discord/model.js";
import { truncate } from "../../presenters/discord/truncate.js";
import type { AutocompleteContext, ButtonContext, CommandContext } from "../context.js";

export const data = new SlashCommandSubcommandBuilder()
  .setName("model")
  .setDescription("A DeepSeek model: releases, sizes, architecture, each fact with its source.")
  .addStringOption((option) =>
    option
      .setName("name")
      .setDescription("For example: V3, R1, coder, llm 67b")
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addStringOption((option) =>
    option
      .setName("compare")
      .setDescription("Another model, shown side by side with the first")
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addBooleanOption((option) =>
    option.setName("private").setDescription("Only you see the answer"),
  );

export async function execute(ctx: CommandContext): Promise<void> {
  const name = ctx.options.string("name") ?? "";
  const other = ctx.options.string("compare")?.trim();
  const ephemeral = ctx.options.boolean("private") ?? false;
  if (other) {
    await ctx.reply(comparisonReply(compareModels(ctx.knowledge, name, other), ephemeral));
    return;
  }
  await ctx.reply(modelReply(lookupModel(ctx.knowledge, name), ephemeral));
}

/** Models as the name is read (the one meant, or the several it could mean), then near names. */
export async function autocomplete(ctx: AutocompleteContext): Promise<void> {
  const models = completeModelName(
    ctx.knowledge,
    ctx.focused.value,
    DISCORD_LIMITS.autocompleteChoices,
  );
  await ctx.respond(
    models.map((model) => ({
      name: truncate(model.name, DISCORD_LIMITS.choiceName),
      value: model.name.slice(0, DISCORD_LIMITS.choiceValue),
    })),
  );
}

/** A "Which model?" choice: that model's card, privately, to whoever presses it. */
export const button = {
  owns: isModelButton,
  async press(ctx: ButtonContext): Promise<void> {
    const id = decodeModelChoice(ctx.customId);
    if (!id) throw new Error(`model: malformed button id "${ctx.customId.slice(0, 100)}"`);
    await ctx.reply(modelReply(modelById(ctx.knowledge, id), true));
  },
};
