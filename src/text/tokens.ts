import { stemmer } from "stemmer";
import { HAN, startsWithHan } from "./script.js";

/**
 * Words, numbers and version numbers ("v2.5", "1,100", "1.5B"; "5-13" stays two tokens). A run of
 * Chinese characters is matched whole and cut into bigrams below, the usual way to search
 * Chinese without a dictionary. Chinese is written without spaces around Latin names, so a
 * word stops where Chinese starts: "R1是什么" is "r1" and "是什么".
 */
const LETTER = `[[\\p{L}\\p{N}]--${HAN}]`;
const TOKEN = new RegExp(`${HAN}+|${LETTER}+(?:[.,]\\p{N}+)*(?:[\\p{L}--${HAN}])*`, "gv");
/** Thousands separators go, so "1,100" and "1100" are one term. */
const THOUSANDS = /(?<=\d),(?=\d{3}\b)/g;

export interface TokenSpan {
  token: string;
  /** Offset of the token in the text it was read from. */
  start: number;
}

/**
 * Lower-cases and splits into base tokens with their offsets. Text is not NFKC-folded first, so
 * offsets stay true; the few compatibility forms that matter (full-width digits and letters)
 * are folded token by token.
 */
export function baseTokenSpans(text: string): TokenSpan[] {
  const tokens: TokenSpan[] = [];
  for (const match of text.toLowerCase().matchAll(TOKEN)) {
    // NFKC only where it can change something: most tokens are plain ASCII.
    const word = /^[a-z0-9.,]*$/.test(match[0]) ? match[0] : match[0].normalize("NFKC");
    if (startsWithHan(word)) {
      const chars = [...word];
      if (chars.length === 1) tokens.push({ token: word, start: match.index });
      for (let i = 0; i + 1 < chars.length; i++) {
        tokens.push({ token: `${chars[i]}${chars[i + 1]}`, start: match.index + i });
      }
    } else {
      // "10x" is how people type "10×": a multiplier is its number.
      const token = word.replace(THOUSANDS, "").replace(/^(\d+(?:\.\d+)?)x$/, "$1");
      tokens.push({ token, start: match.index });
    }
  }
  return tokens;
}

export function baseTokens(text: string): string[] {
  return baseTokenSpans(text).map((t) => t.token);
}

/** Words that carry no meaning for retrieval, including the words questions are made of. */
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before
  being below between both but by can could did do does doing down during each few for from further
  had has have having he her here hers herself him himself his how i if in into is it its itself
  just me more most my myself no nor not now of off on once only or other our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there these
  they this those through to too under until up very was we were what when where which while who
  whom why will with would you your yours yourself yourselves tell know please show give get got
  much many whose s t don shall may might must let lets like didn doesn isn wasn weren aren hasn
  haven hadn couldn wouldn shouldn ve ll re d m`.split(/\s+/),
);

/** Terms as the index stores them: no stop words, English words stemmed, numbers as they are. */
/** Stems of words seen before: a corpus repeats its vocabulary far more than it grows it. */
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;

export function stemToken(token: string): string | null {
  if (STOP_WORDS.has(token)) return null;
  const cached = stems.get(token);
  if (cached !== undefined) return cached;
  const stem = stemUncached(token);
  if (stems.size < MAX_CACHED_STEMS) stems.set(token, stem);
  return stem;
}

function stemUncached(token: string): string {
  if (/^[a-z]+$/.test(token)) return token.length > 3 ? stemmer(token) : token;
  // Plurals of names with digits: "A100s" is "A100", "1990s" is "1990".
  return /\ds$/.test(token) ? token.slice(0, -1) : token;
}
