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

/**
 * Something the documents do cover, offered when they do not answer: a catalog model the
 * question names, or the section of a passage near the question. Asking `question` answers.
 */
export interface Suggestion {
  /** What to show: the model's catalog name, or the section's heading, verbatim. */
  label: string;
  /** What to ask to read about it (the label itself: the documents answer it). */
  question: string;
  /** Where it comes from: a passage naming the model, or the nearby passage. */
  source: Source;
}

export type AbstainReason =
  | "empty-question"
  | "no-match"
  | "not-relevant-enough"
  /** The question names a model the documents do not ("R2", "Coder V3"). */
  | "unknown-model";

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
  /** A two-part question's parts, each with its own direct answer (or none). */
  parts?: { question: string; answer: DirectAnswer | null }[];
  /** With "unknown-model": the name as asked (its words) and the catalog's closest names. */
  unknownModel?: { name: string; closest: string[] };
  /** With an abstention: up to three things the documents cover that are closest to it. */
  suggestions?: Suggestion[];
  /**
   * With an abstention for precision: the date the documents give, less precise than asked
   * ("May 2024", asked which day), verbatim with its source: what they do say.
   */
  lessPrecise?: DirectAnswer;
  /**
   * With an abstention for a currency: the sum the documents give in another currency than
   * asked ("1 billion yuan", asked in dollars), verbatim with its source.
   */
  otherCurrency?: DirectAnswer;
}
