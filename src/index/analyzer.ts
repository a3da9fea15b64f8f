import type { AliasTable } from "../text/aliases.js";
import { baseTokenSpans, stemToken, type TokenSpan } from "../text/tokens.js";

/** Prefix of the terms that stand for an alias group; tokenizing text never produces it. */
export const ALIAS_TERM_PREFIX = "§";

/**
 * One thing a text names: a word (stemmed), or an alias group, which stands for all of its
 * names at once ("Huanfang" and "High-Flyer" are both the concept "§high-flyer").
 */
export interface Concept {
  term: string;
  /** The words of the text it was read from, for showing and for typo correction. */
  surface: string;
  /** Offset of its first word in the text. */
  start: number;
  alias: boolean;
  /**
   * Written like a name: capitalized after the first word, all capitals, or with digits
   * ("France", "NBA", "R2"). A name the corpus lacks is strong evidence it cannot answer.
   */
  nameLike: boolean;
}

const NAME_LIKE = /^(\p{Lu}|.*\d)/u;

/** Reads the concepts of a text in order; words inside an alias name belong to the alias. */
export function readConcepts(aliases: AliasTable, text: string): Concept[] {
  const spans = baseTokenSpans(text);
  const tokens = spans.map((s) => s.token);
  const matches = aliases.match(tokens);
  const concepts: Concept[] = [];
  let m = 0;
  for (let i = 0; i < tokens.length; ) {
    const match = matches[m];
    if (match && match.index === i) {
      const surface = tokens.slice(i, i + match.length).join(" ");
      const term = `${ALIAS_TERM_PREFIX}${match.group.id}`;
      concepts.push({ term, surface, start: spans[i]?.start ?? 0, alias: true, nameLike: true });
      i += match.length;
      m++;
      continue;
    }
    const token = tokens[i] as string;
    const term = stemToken(token);
    const start = spans[i]?.start ?? 0;
    const original = text.slice(start, start + token.length);
    const nameLike = NAME_LIKE.test(original) && (i > 0 || /\d|^\p{Lu}{2}/u.test(original));
    if (term !== null) concepts.push({ term, surface: token, start, alias: false, nameLike });
    i++;
  }
  return concepts;
}

const LETTERS = /^\p{L}+$/u;
const NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * A name and its number joined by a hyphen ("GPT-3.5"), also as one word ("gpt3.5"): the
 * documents write "GPT-3.5" and "GPT3.5-Turbo", and a question's "gpt 3.5" must meet both.
 */
function hyphenedVersions(text: string, spans: readonly TokenSpan[]): Concept[] {
  const joined: Concept[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const name = spans[i] as TokenSpan;
    const number = spans[i + 1] as TokenSpan;
    const hyphen = name.start + name.token.length;
    if (!LETTERS.test(name.token) || !NUMBER.test(number.token)) continue;
    if (text[hyphen] === "-" && number.start === hyphen + 1) {
      const term = `${name.token}${number.token}`;
      const surface = `${name.token}-${number.token}`;
      joined.push({ term, surface, start: name.start, alias: false, nameLike: true });
    }
  }
  return joined;
}

/** The joined names of a text ("ds1000" of "DS-1000"), where they are: a sentence names them. */
export const hyphenedConcepts = (text: string): Concept[] =>
  hyphenedVersions(text, baseTokenSpans(text));

/**
 * Turns text into index terms, the same way for passages and questions: stemmed words without
 * stop words, plus one term per alias group named in the text. Words inside an alias name are
 * kept too, so a passage still matches the literal words of a question.
 */
export function makeAnalyzer(aliases: AliasTable): (text: string) => string[] {
  return (text) => {
    const spans = baseTokenSpans(text);
    const tokens = spans.map((s) => s.token);
    const terms: string[] = [];
    for (const token of tokens) {
      const term = stemToken(token);
      if (term !== null) terms.push(term);
    }
    terms.push(...hyphenedVersions(text, spans).map((c) => c.term));
    for (const match of aliases.match(tokens)) terms.push(`${ALIAS_TERM_PREFIX}${match.group.id}`);
    return terms;
  };
}

export const isAliasTerm = (term: string): boolean => term.startsWith(ALIAS_TERM_PREFIX);
