import { passagesByKey } from "../engine/ask.js";
import {
  isShowPassagesButton,
  passageKeysOf,
  passagesReply,
} from "../presenters/discord/show-passages.js";
import type { ButtonContext } from "./context.js";

/**
 * Show passages, under every answer: the passages the answer cites, whole, to whoever presses
 * it and to them alone. The custom id names the passages, so it needs neither the message nor
 * anything remembered (the console sends no message).
 */
export const showPassagesButton = {
  owns: isShowPassagesButton,
  async press(ctx: ButtonContext): Promise<void> {
    const keys = passageKeysOf(ctx.customId);
    if (!keys) throw new Error(`passages: malformed button id "${ctx.customId.slice(0, 100)}"`);
    await ctx.reply(passagesReply(passagesByKey(ctx.knowledge, keys), keys.length));
  },
};
