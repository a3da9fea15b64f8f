import type { EnglishWords } from "../../ingest/load-lexicon.js";
import { alternation } from "../../text/alternation.js";
import { remembered } from "../../text/remembered.js";
import { STOP_WORDS } from "../../text/tokens.js";
import { saysAny } from "./chinese.js";

/** What English questions ask with (en-questions.json), made into patterns once per lexicon. */
export interface EnglishCues {
  /**
   * "Which came first, x or y", "what dropped earlier?": which or what, then an earlier word
   * that ends its clause or comes before a choice; not "what was their first model".
   */
  earlier: RegExp;
  /** "How much does it manage now": the present is asked. */
  now: RegExp;
  /**
   * "When did deepseek first go to GTC": the first time something happened. Not "which came
   * first, x or y" nor "released first: v2 or v2.5", a comparison (the word ends its clause or
   * offers a choice), nor "first of all".
   */
  firstTime: RegExp;
  /**
   * "What licence were the models under before they switched to MIT", "b4 they bumped it to
   * 128k": the value before a change to the one the question names.
   */
  valueBeforeChange: RegExp;
  /** "The api price before the disk cache cut": an amount before a change (amountChanges). */
  amountBefore: RegExp;
  /** "in germany", "on aws bedrock": a clause opening with it sets a condition. */
  condition: RegExp;
  /** "What nickname did deepseek get": what something was called is asked (labelWords). */
  label: RegExp;
  /**
   * "v2 total params?", "ff2 cost in dollars?": a bare noun phrase, content words only (no
   * question word, auxiliary, pronoun or article: "i love the low price" says something) that
   * an amount's noun ends, or comes before its "in …" or "per …" (amountNouns).
   */
  amountFragment: RegExp;
}

/**
 * A word that is no function word (a question word, an auxiliary, a pronoun, an article: the
 * analyzer's stop words): "v3", "training", "api".
 */
const CONTENT_WORD = String.raw`(?!(?:${alternation([...STOP_WORDS])})(?![\p{L}\d]))[\p{L}\d][\p{L}\d.'’-]*`;

/** A pattern of `words` as whole words, put where `around` says WORDS. */
const wordsIn = (words: readonly string[], around: string): RegExp =>
  new RegExp(
    words.length === 0 ? "(?!)" : around.replace("WORDS", () => `\\b(?:${alternation(words)})\\b`),
    "i",
  );

const compiled = new WeakMap<EnglishWords, EnglishCues>();

export const englishCues = (words: EnglishWords): EnglishCues =>
  remembered(compiled, words, () => ({
    earlier: wordsIn(
      words.earlierWords,
      String.raw`\b(?:which|what)\b[^,;.?!]{0,40}?WORDS(?=[^?]*\b(?:or|vs|versus)\b|[\s,]*(?:[?,;.:]|$))`,
    ),
    now: wordsIn(words.nowWords, "WORDS"),
    condition: wordsIn(words.conditionWords, "^WORDS"),
    label: wordsIn(words.labelWords, "WORDS"),
    amountFragment:
      words.amountNouns.length === 0
        ? /(?!)/
        : new RegExp(
            String.raw`^\s*(?:${CONTENT_WORD}\s+)+(?:${alternation(words.amountNouns)})(?:\s+(?:in|per)\s+[^?!,;]*?)?[\s?.!]*$`,
            "iu",
          ),
    amountBefore:
      words.beforeWords.length === 0
        ? /(?!)/
        : wordsIn(
            words.amountChanges,
            String.raw`\b(?:${alternation(words.beforeWords)})\b[^?.!;,]{0,40}?WORDS`,
          ),
    firstTime: wordsIn(words.firstWords, String.raw`WORDS(?![\s,]*(?:[?,;.:]|or\b|of all\b|$))`),
    valueBeforeChange:
      words.beforeWords.length === 0 || words.changeVerbs.length === 0
        ? /(?!)/
        : new RegExp(
            String.raw`\b(?:${alternation(words.beforeWords)})\b[^?.!;]{0,40}?\b(?:${alternation(words.changeVerbs)})\b[^?.!;]{0,20}?\b(?:to|onto|into)\b`,
            "i",
          ),
  }));

/**
 * Whether a question asks which of two things came first, in English (earlierWords) or Chinese
 * (earlierCues: 哪个先, 谁先). The two things are the caller's to find.
 */
export function asksWhichEarlier(
  text: string,
  cues: EnglishCues,
  earlierCues: readonly string[] | undefined,
): boolean {
  if (earlierCues) return saysAny(text, earlierCues);
  return cues.earlier.test(text);
}
