import { asksInEnglish } from "./split.js";

/**
 * Where clauses end: a comma, full stop, semicolon, colon or mark, and a space (full-width
 * ones with or without); or a "but"
 * before a question word ("v3 has 256 routed experts per layer but how many fire per token").
 */
const CLAUSE_END =
  /[.,;:!?]\s+|[，；：！？。]\s*|\s+but\s+(?=(?:how|what|when|where|who|which|why)\b)/gi;
/** What a chatty clause may open with before its question word: "so how…", "ok but what…". */
const OPENER = /^(?:(?:so|and|but|ok|okay|like|also|plus|anyway|yo|hey|well|then|ngl|fr)\s+)+/i;

/** A clause about the asker: "i keep seeing diff dates", "im confused", "my boss says". */
const ABOUT_THE_ASKER = /^(?:i|i'm|im|i've|ive|my|me|we)\b/i;
/** A clause that says again what is asked: "i mean the technical report", "i want the date". */
const CLARIFIES = /^(?:i\s+(?:mean|meant|want|need|am\s+asking|was\s+asking)|i'?m\s+asking)\b/i;

/**
 * A guess offered after the question: one word and the mark ("what gpus did they train on,
 * h100s?", "what uni did he go to, tsinghua?", "…, h100s or smth else"). Two words are more
 * often a question of their own ("got kids?").
 */
const GUESS =
  /^(?:(?:an?|the)\s+)?[\p{L}\p{N}.-]+(?:\s+or\s+(?:smth|something|sth)(?:\s+else)?)?$/iu;
/**
 * A guess said as one, of one word: "was it 2024?", "was it the us?", "probably 2016", "cs or
 * smth?". Not "is it a moe too", which asks on.
 */
const MARKED_GUESS =
  /^(?:(?:maybe|probably|(?:or\s+)?was\s+it)\s+(?:(?:an?|the|some)\s+)?[\p{L}\p{N}.$+-]+|(?:(?:an?|the)\s+)?[\p{L}\p{N}.$+-]+\s+or\s+(?:smth|something|sth)(?:\s+else)?)$/iu;
/** A value: a number, perhaps with a unit or scale ("34b", "2016", "$6m"); not "a100". */
const VALUE = /^(?:an?\s+|the\s+)?[$~]?\d/i;

/** A question mark, half or full width. */
const QUESTION_MARK = /[?？]/;

/** A clause of a text, as offsets into it. */
export type Clause = { start: number; end: number };

/** A text's clauses, split where CLAUSE_END is. */
function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    clauses.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  clauses.push({ start: from, end: text.length });
  return clauses;
}

/** What a clause says, without the marks that end it ("was it 2024?" says "was it 2024"). */
export const saidIn = (text: string, c: Clause): string =>
  text
    .slice(c.start, c.end)
    .trim()
    .replace(/[?？.!]+$/, "")
    .trimEnd();

/** A clause's words, a chatty opener left out. */
const wordsOf = (text: string, c: Clause) => text.slice(c.start, c.end).replace(OPENER, "");

/**
 * A question's clauses around the first one that asks, read once: the scene before it ("my
 * portfolio is still recovering, how hard did nvidia drop"), and the remarks after it that speak
 * of the asker and ask nothing ("wen did the math model come out, i keep seeing diff dates": an
 * afterthought; "…, i mean the technical report" says what is asked). None when the question
 * never asks in English; no scene when it opens by asking. `namesSomething` says whether a
 * clause names a thing the documents know: a question mark makes such a clause ask.
 * `isAside` says whether a clause after the question mark is an aside: only words the
 * documents lack, no name, and no condition ("in germany").
 */
export function clausesAroundAsking(
  text: string,
  namesSomething: (clause: string) => boolean,
  isAside: (clause: string) => boolean,
): { scene: Clause[]; remarks: Clause[]; guesses: Clause[] } {
  const clauses = clausesOf(text);
  // "vl2 sizes? how big r they": a clause its question mark ends asks, question word or none,
  // when it names something ("thoughts? when did…" and "wait what?" open, and ask nothing).
  const asking = clauses.findIndex(
    (c) =>
      asksInEnglish(wordsOf(text, c)) ||
      (QUESTION_MARK.test(text.charAt(c.end)) && namesSomething(text.slice(c.start, c.end))),
  );
  if (asking < 0) return { scene: [], remarks: [], guesses: [] };
  // "…in the beginning? seems so dumb in hindsight lol": after the question is over, a clause
  // may be an aside, whoever it speaks of.
  const mark = QUESTION_MARK.exec(text.slice(clauses[asking]?.end ?? 0));
  const over = mark ? (clauses[asking]?.end ?? 0) + mark.index : -1;
  // A guess is what the answer will tell right or wrong, not what is asked: a value, a word the
  // documents lack, or anything said as a guess. A name alone ("…, v3?") says what is asked of.
  const guesses = clauses.slice(asking + 1).filter((c) => {
    const said = saidIn(text, c);
    return (
      MARKED_GUESS.test(said) ||
      (GUESS.test(said) && (isAside(said) || (VALUE.test(said) && !namesSomething(said))))
    );
  });
  const remarks = clauses.slice(asking + 1).filter((c) => {
    if (guesses.includes(c)) return true;
    const words = wordsOf(text, c);
    const aside = ABOUT_THE_ASKER.test(words) || (over >= 0 && c.start > over && isAside(words));
    return aside && !CLARIFIES.test(words) && !asksInEnglish(words);
  });
  return { scene: clauses.slice(0, asking), remarks, guesses };
}

/**
 * A clause that says what is not asked: ", not the free test period", "(not the Exp one)", and
 * in Chinese "（不是Exp那个）", "，除了V3".
 */
const NEGATED =
  /(?:^|[,;(]\s*|[.?!]\s+)(?:but\s+|and\s+)?(?:not|except|excluding)\s+[^,;()?]*|[，,；;（(]\s*(?:而?不是|除了)[^，,；;（）()？?]*/gi;

/**
 * The clauses a question rules out ("when did the api start charging, not the free test
 * period"): their words name what the answer is not.
 */
export function negatedClauses(text: string): Clause[] {
  return [...text.matchAll(NEGATED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
