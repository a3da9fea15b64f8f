import * as z from "zod";
import { readDataFile } from "../ingest/data-file.js";
import type { CorpusDocument } from "../ingest/document.js";
import type { Passage } from "../ingest/passages.js";
import { locateQuote } from "./quotes.js";
import type { Quote } from "./types.js";

const curatedFileSchema = z.object({
  $comment: z.string().optional(),
  facts: z.array(
    z
      .object({
        /** A model's alias group id, or another subject such as "market" or "high-flyer". */
        subject: z.string().min(1),
        label: z.string().min(1),
        value: z.string().min(1),
        doc: z.string().min(1),
        /** Must appear verbatim in the document. */
        quote: z.string().min(8),
      })
      .strict(),
  ),
});

export interface CuratedFact {
  subject: string;
  label: string;
  value: string;
  source: Quote;
}

/**
 * Facts the extraction rules cannot reach (a cost stated without naming the model, a value
 * spread over a quote), each still citing a verbatim quote. Problems name the file.
 */
export function loadCuratedFacts(
  path: string,
  documents: readonly CorpusDocument[],
  passages: readonly Passage[],
): CuratedFact[] {
  const { facts } = readDataFile(path, curatedFileSchema, "facts");
  return facts.map((fact, i) => {
    const doc = documents.find((d) => d.id === fact.doc);
    if (!doc) throw new Error(`facts: ${path}: facts.${i}.doc: no document "${fact.doc}"`);
    const source = locateQuote(doc, passages, fact.quote, `facts: ${path}: facts.${i}`);
    return { subject: fact.subject, label: fact.label, value: fact.value, source };
  });
}
