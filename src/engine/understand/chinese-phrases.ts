import { remembered } from "../../text/remembered.js";

const patternCache = new WeakMap<ReadonlyMap<string, string>, RegExp | null>();

/** The phrases as one pattern, the longest first (投入使用 before 使用). */
const patternOf = (phrases: ReadonlyMap<string, string>): RegExp | null =>
  remembered(patternCache, phrases, () =>
    phrases.size === 0
      ? null
      : new RegExp([...phrases.keys()].sort((a, b) => b.length - a.length).join("|"), "gu"),
  );

/**
 * Chinese phrases whose dictionary glosses miss what the documents say, read as the English
 * words that say it (zh-questions.json phrases): 投入使用 (put into use) is "operational", as
 * "Operational since 2022"; 开始收费 (start charging) is "paid services". The English words are
 * then read as an English question's are.
 */
export function englishPhrases(text: string, phrases: ReadonlyMap<string, string>): string {
  const pattern = patternOf(phrases);
  return pattern ? text.replace(pattern, (phrase) => ` ${phrases.get(phrase) ?? phrase} `) : text;
}
