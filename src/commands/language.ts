import { type Language, replyLanguage } from "../presenters/words/language.js";
import type { CommandContext } from "./context.js";

/** The options whose typed text says which language the person writes in. */
const TYPED_OPTIONS = ["question", "name", "compare", "model", "topic"];

/**
 * The language a command's own messages (throttled, failed) are in: its typed text's, when it
 * has some (the ask option or the message a message command is used on, a model's name, a
 * timeline's model or topic), else the person's locale.
 */
export function commandLanguage(ctx: CommandContext): Language {
  const typed = [ctx.target?.content ?? ""];
  for (const name of TYPED_OPTIONS) {
    try {
      typed.push(ctx.options.string(name) ?? "");
    } catch {
      // An option of the wrong type (the HTTP transport refuses it): it says nothing.
    }
  }
  return replyLanguage(ctx.locale, typed.join(" "));
}
