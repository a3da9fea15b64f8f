import type { Conflict } from "../knowledge/types.js";

/** Where a passage or fact comes from: enough to cite it and to find the verbatim quote. */
export interface Source {
  /** Document id. */
  doc: string;
  /** Document title. */
  title: string;
  /** Heading path of the section, "" for the document's lead. */
  section: string;
  /** Offsets into the document's original text. */
  start: number;
  end: number;
}

export interface Highlight {
  /** The sentence that best answers, as it appears in the passage text. */
  text: string;
  /** Offsets into the document's original text. */
  start: number;
  end: number;
}

export interface AskPassage {
  text: string;
  highlight: Highlight | null;
  source: Source;
  score: number;
}

export interface DirectAnswer {
  text: string;
  /** The sentence it was read from, verbatim, and where. */
  quote: string;
  source: Source;
}

export type AbstainReason = "empty-question" | "no-match" | "not-relevant-enough";

export interface AskResult {
  question: string;
  answered: boolean;
  /** A short direct answer when one sentence clearly answers, else null. */
  answer: string | null;
  answerSource: DirectAnswer | null;
  passages: AskPassage[];
  /** Where the documents disagree about the answer: every value, each with its source. */
  conflicts: Conflict[];
  /** Share of the question's weight the best passage covers (0 to 1); the abstention test. */
  confidence: number;
  /** Why nothing was answered, when `answered` is false. */
  reason?: AbstainReason;
}
