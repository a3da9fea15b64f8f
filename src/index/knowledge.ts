import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusDocument } from "../ingest/document.js";
import { ingest } from "../ingest/ingest.js";
import { loadCorpus } from "../ingest/load-corpus.js";
import { loadCuratedFacts } from "../knowledge/curated.js";
import { extractFacts } from "../knowledge/extract.js";
import type { KnowledgeFacts } from "../knowledge/types.js";
import { ALIASES_FILE, DOCUMENTS_DIR, FACTS_FILE, PREBUILT_INDEX } from "../paths.js";
import { loadAliases } from "./aliases.js";
import { SearchIndex, type SerializedIndex } from "./search-index.js";

/** Bump when the serialized shape or the analysis changes, so stale prebuilt indexes are rebuilt. */
const FORMAT_VERSION = 2;

export type DocumentInfo = Omit<CorpusDocument, "text">;

/** Everything the engine answers from. */
export interface Knowledge {
  documents: DocumentInfo[];
  index: SearchIndex;
  /** The model catalog, the timeline and the disagreements between sources. */
  facts: KnowledgeFacts;
  /** Hash of the corpus files and format version the knowledge was built from. */
  fingerprint: string;
}

export interface KnowledgeSources {
  documentsDir: string;
  aliasesFile: string;
  /** Curated facts; optional, a corpus without one has only what the rules extract. */
  factsFile?: string;
}

export const DEFAULT_SOURCES: KnowledgeSources = {
  documentsDir: DOCUMENTS_DIR,
  aliasesFile: ALIASES_FILE,
  factsFile: FACTS_FILE,
};

interface SerializedKnowledge {
  fingerprint: string;
  documents: DocumentInfo[];
  index: SerializedIndex;
  facts: KnowledgeFacts;
}

/** Hash of every input file, so a prebuilt index is used only for the corpus it was built from. */
export function fingerprintOf(sources: KnowledgeSources): string {
  const hash = createHash("sha256").update(`format ${FORMAT_VERSION}\n`);
  hash.update(readFileSync(sources.aliasesFile));
  if (sources.factsFile && existsSync(sources.factsFile))
    hash.update(readFileSync(sources.factsFile));
  for (const name of readdirSync(sources.documentsDir).sort()) {
    hash.update(`\n${name}\n`).update(readFileSync(join(sources.documentsDir, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

export function buildKnowledge(sources: KnowledgeSources = DEFAULT_SOURCES): Knowledge {
  const documents = loadCorpus(sources.documentsDir);
  const aliases = loadAliases(sources.aliasesFile);
  const passages = ingest(documents);
  const index = SearchIndex.build(passages, aliases);
  const curated =
    sources.factsFile && existsSync(sources.factsFile)
      ? loadCuratedFacts(sources.factsFile, documents, passages)
      : [];
  return {
    documents: documents.map(({ text: _text, ...info }) => info),
    index,
    facts: extractFacts(aliases, passages, curated),
    fingerprint: fingerprintOf(sources),
  };
}

export function saveKnowledge(knowledge: Knowledge, path = PREBUILT_INDEX): void {
  const data: SerializedKnowledge = {
    fingerprint: knowledge.fingerprint,
    documents: knowledge.documents,
    index: knowledge.index.toJSON(),
    facts: knowledge.facts,
  };
  writeFileSync(path, JSON.stringify(data));
}

/**
 * Loads the prebuilt index when it matches the corpus on disk, else builds from the corpus, so
 * a document dropped into corpus/ is always served, prebuilt or not.
 */
export function loadKnowledge(
  sources: KnowledgeSources = DEFAULT_SOURCES,
  path = PREBUILT_INDEX,
): Knowledge {
  const fingerprint = fingerprintOf(sources);
  if (existsSync(path)) {
    const data = JSON.parse(readFileSync(path, "utf8")) as SerializedKnowledge;
    if (data.fingerprint === fingerprint) {
      const aliases = loadAliases(sources.aliasesFile);
      return {
        documents: data.documents,
        index: SearchIndex.load(data.index, aliases),
        facts: data.facts,
        fingerprint,
      };
    }
  }
  return buildKnowledge(sources);
}
