import { passagesByKey } from "../engine/ask.js";
import {
  isShowPassagesButton,
  passageKeysOf,
  passagesReply,
} from "../presenters/discord/show-passages.js";
import { replyLanguage } from "../presenters/words/language.js";
import type { ButtonContext } from "./context.js";

/**
 * Show passages, under every answer: the passages the answer cites, whole, to whoever presses
 * it and to them alone. The custom id names the passages, so it needs neither the message nor
 * anything remembered (the console sends no message). Framed in the presser's language.
 */
export const showPassagesButton = {
  owns: isShowPassagesButton,
  async press(ctx: ButtonContext): Promise<void> {
    const keys = passageKeysOf(ctx.customId);
    if (!keys) throw new Error(`passages: malformed button id "${ctx.customId.slice(0, 100)}"`);
    const passages = passagesByKey(ctx.knowledge, keys);
    await ctx.reply(passagesReply(passages, keys.length, replyLanguage(ctx.locale)));
  },
};
