import { type Concept, hyphenedConcepts, isAliasTerm } from "../index/analyzer.js";
import type { SearchIndex } from "../index/search-index.js";
import type { Passage } from "../ingest/passages.js";
import { remembered } from "../text/remembered.js";

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

/**
 * A sentence that continues the one before about the same thing: "The model is 7B and 1.3B in
 * size" after "DeepSeek-VL was released"; "It", "This model", "He". It inherits the names the
 * sentence before it gives, as a list item inherits its introduction's words.
 */
const CONTINUES = /^(?:the|this|that|these|those|it|its|they|their|he|his|she|her)\b/i;
const isName = (term: string) => isAliasTerm(term);

/** Computed on first use: only candidates of some question are ever analyzed twice. */
const cache = new WeakMap<Passage, SentenceEvidence[]>();

export function sentenceEvidence(index: SearchIndex, passage: Passage): SentenceEvidence[] {
  // Looked up first: the closure `remembered` takes would be built for every candidate ranked.
  return cache.get(passage) ?? remembered(cache, passage, () => readEvidence(index, passage));
}

/**
 * A concept the knowledge keeps, built here rather than kept as `readConcepts` built it. V8
 * allocates an object literal's objects straight in the old generation once most of them outlive
 * a minor GC: kept sentences' concepts taught that to `readConcepts`, whose every question's
 * concepts were then born old, and kept the young strings they name alive through each scavenge.
 */
const keptCopy = (c: Concept): Concept => ({
  term: c.term,
  surface: c.surface,
  start: c.start,
  alias: c.alias,
  nameLike: c.nameLike,
});

function readEvidence(index: SearchIndex, passage: Passage): SentenceEvidence[] {
  // "256 routed experts per layer" is about DeepSeek-V3 because the line above says so.
  let intro: Set<string> | null = null;
  let previous: ReadonlySet<string> = new Set();
  return passage.sentences.map((s) => {
    const terms = new Set(index.analyze(s.text));
    const own = new Set(terms);
    if (intro && !FULL_STOP.test(s.text)) for (const term of intro) terms.add(term);
    else intro = null;
    if (INTRODUCES_LIST.test(s.text)) intro = own;
    if (CONTINUES.test(s.text)) for (const term of previous) if (isName(term)) terms.add(term);
    previous = terms;
    // "DS-1000" is named as "ds1000" too, where it stands: a question's joined name anchors there.
    const concepts = [...index.concepts(s.text), ...hyphenedConcepts(s.text)].map(keptCopy);
    return { terms, concepts: concepts.sort((a, b) => a.start - b.start) };
  });
}
