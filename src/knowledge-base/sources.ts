import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { type CorpusFile, readCorpusFiles } from "../ingest/load-corpus.js";
import { ALIASES_FILE, DOCUMENTS_DIR, FACTS_FILE } from "../paths.js";

/** Bump when the serialized shape or the analysis changes, so stale prebuilt indexes are rebuilt. */
const FORMAT_VERSION = 4;

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

export interface ReadSources {
  files: CorpusFile[];
  /** Hash of every input, so a prebuilt index is used only for the corpus it was built from. */
  fingerprint: string;
}

/** Reads the corpus files once, for the fingerprint and for parsing alike. */
export function readSources(sources: KnowledgeSources): ReadSources {
  const files = readCorpusFiles(sources.documentsDir);
  const hash = createHash("sha256").update(`format ${FORMAT_VERSION}\n`);
  hash.update(readFileSync(sources.aliasesFile));
  if (hasFactsFile(sources)) hash.update(readFileSync(sources.factsFile));
  for (const file of files) hash.update(`\n${file.name}\n`).update(file.bytes);
  return { files, fingerprint: hash.digest("hex").slice(0, 16) };
}

export const hasFactsFile = (
  sources: KnowledgeSources,
): sources is KnowledgeSources & { factsFile: string } =>
  sources.factsFile !== undefined && sources.factsFile !== "" && existsSync(sources.factsFile);

export const fingerprintOf = (sources: KnowledgeSources): string =>
  readSources(sources).fingerprint;
