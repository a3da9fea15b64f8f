import { cleanLines } from "./clean.js";
import type { CorpusDocument } from "./document.js";
import { buildPassages, type Passage } from "./passages.js";
import { detectBlocks } from "./sections.js";

/** Runs the ingest pipeline on each document: clean, find sections, cut passages. */
export function ingest(documents: readonly CorpusDocument[]): Passage[] {
  return documents.flatMap((doc) => buildPassages(doc, detectBlocks(cleanLines(doc.text))));
}
