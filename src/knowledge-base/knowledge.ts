import type { SearchIndex } from "../index/search-index.js";
import type { CorpusDocument } from "../ingest/document.js";
import type { LexiconData } from "../ingest/load-lexicon.js";
import type { MeasureWords } from "../ingest/load-measures.js";
import type { ModelWords } from "../ingest/load-model-words.js";
import type { Catalog } from "../knowledge/types.js";

/** A corpus document's metadata: its text is in the passages, and cut again from the file on load. */
export type DocumentInfo = Omit<CorpusDocument, "text">;

export const documentInfo = ({ text: _text, ...info }: CorpusDocument): DocumentInfo => info;

/** Everything the engine answers from: the knowledge base, built or loaded (see build.ts, file.ts). */
export interface Knowledge {
  documents: DocumentInfo[];
  index: SearchIndex;
  /** The model catalog, the timeline and the disagreements between sources. */
  catalog: Catalog;
  /** How the corpus writes amounts and names (corpus/measures.json). */
  measures: MeasureWords;
  /** How models are named and shown (corpus/models.json). */
  modelWords: ModelWords;
  /** The words people ask with, carried onto the documents' words (corpus/lexicon/). */
  lexicon: LexiconData;
  /** Hash of the corpus files and format version the knowledge was built from. */
  fingerprint: string;
}
