import { quoteOf } from "../ingest/clean.js";
import type { CorpusDocument } from "../ingest/document.js";
import type { Passage, Sentence } from "../ingest/passages.js";

/*
 * The serialized index stores spans, not the text they cut: every passage, sentence and quote is
 * `quoteOf(document text, span)`, and the documents sit beside the index (its fingerprint proves
 * they are the ones it was built from). Cutting the text again on load is cheaper than reading
 * and parsing it: at 1,000× the seed corpus this takes the file from 155 MB to about a third.
 */

/** A passage without its text; sentences as flat `[start, end, start, end, …]` offsets. */
export interface PackedPassage {
  id: string;
  docId: string;
  section: string;
  start: number;
  end: number;
  sentences: number[];
}

/** Reads document texts by id; a missing document means the index does not match the corpus. */
export type DocumentTexts = (docId: string) => CorpusDocument;

export function documentTexts(documents: readonly CorpusDocument[]): DocumentTexts {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return (docId) => {
    const doc = byId.get(docId);
    if (!doc) throw new Error(`index: the serialized index cites "${docId}", not in the corpus`);
    return doc;
  };
}

export function packPassages(passages: readonly Passage[]): PackedPassage[] {
  return passages.map(({ id, docId, section, start, end, sentences }) => ({
    id,
    docId,
    section,
    start,
    end,
    sentences: sentences.flatMap((s) => [s.start, s.end]),
  }));
}

export function unpackPassages(packed: readonly PackedPassage[], texts: DocumentTexts): Passage[] {
  // Plain loops and literals, not spreads: this runs for every passage and sentence at start-up.
  return packed.map(({ id, docId, section, start, end, sentences: offsets }) => {
    const doc = texts(docId);
    const sentences: Sentence[] = new Array(offsets.length / 2);
    for (let i = 0; i < offsets.length; i += 2) {
      const span = { start: offsets[i] as number, end: offsets[i + 1] as number };
      sentences[i / 2] = { start: span.start, end: span.end, text: quoteOf(doc.text, span) };
    }
    const text = quoteOf(doc.text, { start, end });
    return { id, docId, docTitle: doc.title, section, start, end, text, sentences };
  });
}
