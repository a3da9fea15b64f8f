import type { SearchIndex } from "../../index/search-index.js";
import { type LexiconData, unpackPairs } from "../../ingest/load-lexicon.js";
import { MONTH_NAMES } from "../../text/dates.js";
import { remembered } from "../../text/remembered.js";
import { baseTokens, stemToken } from "../../text/tokens.js";
import { RANKING } from "../ranking.js";

/** A document term that may stand for a question's word, and how far it can be trusted. */
export interface Related {
  term: string;
  /** 0 to 1: the share of the word's weight a passage earns by holding this term instead. */
  weight: number;
}

interface Phrase {
  /** The words, as typed (plain lower case), or as stems for a resource's phrases. */
  words: string[];
  byStem: boolean;
  /** What the phrase stands for, worked out when a question first uses it. */
  related: () => Related[];
}

/** A function computing its value once, when first called. */
function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= compute();
    return value;
  };
}

/** The lexicon made ready for one index: every target a term that index has. */
export interface CompiledLexicon {
  data: LexiconData;
  /** Related terms of a question term, best first. */
  related(term: string): Related[];
  /** Whether a dictionary knows the word: an unknown word is a typo or chat, not a meaning. */
  isWord(term: string): boolean;
  /** Phrases as typed and phrases by stems, by their first word, longest first. */
  typedPhrases: PhrasesByFirstWord;
  stemPhrases: PhrasesByFirstWord;
}

interface PhrasesByFirstWord {
  get(word: string): Phrase[] | undefined;
}

function byFirstWord(phrases: Phrase[]): Map<string, Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const phrase of phrases.sort((a, b) => b.words.length - a.words.length)) {
    const first = phrase.words[0] as string;
    const list = map.get(first);
    if (list) list.push(phrase);
    else map.set(first, [phrase]);
  }
  return map;
}

/** The targets the index has, best first, each once at its best weight, at most `maxRelated`. */
export function keepRelated(index: SearchIndex, targets: Iterable<Related>): Related[] {
  const best = new Map<string, number>();
  for (const { term, weight } of targets) {
    if (index.frequency(term) === 0) continue;
    best.set(term, Math.max(weight, best.get(term) ?? 0));
  }
  return [...best]
    .map(([term, weight]) => ({ term, weight }))
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, RANKING.maxRelated);
}

/** A hand-kept target is written as plain words ("parameters"): analyzed like the documents. */
function analyzeTargets(index: SearchIndex, targets: [string, number][], trust: number) {
  return targets.flatMap(([words, weight]) =>
    index.analyze(words).map((term) => ({ term, weight: weight * trust })),
  );
}

function readPhrase(index: SearchIndex, key: string, targets: [string, number][]): Phrase {
  const byStem = key.startsWith("~");
  const trust = byStem ? (RANKING.trust.wordnet ?? 0.5) : (RANKING.trust.paraphrases ?? 1);
  return {
    words: byStem ? key.slice(1).split(" ") : baseTokens(key),
    byStem,
    related: once(() =>
      keepRelated(
        index,
        byStem
          ? targets.map(([term, weight]) => ({ term, weight: weight * trust }))
          : analyzeTargets(index, targets, trust),
      ),
    ),
  };
}

/**
 * The resources' phrases ("~shut down": thousands, every one of several words) by their first
 * stem, each list read when a question first holds that stem: reading them all made the first
 * question of a process wait ~20 ms for phrases it never meets.
 */
function stemPhrasesOf(index: SearchIndex, data: LexiconData): PhrasesByFirstWord {
  const keys = new Map<string, string[]>();
  for (const key of Object.keys(data.phrases)) {
    if (!key.startsWith("~")) continue;
    const space = key.indexOf(" ");
    const first = key.slice(1, space < 0 ? undefined : space);
    const list = keys.get(first);
    if (list) list.push(key);
    else keys.set(first, [key]);
  }
  const read = new Map<string, Phrase[]>();
  return {
    get: (word) => {
      let phrases = read.get(word);
      if (!phrases) {
        const group = keys.get(word);
        if (!group) return undefined;
        const all = group.map((key) => readPhrase(index, key, data.phrases[key] ?? []));
        phrases = byFirstWord(all.filter((p) => p.words.length > 1)).get(word) ?? [];
        read.set(word, phrases);
      }
      return phrases;
    },
  };
}

/** Month names as terms: word vectors put July next to June, but a date is not another. */
const MONTHS = new Set(MONTH_NAMES.map((m) => stemToken(m.toLowerCase()) ?? m));

const compiled = new WeakMap<SearchIndex, WeakMap<LexiconData, CompiledLexicon>>();

export function compileLexicon(index: SearchIndex, data: LexiconData): CompiledLexicon {
  const forIndex = remembered(compiled, index, () => new WeakMap<LexiconData, CompiledLexicon>());
  return remembered(forIndex, data, () => compile(index, data));
}

