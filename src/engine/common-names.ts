/**
 * Whether a capitalised name is made only of words that are common words too ("Monkey King",
 * "Function Calling", "Hugging Face": the lexicon's commonCapitalised): no person's name, which
 * has a word of its own ("Liang Wenfeng", "Marc Andreessen"), so it does not answer "who".
 */
export const isCommonWordsName = (common: ReadonlySet<string>, name: string): boolean =>
  name.split(/[\s-]+/).every((word) => common.has(word));
