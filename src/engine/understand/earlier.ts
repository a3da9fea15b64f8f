import { alternation } from "../../text/alternation.js";
import { remembered } from "../../text/remembered.js";

const patterns = new WeakMap<ReadonlySet<string>, RegExp>();

/**
 * "Which came first", "what dropped earlier", "which one is older": which or what, then within
 * its clause one of the lexicon's earlierWords (en-questions.json). Not "when did r1 first come
 * out", which asks one thing's date.
 */
const earlierPattern = (words: ReadonlySet<string>): RegExp =>
  remembered(
    patterns,
    words,
    () =>
      new RegExp(
        words.size === 0
          ? "(?!)"
          : `\\b(?:which|what)\\b[^,;.?!]{0,40}?\\b(?:${alternation([...words])})\\b`,
        "i",
      ),
  );

/**
 * Whether a question asks which of two things came first, in English (earlierWords) or Chinese
 * (earlierCues: 哪个先, 谁先). The two things are the caller's to find.
 */
export function asksWhichEarlier(
  text: string,
  earlierWords: ReadonlySet<string>,
  earlierCues: readonly string[] | undefined,
): boolean {
  if (earlierCues) return earlierCues.some((cue) => text.includes(cue));
  return earlierPattern(earlierWords).test(text);
}
