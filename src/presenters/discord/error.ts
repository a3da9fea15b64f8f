import type { Reply } from "./message.js";

/**
 * The private reply a user gets when something failed on our side, whichever transport or step
 * failed. It shows only the error id, which the log line about the failure carries too.
 */
export function errorReply(errorId: string): Reply {
  return {
    content: `Something went wrong on our side (error id \`${errorId}\`). Please try again; if it keeps happening, tell the bot's operator this id.`,
    ephemeral: true,
  };
}
