import { STOP_WORDS } from "../../text/tokens.js";

/**
 * What kind of answer a question wants: it decides which span a direct answer may be, and
 * "definition" ("what is MLA?", "who is Liang Wenfeng?") prefers sentences that define.
 * "label": what something was called, a name the documents give in quotes ("a well-known
 * “price butcher”").
 */
export type AnswerType = "date" | "quantity" | "person" | "place" | "label" | "definition" | "open";

/**
 * "The exact day", "the precise date": a date asked with care, in a word that there names
 * nothing ("how precise is ocr" is another matter).
 */
const CARE_WORD = "(?:exact|specific|precise|actual)";
const DATE_CARE = String.raw`(?:(${CARE_WORD})\s+)?`;
/** "What was the exact day…": the question word, its verb and article before the noun. */
const WHAT_THE = String.raw`(?:what|which)\s+(?:(?:is|was|'s|’s)\s+the\s+)?${DATE_CARE}`;
/** "The exact day r1 came out", without a question word; not "on the specific day x came out". */
const CARED_DAY = String.raw`(exact|precise)\s+(day|date)`;
const DATE_QUESTION = new RegExp(
  String.raw`\b(when|${WHAT_THE}(?:year|date|month|day|hour)|which decade|${CARED_DAY}|since when|date|how long ago|what time)\b`,
  "i",
);
/**
 * "What year…", "which day…", "the exact day…": the noun and its care word are part of the
 * question word, not what is asked about.
 */
const DATE_CUE = new RegExp(
  String.raw`\b(?:${WHAT_THE}(year|date|month|day|decade|hour)|${CARED_DAY})\b`,
  "i",
);
export const dateCueWords = (question: string): string[] => {
  const found = DATE_CUE.exec(question);
  return found ? found.slice(1).flatMap((w) => (w ? [w.toLowerCase()] : [])) : [];
};
/** A date question's "date" ("release date?", "the actual date") asks when; it names nothing. */
export const DATE_NOUN = /^dates?$/i;

/** "What day…", "which date…", "the exact day": a year or a month alone does not answer. */
export const DAY_QUESTION = new RegExp(
  String.raw`\b(?:(?:what|which) (?:month and )?(?:day|date)|${CARE_WORD} (?:day|date))\b`,
  "i",
);
/** "What month…", "what year and month…": a year alone does not answer. */
export const MONTH_QUESTION = /\b(?:what|which) (?:year (?:and|&) )?month\b/i;
/** "What year…": a decade ("the 1980s") does not answer. */
export const YEAR_QUESTION = /\b(?:what|which) year\b/i;
/**
 * "What time of day…", "what hour…": a date does not answer, only a clock time. A bare "what
 * time did r1 come out" mostly means when, and "what time period" a span of dates; but "what
 * time … on new years eve" names the day already, in the same clause, and asks the hour.
 */
