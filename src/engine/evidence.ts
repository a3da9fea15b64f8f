import type { Concept } from "../index/analyzer.js";
import type { SearchIndex } from "../index/search-index.js";
import type { Passage } from "../ingest/passages.js";

/** What the index reads in one sentence: its terms (for coverage) and concepts (for positions). */
export interface SentenceEvidence {
  terms: ReadonlySet<string>;
  concepts: readonly Concept[];
}

/** Computed on first use: only candidates of some question are ever analyzed twice. */
const cache = new WeakMap<Passage, SentenceEvidence[]>();

export function sentenceEvidence(index: SearchIndex, passage: Passage): SentenceEvidence[] {
  let evidence = cache.get(passage);
  if (!evidence) {
    evidence = passage.sentences.map((s) => ({
      terms: new Set(index.analyze(s.text)),
      concepts: index.concepts(s.text),
    }));
    cache.set(passage, evidence);
  }
  return evidence;
}
