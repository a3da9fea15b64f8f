import { FeedbackStoreError } from "../feedback/store.js";
import {
  isVoteButton,
  readShownAnswer,
  verdictOf,
  voteRecordedReply,
} from "../presenters/discord/feedback.js";
import { replyLanguage, wordsFor } from "../presenters/words/language.js";
import type { ButtonContext } from "./context.js";
import { NoticeError } from "./errors.js";

/**
 * The 👍/👎 buttons under every answer (`/deepseek ask` and the message command): records the
 * presser's verdict on the answer message, keyed by that message's id, with the question and
 * answer read from the message itself, and tells them privately, in their language.
 */
export const voteButton = {
  owns: isVoteButton,
  async press(ctx: ButtonContext): Promise<void> {
    const verdict = verdictOf(ctx.customId);
    const shown = ctx.message && readShownAnswer(ctx.message.embeds);
    if (!verdict || !ctx.message || !shown)
      throw new Error(`vote: "${ctx.customId.slice(0, 100)}" is not on an answer`);
    const language = replyLanguage(ctx.locale);
    let replaced: ReturnType<ButtonContext["feedback"]["record"]>;
    try {
      replaced = ctx.feedback.record({
        answerId: ctx.message.id,
        userId: ctx.user.id,
        ...shown,
        verdict,
        at: new Date(),
      });
    } catch (error) {
      if (error instanceof FeedbackStoreError)
        throw new NoticeError(wordsFor(language).voteNotRecorded, { cause: error });
      throw error;
    }
    await ctx.reply(voteRecordedReply(verdict, replaced, language));
  },
};
