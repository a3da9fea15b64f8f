import { SearchIndex } from "../index/search-index.js";
import { ingest } from "../ingest/ingest.js";
import { loadAliases } from "../ingest/load-aliases.js";
import { parseCorpus } from "../ingest/load-corpus.js";
import { loadCuratedFacts } from "../knowledge/curated.js";
import { extractCatalog } from "../knowledge/extract.js";
import { documentInfo, type Knowledge } from "./knowledge.js";
import {
  DEFAULT_SOURCES,
  hasFactsFile,
  type KnowledgeSources,
  lexiconOf,
  measuresOf,
  modelWordsOf,
  type ReadSources,
  readSources,
  timelineWordsOf,
} from "./sources.js";

/** Builds the knowledge base from the corpus: ingest, index, extract the catalog. */
export function buildKnowledge(sources: KnowledgeSources = DEFAULT_SOURCES): Knowledge {
  return buildFrom(sources, readSources(sources));
}

export function buildFrom(
  sources: KnowledgeSources,
  { files, fingerprint }: ReadSources,
): Knowledge {
  const documents = parseCorpus(files);
  const aliases = loadAliases(sources.aliasesFile);
  const passages = ingest(documents);
  const index = SearchIndex.build(passages, aliases);
  const curated = hasFactsFile(sources)
    ? loadCuratedFacts(sources.factsFile, documents, passages)
    : [];
  const modelWords = modelWordsOf(sources);
  return {
    documents: documents.map(documentInfo),
    index,
    catalog: extractCatalog(aliases, passages, curated, timelineWordsOf(sources), modelWords),
    lexicon: lexiconOf(sources),
    measures: measuresOf(sources),
    modelWords,
    fingerprint,
  };
}
