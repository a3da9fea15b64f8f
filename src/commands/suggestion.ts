import { ask } from "../engine/ask.js";
import { askReply } from "../presenters/discord/ask.js";
import { isSuggestionButton, suggestedQuestionOf } from "../presenters/discord/suggestions.js";
import { replyLanguage } from "../presenters/words/language.js";
import type { ButtonContext } from "./context.js";

/**
 * A suggestion under an abstention ("the closest they cover"): asks its question and answers
 * whoever pressed it, privately, so a channel is not filled by everyone exploring. The custom
 * id carries the question, so it needs nothing remembered. The question is the documents' own
 * English: the presser's locale alone picks the language.
 */
export const suggestionButton = {
  owns: isSuggestionButton,
  async press(ctx: ButtonContext): Promise<void> {
    const question = suggestedQuestionOf(ctx.customId);
    if (!question)
      throw new Error(`suggestion: malformed button id "${ctx.customId.slice(0, 100)}"`);
    await ctx.reply(askReply(ask(ctx.knowledge, question), true, replyLanguage(ctx.locale)));
  },
};
