import type { APIApplicationCommandSubcommandOption } from "discord-api-types/v10";
import { ask } from "../../engine/ask.js";
import { ApplicationCommandOptionType } from "../../presenters/discord/api-enums.js";
import { askReply } from "../../presenters/discord/ask.js";
import { replyLanguage } from "../../presenters/words/language.js";
import { anyButton } from "../buttons.js";
import type { CommandContext } from "../context.js";
import { withoutMentions } from "../mentions.js";
import { PRIVATE_OPTION } from "../options.js";
import { showPassagesButton } from "../show-passages.js";
import { suggestionButton } from "../suggestion.js";
import { voteButton } from "../vote.js";

export const QUESTION_MAX_LENGTH = 300;

export const data: APIApplicationCommandSubcommandOption = {
  type: ApplicationCommandOptionType.Subcommand,
  name: "ask",
  description: "Ask a question; the answer quotes the documents and cites them.",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "question",
      description: "For example: When was DeepSeek-R1 released?",
      required: true,
      max_length: QUESTION_MAX_LENGTH,
    },
    PRIVATE_OPTION,
  ],
};

/**
 * Answers `text` as a question: mentions dropped, cut to the option's length; framed in Chinese
 * when it is asked in Chinese or from a Chinese client.
 */
export async function answer(ctx: CommandContext, text: string, ephemeral: boolean): Promise<void> {
  const question = withoutMentions(text).slice(0, QUESTION_MAX_LENGTH);
  const language = replyLanguage(ctx.locale, question);
  await ctx.reply(askReply(ask(ctx.knowledge, question), ephemeral, language));
}

export async function execute(ctx: CommandContext): Promise<void> {
  await answer(ctx, ctx.options.string("question") ?? "", ctx.options.boolean("private") ?? false);
}

/** Under the answer: Show passages and 👍/👎; under an abstention, the suggestions too. */
export const button = anyButton(showPassagesButton, voteButton, suggestionButton);
