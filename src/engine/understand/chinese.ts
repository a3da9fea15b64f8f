import { ALIAS_TERM_PREFIX, type Concept } from "../../index/analyzer.js";
import type { SearchIndex } from "../../index/search-index.js";
import type { ChineseLexicon, CueType } from "../../ingest/load-chinese.js";
import { unpackPairs } from "../../ingest/load-lexicon.js";
import { remembered } from "../../text/remembered.js";
import { hanRuns, startsWithHan } from "../../text/script.js";
import type { QueryConcept } from "../question.js";
import { RANKING } from "../ranking.js";
import type { AnswerType } from "./answer-type.js";
import { keepRelated, type Related } from "./lexicon.js";

/**
 * Reads the Chinese of a question: each run of Chinese characters is cut into words, and each
 * word becomes an alias group (梁文锋), a word carried onto the documents' English terms by its
 * CC-CEDICT glosses (发布 → release), or nothing (的, 吗, a cue such as 什么时候). Latin words
 * inside the question (R1, MoE) are left to the analyzer, which reads them as in English.
 */
export interface ChineseReading {
  /** Alias groups the Chinese names, as the analyzer reads a name. */
  aliases: Concept[];
  /** The Chinese words that stand for documents' terms, or for a word the documents lack. */
  concepts: QueryConcept[];
  /**
   * What an amount cue counts: the word of two or more characters right after 多少 or 几个
   * (or after a measure word that follows the cue), and what a measure word counts (几家: companies).
   */
  counted: QueryConcept[];
  /** A word in Latin letters right after an amount cue ("多少token", "多少 GPU"), in lower case. */
  countedLatin: string[];
}

/** The words a segment may be: a dictionary word, an alias name, or a question word. */
interface Vocabulary {
  aliasOf: Map<string, string>;
  question: Set<string>;
  /** Every word a segment may be: dictionary words, alias names, question words. */
  known: Set<string>;
  /** The cues' parts of two or more characters: a word holding one (几个 "a few") asks. */
  longCueParts: string[];
  /** The cues' one-character parts (能 of 能…吗): a word asks only by being one. */
  charCueParts: Set<string>;
  /** The parts of the amount cues: the word after one is what is counted. */
  amountParts: string[];
  /** The longest known word beginning with each character, in characters. */
  longest: Map<string, number>;
}

const vocabularies = new WeakMap<SearchIndex, WeakMap<ChineseLexicon, Vocabulary>>();

function vocabularyOf(index: SearchIndex, zh: ChineseLexicon): Vocabulary {
  const forIndex = remembered(vocabularies, index, () => new WeakMap());
  return remembered(forIndex, zh, () => {
    const aliasOf = new Map<string, string>();
    for (const group of index.aliases.groups) {
      for (const name of group.names) if (isHanWord(name)) aliasOf.set(name, group.id);
    }
    const question = new Set([...zh.filler, ...zh.cues.flatMap((c) => c.parts)]);
    const known = new Set([...Object.keys(zh.words), ...aliasOf.keys(), ...question]);
    const longest = new Map<string, number>();
    for (const word of known) {
      const first = [...word][0] as string;
      longest.set(first, Math.max(longest.get(first) ?? 1, [...word].length));
    }
    const cueParts = [...new Set(zh.cues.flatMap((c) => c.parts))];
    const longCueParts = cueParts.filter((p) => !isOneCharacter(p));
    const charCueParts = new Set(cueParts.filter(isOneCharacter));
    const amountParts = zh.cues.filter((c) => c.type === "quantity").flatMap((c) => c.parts);
    return { aliasOf, question, known, longCueParts, charCueParts, amountParts, longest };
  });
}

/** Whether a word is one character (a code point: a rare Han character takes two code units). */
const isOneCharacter = (word: string): boolean =>
  word.length === 1 || (word.length === 2 && (word.codePointAt(0) as number) > 0xffff);

const isHanWord = (text: string): boolean => /^\p{Script=Han}+$/u.test(text);

/**
 * Cuts a run of Chinese characters into the fewest known words (a dictionary word, an alias
 * name or a question word); characters no word covers stand alone. The fewest words is the
 * longest match in both directions at once: "是什么时候发布" is 是 / 什么时候 / 发布. Between
 * cuts of as many words, a suffix (`isSuffix`: 量, 率) left after a word wins: 参数量 is
 * 参数 / 量 ("parameter amount"), not 参 / 数量.
 */
