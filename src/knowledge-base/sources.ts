import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { type CorpusFile, readCorpusFiles } from "../ingest/load-corpus.js";
import {
  EMPTY_LEXICON,
  LEXICON_FILES,
  type LexiconData,
  type LexiconFile,
  lexiconPath,
  loadLexicon,
} from "../ingest/load-lexicon.js";
import { loadMeasures, type MeasureWords } from "../ingest/load-measures.js";
import { loadModelWords, type ModelWords } from "../ingest/load-model-words.js";
import { loadTimelineWords, type TimelineWords } from "../ingest/load-timeline-words.js";
import { FACT_KINDS } from "../knowledge/kinds.js";
import {
  ALIASES_FILE,
  DOCUMENTS_DIR,
  FACTS_FILE,
  LEXICON_DIR,
  MEASURES_FILE,
  MODELS_FILE,
  TIMELINE_FILE,
} from "../paths.js";
import { CATALOG_SHAPE } from "./pack-catalog.js";

/**
 * Bump when the analysis or the extraction rules change, so stale prebuilt files are rebuilt.
 * The kinds of facts and the parts the file packs are in the fingerprint already.
 */
const FORMAT_VERSION = 6;
const FORMAT = JSON.stringify({ version: FORMAT_VERSION, kinds: FACT_KINDS, ...CATALOG_SHAPE });

export interface KnowledgeSources {
  documentsDir: string;
  aliasesFile: string;
  /** Curated facts; optional, a corpus without one has only what the rules extract. */
  factsFile?: string;
  /** The lexicon folder; optional, without one questions are read word for word. */
  lexiconDir?: string;
  /** The words of amounts and names; the shipped corpus/measures.json when not given. */
  measuresFile?: string;
  /** The words that file timeline events; the shipped corpus/timeline.json when not given. */
  timelineFile?: string;
  /** How models are named and shown; the shipped corpus/models.json when not given. */
  modelsFile?: string;
}

export const DEFAULT_SOURCES: KnowledgeSources = {
  documentsDir: DOCUMENTS_DIR,
  aliasesFile: ALIASES_FILE,
  factsFile: FACTS_FILE,
  lexiconDir: LEXICON_DIR,
};

const timelineFileOf = (sources: KnowledgeSources): string => sources.timelineFile ?? TIMELINE_FILE;

/** How timeline events are filed: part of the prebuilt catalog, so in the fingerprint too. */
export const timelineWordsOf = (sources: KnowledgeSources): TimelineWords =>
  loadTimelineWords(timelineFileOf(sources));

const modelsFileOf = (sources: KnowledgeSources): string => sources.modelsFile ?? MODELS_FILE;

/** How models are named and shown: extraction reads it too, so it is in the fingerprint. */
export const modelWordsOf = (sources: KnowledgeSources): ModelWords =>
  loadModelWords(modelsFileOf(sources));

/** Units and name words are language, not corpus: a corpus without its own file uses ours. */
export const measuresOf = (sources: KnowledgeSources): MeasureWords =>
  loadMeasures(sources.measuresFile ?? MEASURES_FILE);

/**
 * The lexicon read from its files and validated. The prebuilt file keeps it validated and packed
 * (its files are in the fingerprint), so this runs when the index is built, not at every start.
 */
export const lexiconOf = (sources: KnowledgeSources): LexiconData =>
  sources.lexiconDir ? loadLexicon(sources.lexiconDir) : EMPTY_LEXICON;

export interface ReadSources {
  files: CorpusFile[];
  /** Hash of every input, so a prebuilt index is used only for the corpus it was built from. */
  fingerprint: string;
  /** The lexicon files that exist (each hashed, or hashed as missing). */
  lexiconFiles: ReadonlySet<LexiconFile>;
}

/** Reads the corpus files once, for the fingerprint and for parsing alike. */
export function readSources(sources: KnowledgeSources): ReadSources {
  const files = readCorpusFiles(sources.documentsDir);
  const hash = createHash("sha256").update(`format ${FORMAT}\n`);
  hash.update(readFileSync(sources.aliasesFile));
  hash.update(readFileSync(timelineFileOf(sources)));
  hash.update(readFileSync(modelsFileOf(sources)));
  if (hasFactsFile(sources)) hash.update(readFileSync(sources.factsFile));
  for (const file of files) hash.update(`\n${file.name}\n`).update(file.bytes);
  const lexiconFiles = new Set<LexiconFile>();
  if (sources.lexiconDir) {
    for (const name of LEXICON_FILES) {
      const path = lexiconPath(sources.lexiconDir, name);
      const present = existsSync(path);
      hash.update(`\nlexicon ${name} ${present ? "present" : "missing"}\n`);
      if (!present) continue;
      hash.update(readFileSync(path));
      lexiconFiles.add(name);
    }
  }
  return { files, fingerprint: hash.digest("hex").slice(0, 16), lexiconFiles };
}

export const hasFactsFile = (
  sources: KnowledgeSources,
): sources is KnowledgeSources & { factsFile: string } =>
  sources.factsFile !== undefined && sources.factsFile !== "" && existsSync(sources.factsFile);

export const fingerprintOf = (sources: KnowledgeSources): string =>
  readSources(sources).fingerprint;
