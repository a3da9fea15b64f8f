import { type Language, replyLanguage } from "../presenters/words/language.js";
import type { CommandContext } from "./context.js";

/**
 * The language a command's own messages (throttled, failed) are in: its question's, when it has
 * one (the ask option or the message a message command is used on), else the person's locale.
 */
export function commandLanguage(ctx: CommandContext): Language {
  let question = ctx.target?.content ?? "";
  try {
    question ||= ctx.options.string("question") ?? "";
  } catch {
    // An option of the wrong type (the HTTP transport refuses it): the locale alone decides.
  }
  return replyLanguage(ctx.locale, question);
}