export function segment(
  run: string,
  known: (word: string) => boolean,
  longest: number | ((first: string) => number),
  isSuffix: (char: string) => boolean = () => false,
): string[] {
  const chars = [...run];
  const longestFrom = typeof longest === "number" ? () => longest : longest;
  // best[i]: fewest words for chars[0, i), unknown characters costing a little more than a word.
  // Each start tries only as long a word as the dictionary has beginning with its character.
  const best: number[] = chars.map(() => Number.POSITIVE_INFINITY);
  best.push(Number.POSITIVE_INFINITY);
  best[0] = 0;
  const from: number[] = [0];
  for (let start = 0; start < chars.length; start++) {
    const reach = Math.min(chars.length, start + Math.max(1, longestFrom(chars[start] as string)));
    let word = "";
    for (let end = start + 1; end <= reach; end++) {
      word += chars[end - 1];
      const single = end - start === 1;
      if (!single && !known(word)) continue;
      const suffix = single && start > 0 && isSuffix(word);
      const cost = (best[start] as number) + (suffix ? 0.99 : single && !known(word) ? 1.1 : 1);
      if (cost < (best[end] as number)) {
        best[end] = cost;
        from[end] = start;
      }
    }
  }
  const words: string[] = [];
  for (let end = chars.length; end > 0; end = from[end] as number) {
    words.unshift(chars.slice(from[end], end).join(""));
  }
  return words;
}

/** What a segment is: a dictionary word, a name or question word, or nothing known. */
type SegmentKind = "word" | "other" | "unknown";

/**
 * The segments as groups of indexes: a character no word covers, with the one-character
 * dictionary words next to it (日活 is 日 "day" and 活, unknown), is one word the dictionary
 * does not know; a lone unknown character is dropped; every other segment is its own group.
 */
function unknownRuns(words: readonly string[], kindOf: (w: string) => SegmentKind): number[][] {
  const groups: number[][] = [];
  let run: number[] = [];
  const close = () => {
    const unknown = run.some((i) => kindOf(words[i] as string) === "unknown");
    if (unknown && run.length >= 2) groups.push(run);
    else if (!unknown) groups.push(...run.map((i) => [i]));
    run = [];
  };
  words.forEach((word, i) => {
    if (isOneCharacter(word) && kindOf(word) !== "other") run.push(i);
    else {
      close();
      groups.push([i]);
    }
  });
  close();
  return groups;
}

/**
 * What a Chinese word's glosses reach: each gloss term, and what the English lexicon relates to
 * that term, as it would for an English question holding it (注册 → register → incorporated),
 * trusted as the product of both steps.
 */
function glossTargets(
  packed: string,
  trust: number,
  english: (term: string) => readonly Related[],
): Related[] {
  return unpackPairs(packed).flatMap(([term, weight]) => [
    { term, weight: weight * trust },
    ...english(term).map((r) => ({ term: r.term, weight: weight * trust * r.weight })),
  ]);
}

/** How a Chinese word weighs: the IDF of the terms it reaches, each by how surely it does. */
function glossWeight(
  index: SearchIndex,
  related: readonly { term: string; weight: number }[],
  specificity: (term: string) => number,
): number {
  let sum = 0;
  let weights = 0;
  for (const r of related) {
    sum += r.weight * index.idf(r.term) * specificity(r.term);
    weights += r.weight;
  }
  return weights === 0 ? 0 : sum / weights;
}

/** What a measure word counts, as a concept of the documents' terms: 家 → companies. */
function classifiedConcept(index: SearchIndex, word: string, english: readonly string[]) {
  const terms = [...new Set(english.flatMap((w) => index.concepts(w).map((c) => c.term)))];
  return { surface: word, kind: "gloss", terms, related: [], weight: 0 } satisfies QueryConcept;
}

/**
 * How the English side reads a gloss: how specific a term is, and what the English lexicon
 * relates to it. One object per lexicon: what a word's glosses reach is remembered per object.
 */
export interface GlossReader {
  specificity(term: string): number;
  related(term: string): readonly Related[];
}

