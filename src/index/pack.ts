import { quoteOf } from "../ingest/clean.js";
import type { CorpusDocument } from "../ingest/document.js";
import type { Passage, Sentence } from "../ingest/passages.js";
import type {
  Citation,
  Cited,
  Conflict,
  DatedQuote,
  KnowledgeFacts,
  ModelEntry,
  ModelFact,
  Quote,
  TimelineEvent,
} from "../knowledge/types.js";

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

/** A citation without its document's title, which the document gives back. */
type PackedCitation = Omit<Citation, "title">;
/** A cited value without its quote and its citation's title. */
type PackedCited<T extends Cited> = Omit<T, "quote" | "source"> & { source: PackedCitation };

type PackedConflict = Omit<Conflict, "values"> & {
  values: PackedCited<Conflict["values"][number]>[];
};
type PackedModel = Omit<ModelEntry, "released" | "facts" | "conflicts"> & {
  released: PackedCited<DatedQuote>[];
  facts: PackedCited<ModelFact>[];
  conflicts: PackedConflict[];
};
/** `text` is left out when it is the first source's quote, as it nearly always is. */
type PackedEvent = Omit<TimelineEvent, "sources" | "text"> & {
  text?: string;
  sources: PackedCitation[];
};

export interface PackedFacts {
  models: PackedModel[];
  timeline: PackedEvent[];
  conflicts: PackedConflict[];
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

const packCitation = ({ doc, section, start, end }: Citation): PackedCitation => ({
  doc,
  section,
  start,
  end,
});

function unpackQuote(c: PackedCitation, texts: DocumentTexts): Quote {
  const doc = texts(c.doc);
  const { section, start, end } = c;
  return { doc: c.doc, title: doc.title, section, start, end, quote: quoteOf(doc.text, c) };
}

function packCited<T extends Cited>({ quote: _quote, source, ...rest }: T): PackedCited<T> {
  return { ...rest, source: packCitation(source) };
}

function unpackCited<T extends Cited>(item: PackedCited<T>, texts: DocumentTexts): T {
  const { doc, section, start, end } = item.source;
  const { title, text } = texts(doc);
  return {
    ...item,
    source: { doc, title, section, start, end },
    quote: quoteOf(text, item.source),
  } as T;
}

const packConflict = (c: Conflict): PackedConflict => ({ ...c, values: c.values.map(packCited) });
const unpackConflict = (c: PackedConflict, texts: DocumentTexts): Conflict => ({
  ...c,
  values: c.values.map((v) => unpackCited(v, texts)),
});

function packEvent({ text, sources, ...rest }: TimelineEvent): PackedEvent {
  const packed = { ...rest, sources: sources.map(packCitation) };
  return text === sources[0]?.quote ? packed : { ...packed, text };
}

function unpackEvent({ text, sources: packed, ...rest }: PackedEvent, texts: DocumentTexts) {
  const sources = packed.map((s) => unpackQuote(s, texts));
  return { ...rest, text: text ?? sources[0]?.quote ?? "", sources };
}

export function packFacts(facts: KnowledgeFacts): PackedFacts {
  return {
    models: facts.models.map((m) => ({
      ...m,
      released: m.released.map(packCited),
      facts: m.facts.map(packCited),
      conflicts: m.conflicts.map(packConflict),
    })),
    timeline: facts.timeline.map(packEvent),
    conflicts: facts.conflicts.map(packConflict),
  };
}

/**
 * Gives `target` an enumerable getter per part that computes it on first read and keeps it, so
 * JSON output and equality see plain values.
 */
function withLazy<T extends object, L extends object>(
  target: T,
  parts: { [K in keyof L]: () => L[K] },
): T & L {
  for (const key of Object.keys(parts) as (keyof L)[]) {
    let value: { v: L[keyof L] } | undefined;
    Object.defineProperty(target, key, {
      enumerable: true,
      get: () => {
        value ??= { v: parts[key]() };
        return value.v;
      },
    });
  }
  return target as T & L;
}

function unpackModel(m: PackedModel, texts: DocumentTexts): ModelEntry {
  const { id, name, aliases } = m;
  return withLazy(
    { id, name, aliases },
    {
      released: () => m.released.map((r) => unpackCited(r, texts)),
      facts: () => m.facts.map((f) => unpackCited(f, texts)),
      conflicts: () => m.conflicts.map((c) => unpackConflict(c, texts)),
    },
  );
}

/**
 * Reads and unpacks the facts part by part, each when first used: the first answer after
 * start-up needs one model's facts at most, and at 1,000× the seed corpus there are 30,000
 * timeline events and 27,000 model facts.
 */
export function unpackFacts(
  part: <K extends keyof PackedFacts>(key: K) => PackedFacts[K],
  texts: DocumentTexts,
): KnowledgeFacts {
  return withLazy(
    {},
    {
      models: () => part("models").map((m) => unpackModel(m, texts)),
      timeline: () => part("timeline").map((e) => unpackEvent(e, texts)),
      conflicts: () => part("conflicts").map((c) => unpackConflict(c, texts)),
    },
  );
}
