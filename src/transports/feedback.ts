import { openSqliteStore } from "../feedback/sqlite.js";
import { type FeedbackStore, unavailableStore } from "../feedback/store.js";
import type { Logger } from "../log.js";

/**
 * The vote store at `path` (FEEDBACK_DB). One that cannot be opened is logged and stands in as
 * unavailable: answers go on, and a vote gets a private note with an error id.
 */
export function openFeedback(path: string, logger: Logger): FeedbackStore {
  try {
    const store = openSqliteStore(path);
    logger.info({ path }, "feedback: store open");
    return store;
  } catch (error) {
    logger.error({ err: error, path }, "feedback: store unavailable; votes will be refused");
    return unavailableStore(error);
  }
}