/** What a Chinese word reaches and how much it weighs; the same for every question. */
interface Gloss {
  related: Related[];
  weight: number;
}

const glossCaches = new WeakMap<GlossReader, WeakMap<SearchIndex, Map<string, Gloss>>>();

/** A dictionary word's gloss (`packed`, its zh.json entry), remembered per reader and index. */
function glossOf(index: SearchIndex, reader: GlossReader, word: string, packed: string): Gloss {
  const byIndex = remembered(glossCaches, reader, () => new WeakMap());
  const glosses = remembered(byIndex, index, () => new Map<string, Gloss>());
  let gloss = glosses.get(word);
  if (!gloss) {
    const trust = RANKING.trust.zh ?? 0.5;
    const related = keepRelated(
      index,
      glossTargets(packed, trust, (t) => reader.related(t)),
    );
    // One character is the commonest kind of Chinese word and the most ambiguous (版, 做).
    const weight =
      glossWeight(index, related, (t) => reader.specificity(t)) *
      (isOneCharacter(word) ? RANKING.concepts.hanCharacter : 1);
    gloss = { related, weight };
    // Keyed by dictionary words only: as many entries as zh.json has, at most.
    glosses.set(word, gloss);
  }
  return gloss;
}

/**
 * The Chinese words of `text` as concepts. Characters no dictionary word covers that run two or
 * more together are a word the documents cannot reach (老家 for "home town"): it weighs like an
 * English word the documents lack, so a question about something else abstains.
 */
export function readChinese(
  index: SearchIndex,
  zh: ChineseLexicon,
  text: string,
  reader: GlossReader,
): ChineseReading {
  const vocabulary = vocabularyOf(index, zh);
  const known = (w: string) => vocabulary.known.has(w);
  const aliases: Concept[] = [];
  const concepts: QueryConcept[] = [];
  const counted: QueryConcept[] = [];
  const countedLatin = latinAfterCue(text, zh, vocabulary);
  const seen = new Set<string>();
  const rarest = index.idf("");
  // A word holding a cue's part asks ("是什么时候"), but a one-character part only by itself:
  // 能力 (ability) and 功能 (feature) hold the 能 of 能…吗 and ask nothing.
  const asks = (word: string) =>
    vocabulary.question.has(word) ||
    vocabulary.charCueParts.has(word) ||
    vocabulary.longCueParts.some((p) => word.includes(p));
  for (const run of hanRuns(text)) {
    let at = run.start;
    const isSuffix = (c: string) => zh.suffixes.has(c);
    const longestFrom = (first: string) => vocabulary.longest.get(first) ?? 1;
    const words = segment(run.text, known, longestFrom, isSuffix).map((word) => {
      const start = at;
      at += word.length;
      return { word, start };
    });
    const kindOf = (w: string): SegmentKind =>
      asks(w) || vocabulary.aliasOf.has(w) || zh.classifiers.has(w)
        ? "other"
        : w in zh.words
          ? "word"
          : "unknown";
    for (const group of unknownRuns(
      words.map((w) => w.word),
      kindOf,
    )) {
      if (group.length === 1) {
        const { word, start } = words[group[0] as number] as { word: string; start: number };
        const alias = vocabulary.aliasOf.get(word);
        if (alias !== undefined) {
          const term = `${ALIAS_TERM_PREFIX}${alias}`;
          aliases.push({ term, surface: word, start, alias: true, nameLike: true });
          continue;
        }
        const at = group[0] as number;
        const before = words[at - 1]?.word ?? "";
        // "多少k上下文", "几个PCIe节点": after the cue and a Latin word that qualifies it.
        const afterCue =
          vocabulary.amountParts.some((p) => before.includes(p)) ||
          (at === 0 && cueThenLatin(text.slice(0, run.start), zh, vocabulary));
        // A measure word that says what it counts (家: companies, 位: people) counts that.
        const classified = afterCue ? zh.classifiers.get(word) : undefined;
        if (classified) counted.push(classifiedConcept(index, word, classified));
        // "多少张A100": a measure word naming no thing is no concept right after the cue.
        if (afterCue && zh.measureWords.has(word)) continue;
        const packed = zh.words[word];
        if (asks(word) || packed === undefined || seen.has(word)) continue;
        seen.add(word);
        const { related, weight } = glossOf(index, reader, word, packed);
        if (related.length === 0) continue;
        const oneCharacter = isOneCharacter(word);
        const concept: QueryConcept = { surface: word, kind: "gloss", terms: [], related, weight };
        concepts.push(concept);
        // A one-character word after the cue is a measure word (张, 块) or money (钱), which
        // the documents write as units: only a longer word names the thing counted, right
        // after the cue or after a measure word that follows it (几位创始人).
        const afterClassifier =
          zh.classifiers.has(before) &&
          vocabulary.amountParts.some((p) => (words[at - 2]?.word ?? "").includes(p));
        if ((afterCue || afterClassifier) && !oneCharacter) {
          // A noun phrase's last word is its head: 几个中间checkpoint counts checkpoints, and
          // 中间 (intermediate) only says which.
          const head = latinHead(text.slice(start + word.length));
          if (head) countedLatin.push(head);
          else counted.push(concept);
        }
      } else {
        const surface = group.map((i) => words[i]?.word).join("");
        if (seen.has(surface)) continue;
        seen.add(surface);
        const weight = rarest * RANKING.concepts.unknownWord;
        concepts.push({ surface, kind: "unknown-word", terms: [], related: [], weight });
      }
    }
  }
  return { aliases, concepts, counted, countedLatin };
}