function compile(index: SearchIndex, data: LexiconData): CompiledLexicon {
  // The phrases as typed (a few dozen, "how big"); a resource's are all of several words.
  const phrases = Object.entries(data.phrases)
    .filter(([key]) => !key.startsWith("~"))
    .map(([key, targets]) => readPhrase(index, key, targets));
  // A one-word phrase ("cheap" → price) is a related word like a resource's, trusted more.
  const single = new Map<string, Related[]>();
  for (const p of phrases) {
    const key = p.words.length === 1 ? stemToken(p.words[0] as string) : null;
    if (key) single.set(key, [...(single.get(key) ?? []), ...p.related()]);
  }
  const relatedCache = new Map<string, Related[]>();
  const related = (term: string): Related[] => {
    let found = relatedCache.get(term);
    if (!found) {
      const all: Related[] = [...(single.get(term) ?? [])];
      for (const [resource, map] of Object.entries(data.related)) {
        const trust = RANKING.trust[resource] ?? 0.5;
        const packed = map.get(term);
        if (!packed) continue;
        for (const [t, w] of unpackPairs(packed)) {
          if (t !== term && !(MONTHS.has(term) && MONTHS.has(t))) {
            all.push({ term: t, weight: w * trust });
          }
        }
      }
      found = keepRelated(index, all);
      relatedCache.set(term, found);
    }
    return found;
  };
  const usable = phrases.filter((p) => p.words.length > 1);
  const lexicon: CompiledLexicon = {
    data,
    related,
    isWord: (term) =>
      data.wordRank.has(term) ||
      Object.values(data.related).some((map) => map.has(term)) ||
      index.frequency(term) > 0,
    typedPhrases: byFirstWord(usable),
    stemPhrases: stemPhrasesOf(index, data),
  };
  return lexicon;
}

/** Where a phrase occurs among a question's tokens: the first token and how many it spans. */
export interface PhraseMatch {
  index: number;
  length: number;
  /** What it stands for in the documents; none for a hand-kept phrase they lack. */
  related: Related[];
}

/** Phrases starting at each position of `words` (tokens or stems), by their first word. */
function matchesIn(
  byFirst: PhrasesByFirstWord,
  words: readonly (string | null)[],
  at: (k: number) => number,
  skippable: ReadonlySet<string> = NONE,
): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  words.forEach((word, i) => {
    for (const phrase of (word && byFirst.get(word)) || []) {
      const end = phraseEnd(phrase.words, words, i, skippable);
      if (end < 0) continue;
      // A resource's phrase none of whose targets the documents have stands for nothing here;
      // a hand-kept one ("go public": IPO) is still what it means, a thing they lack.
      const related = phrase.related();
      if (related.length === 0 && phrase.byStem) continue;
      found.push({ index: at(i), length: at(end) - at(i) + 1, related });
    }
  });
  return found;
}

const NONE: ReadonlySet<string> = new Set();

/** The most filler words a phrase may hold between two of its own: "who actually started". */
const MAX_SKIPPED = 2;

/**
 * Where the phrase starting at `start` ends among `words` (the index of its last word), or -1:
 * its words in order, with up to MAX_SKIPPED `skippable` words between two of them ("who
 * actually started" is "who started"; chat.json filler).
 */
function phraseEnd(
  phrase: readonly string[],
  words: readonly (string | null)[],
  start: number,
  skippable: ReadonlySet<string>,
): number {
  let at = start;
  for (let k = 1; k < phrase.length; k++) {
    at++;
    let skipped = 0;
    while (words[at] !== phrase[k] && skippable.has(words[at] ?? "") && skipped < MAX_SKIPPED) {
      at++;
      skipped++;
    }
    if (words[at] !== phrase[k]) return -1;
  }
  return at;
}

/**
 * Phrases in a question, left to right, longest first, never overlapping. Typed phrases match
 * the words as typed ("how big"), a resource's phrases match the stems of the content words
 * ("shut down" in "shutting it down" does not, "shutting down" does).
 */
export function matchPhrases(lexicon: CompiledLexicon, tokens: readonly string[]): PhraseMatch[] {
  const content = tokens.flatMap((token, i) => {
    const stem = stemToken(token);
    return stem === null ? [] : [{ stem, i }];
  });
  const candidates = [
    ...matchesIn(lexicon.typedPhrases, tokens, (k) => k, lexicon.data.filler),
    ...matchesIn(
      lexicon.stemPhrases,
      content.map((c) => c.stem),
      (k) => content[k]?.i ?? -1,
    ),
  ].sort((a, b) => a.index - b.index || b.length - a.length);
  const chosen: PhraseMatch[] = [];
  for (const match of candidates) {
    const last = chosen.at(-1);
    if (!last || match.index >= last.index + last.length) chosen.push(match);
  }
  return chosen;
}
