import { quoteOf } from "../ingest/clean.js";
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
import { withLazy } from "./lazy.js";
import type { DocumentTexts } from "./pack-passages.js";

/*
 * The catalog packed as spans (see pack-passages.ts): a quote is cut again from its document,
 * a citation's title comes back from the document. Each part of the catalog and of a model
 * entry has one codec in the tables below; the packed types, the file's lines and the lazy
 * unpacking all follow from them.
 */

/** Packs a value of type T into P for the file, and reads it back. */
interface Codec<T, P> {
  pack(value: T): P;
  unpack(packed: P, texts: DocumentTexts): T;
}

const listOf = <T, P>(codec: Codec<T, P>): Codec<T[], P[]> => ({
  pack: (values) => values.map((v) => codec.pack(v)),
  unpack: (packed, texts) => packed.map((p) => codec.unpack(p, texts)),
});

/** A citation without its document's title, which the document gives back. */
type PackedCitation = Omit<Citation, "title">;
/** A cited value without its quote and its citation's title. */
type PackedCited<T extends Cited> = Omit<T, "quote" | "source"> & { source: PackedCitation };

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
function cited<T extends Cited>(): Codec<T, PackedCited<T>> {
  return {
    pack(item) {
      const packed: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(item)) {
        if (key === "source") packed.source = packCitation(item.source);
        else if (key !== "quote") packed[key] = value;
      }
      return packed as PackedCited<T>;
    },
    unpack(item, texts) {
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
    },
  };
}

type ConflictValue = Conflict["values"][number];
const conflictValues = listOf(cited<ConflictValue>());
type PackedConflict = Omit<Conflict, "values"> & { values: PackedCited<ConflictValue>[] };

const conflict: Codec<Conflict, PackedConflict> = {
  pack: (c) => ({ ...c, values: conflictValues.pack(c.values) }),
  unpack: (c, texts) => ({ ...c, values: conflictValues.unpack(c.values, texts) }),
};

/** `text` is left out when it is the first source's quote, as it nearly always is. */
type PackedEvent = Omit<TimelineEvent, "sources" | "text"> & {
  text?: string;
  sources: PackedCitation[];
};

const event: Codec<TimelineEvent, PackedEvent> = {
  pack({ text, sources, ...rest }) {
    const packed = { ...rest, sources: sources.map(packCitation) };
    return text === sources[0]?.quote ? packed : { ...packed, text };
  },
  unpack(packed, texts) {
    const sources = packed.sources.map((s) => unpackQuote(s, texts));
    const { date, category, models } = packed;
    return { date, text: packed.text ?? sources[0]?.quote ?? "", category, models, sources };
  },
};

type PartCodecs<T> = { [K in keyof T]: Codec<T[K], unknown> };
type Packed<C> = { [K in keyof C]: C[K] extends Codec<unknown, infer P> ? P : never };

/** Walks a table of codecs: `each(codec, key)` for every part, in the table's order. */
function eachPart<C extends object, R>(
  codecs: C,
  each: (codec: Codec<unknown, unknown>, key: keyof C) => R,
): { [K in keyof C]: R } {
  const out = {} as { [K in keyof C]: R };
  for (const key of Object.keys(codecs) as (keyof C)[]) {
    out[key] = each(codecs[key] as Codec<unknown, unknown>, key);
  }
  return out;
}

type ModelName = Pick<ModelEntry, "id" | "name" | "aliases">;

/** A model entry's lists, unpacked each on first read. */
const MODEL_PARTS = {
  released: listOf(cited<DatedQuote>()),
  facts: listOf(cited<ModelFact>()),
  conflicts: listOf(conflict),
} satisfies PartCodecs<Omit<ModelEntry, keyof ModelName>>;

type PackedModel = ModelName & Packed<typeof MODEL_PARTS>;

const model: Codec<ModelEntry, PackedModel> = {
  pack: (m) => {
    const { id, name, aliases } = m;
    const parts = eachPart(MODEL_PARTS, (codec, key) => codec.pack(m[key]));
    return { id, name, aliases, ...parts } as PackedModel;
  },
  unpack: (m, texts) => {
    const { id, name, aliases } = m;
    const parts = eachPart(MODEL_PARTS, (codec, key) => () => codec.unpack(m[key], texts));
    return withLazy({ id, name, aliases }, parts) as ModelEntry;
  },
};

/**
 * The catalog's parts, each a line of the prebuilt file, read and unpacked when first used: the
 * first answer after start-up needs one model's facts at most, and at 1,000× the seed corpus
 * there are 30,000 timeline events and 27,000 model facts.
 */
const CATALOG_PARTS = {
  models: listOf(model),
  timeline: listOf(event),
  conflicts: listOf(conflict),
} satisfies PartCodecs<Catalog>;

export type PackedCatalog = Packed<typeof CATALOG_PARTS>;
export type CatalogPart = keyof PackedCatalog;
export const CATALOG_LINES = Object.keys(CATALOG_PARTS) as CatalogPart[];
/** What the packed form is made of, for the prebuilt file's fingerprint. */
export const CATALOG_SHAPE = { catalog: CATALOG_LINES, model: Object.keys(MODEL_PARTS) };

export function packCatalog(catalog: Catalog): PackedCatalog {
  return eachPart(CATALOG_PARTS, (codec, key) => codec.pack(catalog[key])) as PackedCatalog;
}

/** The catalog, each part read by `part` and unpacked on first use. */
export function unpackCatalog(
  part: <K extends CatalogPart>(key: K) => PackedCatalog[K],
  texts: DocumentTexts,
): Catalog {
  const parts = eachPart(CATALOG_PARTS, (codec, key) => () => codec.unpack(part(key), texts));
  return withLazy({}, parts) as Catalog;
}
