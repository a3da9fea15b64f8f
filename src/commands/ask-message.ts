import type { RESTPostAPIContextMenuApplicationCommandsJSONBody } from "discord-api-types/v10";
import { ApplicationCommandType } from "../presenters/discord/api-enums.js";
import { replyLanguage, wordsFor } from "../presenters/words/language.js";
import { CONTEXTS, INSTALLS } from "./availability.js";
import type { CommandContext } from "./context.js";
import { answer } from "./deepseek/ask.js";
import { localizedName } from "./localize.js";
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

export async function execute(ctx: CommandContext): Promise<void> {
  const target = ctx.target;
  if (!target) throw new Error("ask-message: the interaction carries no target message");
  if (withoutMentions(target.content) === "") {
    // Named as the person's menu shows it, in the person's language: there is no question.
    const words = wordsFor(replyLanguage(ctx.locale));
    const name = localizedName(data.name, ctx.locale);
    const content =
      target.attachments > 0 ? words.messageOnlyAttachments(name) : words.messageWithoutText(name);
    await ctx.reply({ content, ephemeral: true });
    return;
  }
  await answer(ctx, target.content, false);
}