/**
 * Whether a text ends in an amount cue, maybe a measure word (个, 家), and a Latin word: "V3有多少k",
 * "萤火二号有几个PCIe".
 */
function cueThenLatin(text: string, zh: ChineseLexicon, vocabulary: Vocabulary): boolean {
  const latin = /[A-Za-z][A-Za-z\d.-]*\s*$/.exec(text);
  if (!latin) return false;
  const before = text.slice(0, latin.index).trimEnd();
  return endsInCue(withoutMeasureWord(before, zh), vocabulary);
}

/**
 * A text without the measure word (个, 张, 家) it ends in: what stands between an amount cue and
 * the word it counts ("多少张A100"). The caller checks for the cue before it.
 */
function withoutMeasureWord(text: string, zh: ChineseLexicon): string {
  const last = text.slice(-1);
  return zh.classifiers.has(last) || zh.measureWords.has(last) ? text.slice(0, -1) : text;
}

/** Whether a text ends in a part of an amount cue (多少, 几). */
const endsInCue = (text: string, vocabulary: Vocabulary): boolean =>
  vocabulary.amountParts.some((p) => text.endsWith(p));

/** A word in Latin letters, as Chinese questions embed one ("token", "GPU", "A100"). */
const LATIN_WORD = /[A-Za-z][A-Za-z\d-]*/g;
/**
 * The Latin word right at the start of a text (no space: "中间checkpoint", not "参数 R1呢")
 * that ends its clause or comes before 的: the head of a Chinese noun phrase, in lower case.
 */
function latinHead(text: string): string | undefined {
  const head = /^[A-Za-z][A-Za-z\d-]*/.exec(text)?.[0];
  if (!head) return undefined;
  return endsCounted(text.slice(head.length)) ? head.toLowerCase() : undefined;
}

/**
 * Whether what follows a Latin word ends what is counted: the clause ends, or 的 closes it
 * ("多少token的数据" counts tokens, of data).
 */
function endsCounted(after: string): boolean {
  const rest = after.trimStart();
  return !startsWithHan(rest) || rest.startsWith("的");
}

/**
 * The Latin words an amount cue counts: right after it, ending the question or its clause
 * ("V3预训练用了多少token" counts tokens: no sum answers it), or before 的 ("多少token的数据").
 * One before another Chinese word only qualifies that word ("几个PCIe节点" counts nodes, "多少B参数"
 * parameters).
 */
function latinAfterCue(text: string, zh: ChineseLexicon, vocabulary: Vocabulary): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(LATIN_WORD)) {
    // A scale ("多少T的token": how many trillion tokens) counts nothing itself.
    if (SCALE_LETTER.test(m[0])) continue;
    // A measure word may stand between: "多少张A100" counts A100s; so may a scale and 的.
    const before = withoutMeasureWord(text.slice(0, m.index).trimEnd(), zh);
    const scaled = SCALED.exec(before);
    const counts = endsCounted(text.slice(m.index + m[0].length));
    const cued =
      endsInCue(before, vocabulary) ||
      (scaled !== null && endsInCue(before.slice(0, scaled.index).trimEnd(), vocabulary));
    if (cued && counts) found.push(m[0].toLowerCase());
  }
  return found;
}

