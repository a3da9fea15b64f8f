import { quoteOf } from "../ingest/clean.js";
import type { CorpusDocument } from "../ingest/document.js";
import type { Passage, Sentence } from "../ingest/passages.js";
import type {
  Catalog,
  Citation,
  Cited,
  Conflict,
  DatedQuote,
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

// Packing and unpacking keep each key where it was, and put the quote back right after its
// source, so a loaded fact prints the same JSON as a freshly built one.
function packCited<T extends Cited>(item: T): PackedCited<T> {
  const packed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === "source") packed.source = packCitation(item.source);
    else if (key !== "quote") packed[key] = value;
  }
  return packed as PackedCited<T>;
}

function unpackCited<T extends Cited>(item: PackedCited<T>, texts: DocumentTexts): T {
  const unpacked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key !== "source") {
      unpacked[key] = value;
      continue;
    }
    const { quote, ...source } = unpackQuote(item.source, texts);
    unpacked.source = source;
    unpacked.quote = quote;
  }
  return unpacked as T;
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

function unpackEvent(event: PackedEvent, texts: DocumentTexts): TimelineEvent {
  const sources = event.sources.map((s) => unpackQuote(s, texts));
  const { date, category, models } = event;
  return { date, text: event.text ?? sources[0]?.quote ?? "", category, models, sources };
}

export function packFacts(facts: Catalog): PackedFacts {
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
 * Gives `target` a getter per part that computes it on first read and then turns into a plain
 * writable property holding the value, so JSON output, equality and assignment all see plain
 * data, and the part's inputs can be collected once it is made.
 */
function withLazy<T extends object, L extends object>(
  target: T,
  parts: { [K in keyof L]: () => L[K] },
): T & L {
  for (const key of Object.keys(parts) as (keyof L)[]) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = parts[key]();
        Object.defineProperty(target, key, { value, enumerable: true, writable: true });
        return value;
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
): Catalog {
  return withLazy(
    {},
    {
      models: () => part("models").map((m) => unpackModel(m, texts)),
      timeline: () => part("timeline").map((e) => unpackEvent(e, texts)),
      conflicts: () => part("conflicts").map((c) => unpackConflict(c, texts)),
    },
  );
}
