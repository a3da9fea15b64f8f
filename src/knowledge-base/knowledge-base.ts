/**
 * The knowledge base, everything the engine answers from: the search index over the corpus's
 * passages and the catalog extracted from them, built from the corpus (build.ts), written to and
 * read back from one prebuilt file (file.ts, pack.ts). This module is its only entry: the
 * layers above import from here, never from the files behind it.
 */
export { buildKnowledge } from "./build.js";
export { loadKnowledge, prebuiltFingerprint, saveKnowledge } from "./file.js";
export type { DocumentInfo, Knowledge } from "./knowledge.js";
export { DEFAULT_SOURCES, fingerprintOf, type KnowledgeSources } from "./sources.js";
