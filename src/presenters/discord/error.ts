import { type Language, wordsFor } from "../words/language.js";
import type { Reply } from "./message.js";

/**
 * The private reply a user gets when something failed on our side, whichever transport or step
 * failed. It shows the error id, which the log line about the failure carries too, after what
 * failed when the handler said (`NoticeError`, already in `language`), else after a generic
 * sentence.
 */
export function errorReply(errorId: string, language: Language, what?: string): Reply {
  const words = wordsFor(language);
  return { content: words.withErrorId(what ?? words.somethingWentWrong, errorId), ephemeral: true };
}
