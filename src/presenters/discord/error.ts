import type { Reply } from "./message.js";

/**
 * The private reply a user gets when something failed on our side, whichever transport or step
 * failed. It shows the error id, which the log line about the failure carries too, after what
 * failed when the handler said (`NoticeError`), else after a generic sentence.
 */
export function errorReply(errorId: string, what = "Something went wrong on our side"): Reply {
  return {
    content: `${what} (error id \`${errorId}\`). Please try again; if it keeps happening, tell the bot's operator this id.`,
    ephemeral: true,
  };
}
