/**
 * What members think of the answers: a 👍 or 👎 per person per answer, kept so the operator can
 * see which questions the documents or the engine answer badly. The store is an interface, so
 * another database can take SQLite's place; nothing that answers questions depends on it.
 */

export type Verdict = "up" | "down";

/** One person's verdict on one answer, as it was shown to them. */
export interface Vote {
  /** The answer message's id: one vote per person per answer message. */
  answerId: string;
  /** The voter's Discord id. A store keeps only a salted hash of it, never the id itself. */
  userId: string;
  question: string;
  /** The direct answer shown (with its citation), or the abstention. */
  answer: string;
  /** The citations of the passages shown under it, in order. */
  sources: string[];
  verdict: Verdict;
  at: Date;
}

/** An answer given to a question, with the votes it got across every message that showed it. */
export interface AnswerVotes {
  question: string;
  answer: string;
  sources: string[];
  down: number;
  up: number;
  /** When the last of these votes was cast (ISO 8601). */
  lastVoteAt: string;
}

export interface FeedbackStore {
  /**
   * Records a vote; a second vote by the same person on the same answer replaces the first.
   * Returns the verdict it replaced, or null. Throws FeedbackStoreError when it cannot write.
   */
  record(vote: Vote): Verdict | null;
  /** Answers with the most 👎 first (then the fewest 👍, then the latest), at most `limit`. */
  worst(limit: number): AnswerVotes[];
  close(): void;
}

/** The store could not be opened, read or written; the cause says why. */
export class FeedbackStoreError extends Error {
  override name = "FeedbackStoreError";
}

/**
 * The stand-in for a store that could not be opened: every call fails with the reason, so a
 * vote is refused (privately, with an error id) while answers go on as usual.
 */
export function unavailableStore(cause: unknown): FeedbackStore {
  const fail = (): never => {
    throw new FeedbackStoreError("feedback: the store is unavailable", { cause });
  };
  return { record: fail, worst: fail, close: () => {} };
}
