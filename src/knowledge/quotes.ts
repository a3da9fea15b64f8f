import { quoteOf } from "../ingest/clean.js";
import type { CorpusDocument } from "../ingest/document.js";
import type { Passage, Sentence } from "../ingest/passages.js";
import type { Cited, Quote } from "./types.js";

/** Splits a quote into the `{source, quote}` shape facts are shown in. */
export function cited(q: Quote): Cited {
  const { quote, ...source } = q;
  return { source, quote };
}

export function quoteOfSentence(passage: Passage, sentence: Sentence): Quote {
  return {
    doc: passage.docId,
    title: passage.docTitle,
    section: passage.section,
    start: sentence.start,
    end: sentence.end,
    quote: sentence.text,
  };
}

/**
 * Finds `quote` verbatim in a document and cites it with the section of the passage around it.
 * Throws when the quote is not in the document: a curated fact must be checkable.
 */
export function locateQuote(
  doc: CorpusDocument,
  passages: readonly Passage[],
  quote: string,
  where: string,
): Quote {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`${where}: quote not found verbatim in ${doc.file}: "${quote}"`);
  const end = start + quote.length;
  const passage = passages.find((p) => p.docId === doc.id && p.start <= start && end <= p.end + 40);
  return {
    doc: doc.id,
    title: doc.title,
    section: passage?.section ?? "",
    start,
    end,
    quote: quoteOf(doc.text, { start, end }),
  };
}
