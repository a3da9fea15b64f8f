import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { SearchIndex, type SerializedIndex } from "../index/search-index.js";
import { type CorpusDocument, documentMetaSchema } from "../ingest/document.js";
import { loadAliases } from "../ingest/load-aliases.js";
import { type CorpusFile, splitDocument } from "../ingest/load-corpus.js";
import {
  type PackedLexicon,
  packLexicon,
  unpackLexicon,
  wellFormedLexicon,
} from "../ingest/load-lexicon.js";
import { PREBUILT_INDEX } from "../paths.js";
import { buildFrom } from "./build.js";
import type { DocumentInfo, Knowledge } from "./knowledge.js";
import {
  CATALOG_LINES,
  type CatalogPart,
  type PackedCatalog,
  packCatalog,
  unpackCatalog,
} from "./pack-catalog.js";
import {
  documentTexts,
  type PackedPassage,
  packPassages,
  unpackPassages,
} from "./pack-passages.js";
import {
  DEFAULT_SOURCES,
  type KnowledgeSources,
  measuresOf,
  modelWordsOf,
  type ReadSources,
  readSources,
} from "./sources.js";

/**
 * The prebuilt file: one JSON value per line, in this order. A stale file is recognised from
 * its first line, and each part of the catalog is parsed only when first read. Spans only: the
 * text is cut again from the documents on load (see pack-passages.ts). The documents' metadata
 * and the lexicon are stored as validated when the file was built, so a start parses no front
 * matter (nor loads the YAML parser) and validates no lexicon file: the fingerprint covers
 * every file they came from.
 */
interface SerializedKnowledge extends PackedCatalog {
  fingerprint: string;
  passages: PackedPassage[];
  index: SerializedIndex;
  documents: DocumentInfo[];
  lexicon: PackedLexicon;
}
type Line = keyof SerializedKnowledge;
const LINES: readonly Line[] = [
  "fingerprint",
  "passages",
  "index",
  "documents",
  "lexicon",
  ...CATALOG_LINES,
];

/**
 * JSON with every non-ASCII character escaped. Node reads an all-ASCII file into a one-byte
 * string, twice as fast as decoding UTF-8 into a two-byte one; one Chinese name would force that.
 */