export const TIME_QUESTION =
  /\b(?:time of (?:the )?day|(?:what|which) hour|what o'?clock|what time\b(?!\s+(?:period|frame|span)\b)(?=[^,;]*\b(?:on|that)\s+(?:\S+\s+){0,3}(?:eve|day|night|morning|evening)\b))/i;
/**
 * "At what time was Janus-Pro released", "what time did janus pro go live": the hour when the
 * documents give one ("1:00 a.m."), else the date, which is how it is mostly meant ("what time
 * did r1 come out"). Not "what time period", "what time zone", "what time of year".
 */
export const CLOCK_OR_DATE_QUESTION =
  /\bwhat time\b(?!\s+(?:period|frame|span|zone|season|of (?:the )?year)\b)/i;
/**
 * "What did V3 cost", "what did it cost to train": a thing's cost, at the end of its clause.
 * Not "the cost" as a noun ("what did the price war do to the cost"), nor a cost of doing
 * something else ("what would it cost to run v3").
 */
const COST_OF =
  /what (?:did|does|do|would|will) (?!the |a |an )[\w .-]{1,30}?(?<!\b(?:the|a|an|its|their|this|that|about|of|lower|cut) )costs?(?=\s*(?:[?.!,;]|$|to train\b))/;
/** "What % did NVIDIA lose", "what percent of users": a share, asked with a percentage sign. */
const PERCENT = /what (?:%|percent)\s*(?=\w)/;
const QUANTITY_QUESTION = new RegExp(
  String.raw`\b(how (many|much|big|large|far|fast|long|expensive|cheap|high|low|hard|badly|bad|steep|steeply|sharply|small|heavy)|what (is|was|were|are) the (price|cost|size|number|percentage|share|rate|budget|ratio)|what (is|was|were|are) (?:(?:the|[\w-]+['’]s) )?((?!(?:that|whose|which|who|where|when|the|reason)\b)[\w.-]+ ){1,2}?(price|cost|budget|score|accuracy|count|(?<!\b(?:model|phone|serial|version|registration|license|licence|ticker|account|id|reference|tracking|part) )number)(?=\s+(?:of|for|per|on|in|at|during|after|before)\b|\s*[?.!,]|$)|what (price|cost|percentage|share|sizes?|fraction|score|accuracy)|what [\w-]+ (score|accuracy|price|sizes?)|${PERCENT.source}|how many|${COST_OF.source})\b`,
  "i",
);
const PERSON_QUESTION = /\b(who|whom)\b/i;

/** The "name" of "what is his name": asks, names nothing. */
export const NAME_NOUN = /^names?$/i;
/** "His name", "their names": someone's name, whoever they are. */
const PRONOUN_NAME = /\b(?:his|her|their)\s+names?\b/i;
/** "Name(s) of" and the words after it: "the names of the two Zhejiang University classmates". */
const NAME_OF = /\bnames?\s+of\s+((?:[\p{L}\d'’-]+\s*){1,6})/giu;
/** "Who was" and the words after it: "who was the friend from Magic Cube", a person by role. */
const WHO_WAS = /\bwho(?:\s+(?:is|was|are|were)|['’]s)\s+((?:[\p{L}\d'’-]+\s*){1,6})/giu;
/** The word right before "name(s)": "the reporters name", "the anthropic ceo's name". */
const NAMED_BEFORE = /([\p{L}\d'’-]+)\s+names?\b/giu;

/** A word as its singular might be written: "classmates", "reporter's", "ceos" → the lemma. */
const singulars = (word: string): string[] => {
  const bare = word.toLowerCase().replace(/['’]s?$/, "");
  return [bare, bare.replace(/s$/, ""), bare.replace(/es$/, ""), bare.replace(/ies$/, "y")];
};

/**
 * The first run of content words of a phrase, its articles and numbers before it left out:
 * "the two Zhejiang University classmates who…" → its noun phrase; "the hedge fund the founder
 * started" → "hedge fund", not the founder of the clause after it.
 */
function firstRun(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  const stop = (w: string) => STOP_WORDS.has(w.toLowerCase()) || /^\d+$/.test(w);
  const from = words.findIndex((w) => !stop(w));
  if (from < 0) return [];
  const to = words.findIndex((w, i) => i > from && stop(w));
  return words.slice(from, to < 0 ? undefined : to);
}

/**
 * Whether a question asks for a person's name: "his name", "the names of the two classmates",
 * "the name of the lead analyst at SemiAnalysis", "the reporters name", "who was the friend
 * from…": a noun of the first noun phrase after "name of" or "who was", or the word right
 * before "name". `isPerson` tells a noun that names a person ("analyst") from one that does not
 * ("fund", "talk"): "the name of the hedge fund" asks no one's name.
 */
export function asksPersonName(question: string, isPerson: (noun: string) => boolean): boolean {
  if (PRONOUN_NAME.test(question)) return true;
  const person = (word: string) => singulars(word).some((w) => w !== "" && isPerson(w));
  const phrases = [...question.matchAll(NAME_OF), ...question.matchAll(WHO_WAS)];
  if (phrases.some(([, phrase = ""]) => firstRun(phrase).some(person))) return true;
  return [...question.matchAll(NAMED_BEFORE)].some(([, word = ""]) => person(word));
}
/**
 * "Which city…", "his hometown", "where was GTC held": a place, which only a passage naming one
 * answers. Not every "where": "where are the weights hosted" asks for a site (GitHub).
 */
const PLACE_QUESTION =
  /\b(?:(?:what|which) (?:city|province|town)\b|hometown\b|where\b(?=[^?,;]*\b(?:based|headquartered|held)\b))/i;
/**
 * "Which models did V2 beat … when it hit #1": a question that opens by asking which thing
 * wants that thing, not the date of a later clause.
 */
const THING_QUESTION = new RegExp(
  String.raw`^\s*(which|what)\s+(?!${DATE_CARE}(year|date|month|day|decade|hour|time|is|was|are|were|did|does|do|has|had|have|will|would|can|could|should|about|kind of|sort of|type of)\b)[\p{L}\d-]+\b`,
  "iu",
);
/**
 * "What does DeepSeek look for when they hire", "from what kind of models did it move when…": a
 * question opened by another question word (a preposition may lead it) asks that; a bare "when"
 * inside its clause joins clauses and asks no date.
 */
const OPENS_OTHER_QUESTION =
  /^\s*(?:(?:from|in|on|at|for|with|by|to|of|into|under|about)\s+)?(what|which|where|why|how)\b(?![^,;?]*\b(?:day|date|month|year|time|point|moment|stage|period|hour)\b)[^,;?]*?\bwhen\b/i;
/**
 * "When OCR parses a chart, what format does the output come in": a "when" opening a clause
 * (no auxiliary after it) before another question word sets the scene; that word asks. So does
 * one after a comma or "back" ("im curious, back when they started charging, what did it cost").
 */
const SCENE_WHEN =
  /(?:^\s*|[,;]\s*|\bback\s+)when\s+(?!(?:did|does|do|was|were|is|are|will|would|could|can|has|have|had|should|exactly)\b)(?![^?]*\b(?:day|date|month|year|time)\b)[^?]*?\b(?:what|which|how|who)\b/i;
/**
 * "api pricing when it went paid in march 2024?", "v3 context length when it launched": a
 * question that names its topic first (no auxiliary opens it, no question word comes before)
 * and whose only "when" opens a clause with its own subject asks about the topic at that time.
 */
const TOPIC_WHEN =
  /^(?!\s*(?:is|was|are|were|did|does|do|can|could|has|have|had|will|would|should)\b)(?![\s\S]*\bwhen\b[\s\S]*\bwhen\b)(?:(?!\b(?:what|which|who|whom|whose|how|where|why|when)\b)[^?,;])*?\S\s+when\s+(?:it|they|he|she|deepseek|the\s+[\p{L}\d-]+)\s+(?!(?:exactly|first|actually|really)\b)\p{L}+/iu;
/** "Was it before or after new year?": a question answered yes or no, by no one span. */
export const YES_NO_QUESTION =
  /^\s*(is|was|are|were|did|does|do|can|could|has|have|had|will|would|should|isn't|wasn't)\b/i;
/** "Who is Liang Wenfeng?" asks what someone is, not for a name. */
export const WHO_IS = /\bwho (is|was)\b/i;
const DEFINITION_QUESTION =
  /^\s*(what|who)(\s+(is|are|was|were)|'s|’s)\s+(?!the (price|cost|size|number|date)\b)/i;

/** The type whose cue comes first: "how much was lost when…" asks for an amount, not a date. */
export function answerTypeOf(question: string): AnswerType {
  // "When" also joins clauses: after "which models…", "when it hit #1" asks no date.
  const thing = THING_QUESTION.test(question);
  const date = DATE_QUESTION.exec(question);
  const joining =
    date?.[0].toLowerCase() === "when" &&
    (OPENS_OTHER_QUESTION.test(question) || SCENE_WHEN.test(question) || TOPIC_WHEN.test(question));
  const cues: [AnswerType, number][] = [
    ["date", thing || joining ? -1 : (date?.index ?? -1)],
    ["quantity", question.search(QUANTITY_QUESTION)],
    ["person", question.search(PERSON_QUESTION)],
    ["place", question.search(PLACE_QUESTION)],
  ];
  const found = cues.filter(([, at]) => at >= 0).sort((a, b) => a[1] - b[1]);
  return found[0]?.[0] ?? (DEFINITION_QUESTION.test(question) ? "definition" : "open");
}

/**
 * "How many routed experts…", "how much revenue…": the things counted or measured are the
 * words right after the cue.
 */
const HOW_MANY = /\bhow (?:many|much)\s+/i;
/** Words joined by spaces or hyphens only: a comma or other mark ends the phrase. */
const WORD_RUN = /^[\p{L}\p{N}]+(?:[\s-]+[\p{L}\p{N}]+)*/u;

/** "The parameter count of…", "token count": what is counted comes before "count". */
const COUNT_OF = /\bthe ((?:[\p{L}\p{N}]+[\s-]+)?[\p{L}\p{N}]+)[\s-]+counts?\b/iu;

/** A word that starts what a rate is per ("how much per million"): it counts nothing itself. */
const RATE_WORD = /^(?:per|each|every)$/;

/**
 * The counted noun phrase of a "how many" or "how much" question, as its words: those right after the cue up
 * to the first that is not a content word (a verb or a function word) or starts a rate, or [].
 * "The parameter count" counts what comes before "count".
 * An amount of other things ("671 billion parameters" for "how many layers") does not answer it.
 */
export function countedWords(text: string, isContentWord: (word: string) => boolean): string[] {
  const cue = HOW_MANY.exec(text);
  if (!cue) {
    // "what is the parameter count of V2.5": the words right before "count".
    const before = COUNT_OF.exec(text)?.[1] ?? "";
    const words = before
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    return words.every(isContentWord) ? words : words.slice(-1).filter(isContentWord);
  }
  const run = WORD_RUN.exec(text.slice(cue.index + cue[0].length))?.[0] ?? "";
  const words: string[] = [];
  for (const word of run.toLowerCase().split(/[\s-]+/)) {
    if (!isContentWord(word) || RATE_WORD.test(word)) break;
    words.push(word);
  }
  return words;
}
