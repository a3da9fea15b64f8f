import type { Concept } from "../index/analyzer.js";
import type { SearchIndex } from "../index/search-index.js";
import type { Passage } from "../ingest/passages.js";

/** What the index reads in one sentence: its terms (for coverage) and concepts (for positions). */
export interface SentenceEvidence {
  /** Its own terms, plus those of the line that introduces it when it is a list item. */
  terms: ReadonlySet<string>;
  concepts: readonly Concept[];
}

/** A line that introduces a list ("The MoE framework in DeepSeek-V3 consists of:"). */
const INTRODUCES_LIST = /:$/;
/** A list item is a fragment: no full stop at its end. */
const FULL_STOP = /[.!?。！？]["”’)\]]*$/u;

/** Computed on first use: only candidates of some question are ever analyzed twice. */
const cache = new WeakMap<Passage, SentenceEvidence[]>();

export function sentenceEvidence(index: SearchIndex, passage: Passage): SentenceEvidence[] {
  let evidence = cache.get(passage);
  if (!evidence) {
    // "256 routed experts per layer" is about DeepSeek-V3 because the line above says so.
    let intro: Set<string> | null = null;
    evidence = passage.sentences.map((s) => {
      const terms = new Set(index.analyze(s.text));
      const own = new Set(terms);
      if (intro && !FULL_STOP.test(s.text)) for (const term of intro) terms.add(term);
      else intro = null;
      if (INTRODUCES_LIST.test(s.text)) intro = own;
      return { terms, concepts: index.concepts(s.text) };
    });
    cache.set(passage, evidence);
  }
  return evidence;
}
