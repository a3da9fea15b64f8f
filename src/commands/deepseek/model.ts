import type { APIApplicationCommandSubcommandOption } from "discord-api-types/v10";
import { compareModels, completeModelName, lookupModel, modelById } from "../../engine/model.js";
import { ApplicationCommandOptionType } from "../../presenters/discord/api-enums.js";
import { DISCORD_LIMITS } from "../../presenters/discord/limits.js";
import {
  comparisonReply,
  decodeModelChoice,
  isModelButton,
  modelReply,
} from "../../presenters/discord/model.js";
import { truncate } from "../../presenters/discord/truncate.js";
import { replyLanguage } from "../../presenters/words/language.js";
import type { AutocompleteContext, ButtonContext, CommandContext } from "../context.js";
import { PRIVATE_OPTION } from "../options.js";

export const data: APIApplicationCommandSubcommandOption = {
  type: ApplicationCommandOptionType.Subcommand,
  name: "model",
  description: "A DeepSeek model: releases, sizes, architecture, each fact with its source.",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "name",
      description: "For example: V3, R1, coder, llm 67b",
      required: true,
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "compare",
      description: "Another model, shown side by side with the first",
      autocomplete: true,
      max_length: 100,
    },
    PRIVATE_OPTION,
  ],
};

/** Framed in Chinese from a Chinese client, or when a name is typed in Chinese characters. */
export async function execute(ctx: CommandContext): Promise<void> {
  const name = ctx.options.string("name") ?? "";
  const other = ctx.options.string("compare")?.trim();
  const ephemeral = ctx.options.boolean("private") ?? false;
  const language = replyLanguage(ctx.locale, `${name} ${other ?? ""}`);
  if (other) {
    const comparison = compareModels(ctx.knowledge, name, other);
    await ctx.reply(comparisonReply(comparison, ephemeral, language));
    return;
  }
  await ctx.reply(modelReply(lookupModel(ctx.knowledge, name), ephemeral, language));
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

/** A "Which model?" choice: that model's card, privately, in the presser's language. */
export const button = {
  owns: isModelButton,
  async press(ctx: ButtonContext): Promise<void> {
    const id = decodeModelChoice(ctx.customId);
    if (!id) throw new Error(`model: malformed button id "${ctx.customId.slice(0, 100)}"`);
    await ctx.reply(modelReply(modelById(ctx.knowledge, id), true, replyLanguage(ctx.locale)));
  },
};
