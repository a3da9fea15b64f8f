import type { ChineseLexicon } from "../../ingest/load-chinese.js";
import { stemToken } from "../../text/tokens.js";

/**
 * What a rate is per: the scale ("m" for "per million", "" for none) and the words of the
 * thing, as stems ("token"), or for a Chinese question the run of characters after the cue
 * (节点有几张卡 of 每个节点有几张卡), whose start names the thing.
 */
export interface PerPhrase {
  scale: string;
  words: string[];
}

/**
 * What a rate is per: "per token", "per each layer", "per million tokens", "in each node" (not
 * "each of the models"), and with a slash after an amount ("1 yuan/million inputs", "200k
 * pages/day"; not "input/output").
 */
const PER =
  /(?:\bper\s+|\b(?:each|every)\s+(?!of\b|one\b)|(?<=(?<![a-z\d])\d[a-z\d.,]*(?:\s+[a-z]+)?)\/\s*)(?:each\s+|every\s+|a\s+|an\s+)?(?:(thousand|million|billion|mil|k|m)\s+)?([a-z]+)(?:\s+([a-z]+))?/gi;
const SCALES: Record<string, string> = {
  thousand: "k",
  k: "k",
  million: "m",
  mil: "m",
  m: "m",
  billion: "b",
};

/**
 * A text's "per" phrases: the scale and the stems of the word after "per" and the one after
 * that, since the first may only qualify the thing ("per million input tokens").
 */
export const perPhrases = (text: string): PerPhrase[] =>
  [...text.matchAll(PER)].map((m) => ({
    scale: SCALES[(m[1] ?? "").toLowerCase()] ?? "",
    words: [m[2], m[3]].flatMap((w) => (w ? [stemToken(w.toLowerCase()) ?? w] : [])),
  }));

/**
 * What a rate is per, right at the start of a text: Chinese characters, a Latin word, or both
 * (输入token: input tokens, like "per million input tokens").
 */
const THING = /^\s*(\p{Script=Han}+)?\s*([A-Za-z]+)?/u;

/**
 * A Chinese question's "per" phrases (每个节点, 每百万 token): after a cue of zh-questions.json
 * perCues (the longest at a place: 每个 or 每张, not 每) and a scale of perScales maybe, the
 * thing: the Chinese characters that follow, which a rate's own words are matched
 * against, and a Latin word's stem.
 */
export function perPhrasesInChinese(
  text: string,
  zh: Pick<ChineseLexicon, "perCues" | "perScales">,
): PerPhrase[] {
  const cues = [...zh.perCues].sort((a, b) => b.length - a.length);
  const found: PerPhrase[] = [];
  for (let at = 0; at < text.length; at++) {
    const cue = cues.find((c) => text.startsWith(c, at));
    if (!cue) continue;
    let rest = text.slice(at + cue.length);
    const scaleWord = [...zh.perScales.keys()].find((s) => rest.startsWith(s));
    const scale = scaleWord ? (SCALES[zh.perScales.get(scaleWord) ?? ""] ?? "") : "";
    if (scaleWord) rest = rest.slice(scaleWord.length);
    const [, han, latin] = THING.exec(rest) ?? [];
    const words = [han, latin?.toLowerCase()].flatMap((w) => (w ? [stemToken(w) ?? w] : []));
    if (words.length > 0) found.push({ scale, words });
    at += cue.length - 1;
  }
  return found;
}
