import {
  ApplicationCommandType,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import { CONTEXTS, INSTALLS } from "./availability.js";
import type { CommandContext } from "./context.js";
import { answer } from "./deepseek/ask.js";
import { withoutMentions } from "./mentions.js";

/**
 * "Ask deepseek-bot", under Apps on any message: answers the message's text as a question, with
 * the reply `/deepseek ask` gives it (👍/👎 included), so anyone can answer a question someone
 * typed in the channel without retyping it. Installable and usable where /deepseek is.
 */
export const data: RESTPostAPIContextMenuApplicationCommandsJSONBody = {
  type: ApplicationCommandType.Message,
  name: "Ask deepseek-bot",
  integration_types: [...INSTALLS],
  contexts: [...CONTEXTS],
};

export const NO_TEXT =
  "That message has no text to answer. Use **Ask deepseek-bot** on a message that asks a question, or `/deepseek ask`.";
export const ONLY_ATTACHMENTS =
  "That message has only attachments, and I answer only text. Use **Ask deepseek-bot** on a message that asks a question, or `/deepseek ask`.";

export async function execute(ctx: CommandContext): Promise<void> {
  const target = ctx.target;
  if (!target) throw new Error("ask-message: the interaction carries no target message");
  if (withoutMentions(target.content) === "") {
    const content = target.attachments > 0 ? ONLY_ATTACHMENTS : NO_TEXT;
    await ctx.reply({ content, ephemeral: true });
    return;
  }
  await answer(ctx, target.content, false);
}