/** A scale written as a letter, as chat writes amounts: "10T", "多少B". */
const SCALE_LETTER = /^(?:[KMBT]|bn)$/i;
/** A scale letter and 的 before what is counted: "多少T的token". */
const SCALED = /(?<![A-Za-z])(?:[KMBT]|bn)\s*的$/i;

/**
 * A choice of a verb and its negation read as the yes/no question it is: 赚不赚钱 (make money
 * or not) as 是否赚钱 (zh-questions.json choiceNegations, choiceAsks), so the cue is read and the
 * verb is cut whole (赚不 is no word).
 */
export function choiceAsYesNo(
  text: string,
  zh: Pick<ChineseLexicon, "choiceNegations" | "choiceAsks">,
): string {
  const choice = remembered(choicePatterns, zh, choicePatternOf);
  return choice ? text.replace(choice, `${zh.choiceAsks}$1`) : text;
}

/** A character, one of the negations, the same character again; compiled once per lexicon. */
const choicePatterns = new WeakMap<object, RegExp | null>();
const choicePatternOf = (
  _: undefined,
  zh: Pick<ChineseLexicon, "choiceNegations" | "choiceAsks">,
): RegExp | null =>
  zh.choiceAsks && zh.choiceNegations.length > 0
    ? new RegExp(`(\\p{Script=Han})[${zh.choiceNegations.join("")}]\\1`, "gu")
    : null;

/** The text with traditional characters written simplified (體系 → 体系), as the lexicon is keyed. */
export function toSimplified(text: string, zh: ChineseLexicon): string {
  if (zh.simplified.size === 0) return text;
  return [...text].map((c) => zh.simplified.get(c) ?? c).join("");
}

/** Where a cue's parts occur in order in `text`, as the offset of its first part, or -1. */
function cueAt(text: string, parts: readonly string[]): number {
  let from = 0;
  let first = -1;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return -1;
    if (first < 0) first = at;
    from = at + part.length;
  }
  return first;
}

/** Whether a text holds any of the words of a cue list (Chinese has no spaces: anywhere). */
export const saysAny = (text: string, cues: readonly string[]): boolean =>
  cues.some((cue) => text.includes(cue));

/** Whether a Chinese question asks with whom (和谁, withWhomCues), not for a name (叫什么名字). */
export const asksWithWhom = (text: string, zh: ChineseLexicon | undefined): boolean =>
  !!zh && saysAny(text, zh.withWhomCues) && !saysAny(text, zh.nameCues);

/**
 * The answer type Chinese cues ask for (chineseCue): "which ones" (哪几个) wants no one kind of
 * span, as an English "which versions" does.
 */
export function chineseAnswerType(text: string, zh: ChineseLexicon): AnswerType | undefined {
  const cue = chineseCue(text, zh);
  return cue === "which" ? "open" : cue;
}

/**
 * The cue a Chinese question asks with: the cue met first, the longest at one place (几月 is a
 * date, not 几 an amount); a definition or a yes/no question only when no other cue is met, as
 * "R1是什么时候发布的" asks for a date though it holds 是什么. Undefined when no cue is met.
 */
export function chineseCue(text: string, zh: ChineseLexicon): CueType | undefined {
  const found = zh.cues
    .map((cue) => ({
      type: cue.type,
      at: cueAt(text, cue.parts),
      length: cue.parts.join("").length,
    }))
    .filter((c) => c.at >= 0);
  const fallback = (type: string) => type === "definition" || type === "open";
  found.sort(
    (a, b) =>
      Number(fallback(a.type)) - Number(fallback(b.type)) || a.at - b.at || b.length - a.length,
  );
  return found[0]?.type;
}

/** Whether a clause asks something: a cue (多少, 什么时候) or a question word (啥, 吗, 为什么). */
export function asksInChinese(text: string, zh: ChineseLexicon): boolean {
  return chineseAnswerType(text, zh) !== undefined || zh.asks.some((word) => text.includes(word));
}