function asciiJson(data: unknown): string {
  return JSON.stringify(data).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function saveKnowledge(knowledge: Knowledge, path = PREBUILT_INDEX): void {
  const data: SerializedKnowledge = {
    fingerprint: knowledge.fingerprint,
    passages: packPassages(knowledge.index.passages),
    index: knowledge.index.toJSON(),
    documents: knowledge.documents,
    lexicon: packLexicon(knowledge.lexicon),
    ...packCatalog(knowledge.catalog),
  };
  // Written aside and renamed, so a reader never sees half a file.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, `${LINES.map((line) => asciiJson(data[line])).join("\n")}\n`);
  renameSync(partial, path);
}

/** The prebuilt file's lines, or none when it is missing or cut short (no final line break). */
function readLines(path: string): string[] {
  const lines = existsSync(path) ? readFileSync(path, "utf8").split("\n") : [];
  return lines.length > LINES.length ? lines : [];
}

function parseLine<K extends Line>(lines: readonly string[], key: K): SerializedKnowledge[K] {
  return JSON.parse(lines[LINES.indexOf(key)] ?? "null");
}

/** The fingerprint a prebuilt file was built for, or null when there is no whole file. */
export function prebuiltFingerprint(path = PREBUILT_INDEX): string | null {
  const lines = readLines(path);
  return lines.length > 0 ? parseLine(lines, "fingerprint") : null;
}

/**
 * Loads the prebuilt index when it matches the corpus on disk, else builds from the corpus, so
 * a document dropped into corpus/ is always served, prebuilt or not.
 */
export function loadKnowledge(
  sources: KnowledgeSources = DEFAULT_SOURCES,
  path = PREBUILT_INDEX,
): Knowledge {
  const read = readSources(sources);
  return loadPrebuilt(sources, read, path) ?? buildFrom(sources, read);
}

/** The prebuilt file's knowledge, or null when there is none, it is stale, or it is damaged. */
function loadPrebuilt(
  sources: KnowledgeSources,
  read: ReadSources,
  path: string,
): Knowledge | null {
  const lines = readLines(path);
  try {
    if (lines.length === 0 || parseLine(lines, "fingerprint") !== read.fingerprint) return null;
    const documents = storedDocuments(parseLine(lines, "documents"), read.files);
    if (!documents) return null;
    const texts = documentTexts(documents);
    const packed = parseLine(lines, "passages");
    const serialized = parseLine(lines, "index");
    if (!wellFormed(packed, serialized, documents)) return null;
    const lexicon: unknown = parseLine(lines, "lexicon");
    if (!wellFormedLexicon(lexicon, read.lexiconFiles)) return null;
    const passages = unpackPassages(packed, texts);
    const index = SearchIndex.load(serialized, passages, loadAliases(sources.aliasesFile));
    // The catalog's lines, copied out of the file's string (it is all ASCII) so that string can
    // be collected; each is parsed when first used, then dropped.
    const later = new Map(
      CATALOG_LINES.map((key) => [key, Buffer.from(lines[LINES.indexOf(key)] ?? "", "latin1")]),
    );
    const take = <K extends CatalogPart>(key: K): PackedCatalog[K] => {
      const value = JSON.parse(later.get(key)?.toString("latin1") ?? "null");
      later.delete(key);
      return value;
    };
    return {
      documents: documents.map(({ text: _text, ...info }) => info),
      index,
      catalog: unpackCatalog(take, texts),
      lexicon: unpackLexicon(lexicon, sources.lexiconDir),
      measures: measuresOf(sources),
      modelWords: modelWordsOf(sources),
      fingerprint: read.fingerprint,
    };
  } catch (error) {
    // A damaged file is rebuilt from the corpus, like a stale one.
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

/**
 * The corpus documents: the metadata the file stores, checked against the schema again, with
 * each text cut from its file as `parseDocument` cuts it. Null when the stored list does not
 * name the corpus's files in order with valid, distinct metadata (a file gutted or tampered
 * with): the corpus is then parsed afresh.
 */
function storedDocuments(stored: unknown, files: readonly CorpusFile[]): CorpusDocument[] | null {
  if (!Array.isArray(stored) || stored.length !== files.length) return null;
  const ids = new Set<string>();
  const documents: CorpusDocument[] = [];
  for (const [i, file] of files.entries()) {
    const { file: name, ...fields } = (stored[i] ?? {}) as Partial<DocumentInfo>;
    const meta = documentMetaSchema.safeParse(fields);
    const split = splitDocument(file.source);
    if (name !== file.name || !meta.success || !split || split.text.trim() === "") return null;
    if (ids.has(meta.data.id)) return null;
    ids.add(meta.data.id);
    documents.push({ ...meta.data, file: file.name, text: split.text });
  }
  return documents;
}

/**
 * Whether the file's passages and index have the shape this code wrote, so a file that parses
 * and carries the right fingerprint but was gutted or tampered with is rebuilt, not served: at
 * least one passage, each a span inside a document of the corpus, and an index of exactly those
 * passages with postings.
 */
function wellFormed(
  passages: unknown,
  index: unknown,
  documents: readonly { id: string; text: string }[],
): passages is PackedPassage[] {
  if (!Array.isArray(passages) || passages.length === 0) return false;
  const lengths = new Map(documents.map((doc) => [doc.id, doc.text.length]));
  for (const p of passages as Partial<PackedPassage>[]) {
    const length = lengths.get(p?.docId as string);
    if (length === undefined || typeof p.id !== "string" || typeof p.section !== "string")
      return false;
    const { start, end, sentences } = p;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return false;
    if ((start as number) < 0 || (start as number) >= (end as number) || (end as number) > length)
      return false;
    if (!Array.isArray(sentences) || sentences.length % 2 !== 0) return false;
  }
  const data = index as Partial<SerializedIndex> | null;
  const mini = data?.miniSearch as { documentCount?: unknown; index?: unknown } | undefined;
  return (
    typeof data === "object" &&
    data !== null &&
    Array.isArray(data.documentFrequency) &&
    data.documentFrequency.length > 0 &&
    mini?.documentCount === passages.length &&
    Array.isArray(mini.index) &&
    mini.index.length > 0
  );
}
