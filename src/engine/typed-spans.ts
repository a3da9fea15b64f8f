import type { SearchIndex } from "../index/search-index.js";
import type { Measure, MeasureWords } from "../ingest/load-measures.js";
import type { Sentence } from "../ingest/passages.js";
import { alternation } from "../text/alternation.js";
import { normalizeDate } from "../text/dates.js";
import { lastRemembered, remembered, rememberedLast, slot } from "../text/remembered.js";
import { hasHan } from "../text/script.js";
import { matchSpans } from "../text/span.js";
import { credit, sharesTerm } from "./coverage.js";
import { askedCurrencies } from "./currencies.js";
import { beforeTest } from "./earlier-values.js";
import { findLabels } from "./labels.js";
import type { ParsedQuestion, QueryConcept } from "./question.js";
import { RANKING } from "./ranking.js";
import { type AnswerSpan, findDates, spanFinders } from "./spans.js";

/**
 * Which spans of a sentence can answer a question's type: dates for "when", names for "who",
 * amounts for "how many", of the right measure ("how long" a duration, "how much … cost"
 * money, "how big" a size) and counting what is asked.
 */

type SpanKind = "date" | "quantity" | "person" | "label";

/** Spans found in a sentence don't depend on the question: found once per sentence and kind. */
const spanCache = new WeakMap<Sentence, Partial<Record<SpanKind, AnswerSpan[]>>>();
/** The index terms just after each span, where its unit is ("256 routed experts"). */
const unitCache = new WeakMap<AnswerSpan, ReadonlySet<string>>();

/** A sentence's amounts, found once per sentence (shared with the bold answer's list). */
export const amountsOf = (index: SearchIndex, words: MeasureWords, sentence: Sentence) =>
  spansOf(index, words, sentence, "quantity");

/** A sentence's dates, found once per sentence, whatever their precision. */
export const datesOf = (index: SearchIndex, words: MeasureWords, sentence: Sentence) =>
  spansOf(index, words, sentence, "date");

function spansOf(
  index: SearchIndex,
  words: MeasureWords,
  sentence: Sentence,
  kind: SpanKind,
): AnswerSpan[] {
  const cached = spanCache.get(sentence) ?? {};
  let spans = cached[kind];
  if (!spans) {
    const { text, start } = sentence;
    const { findQuantities, findNames } = spanFinders(words);
    spans =
      kind === "date"
        ? findDates(text, start)
        : kind === "quantity"
          ? findQuantities(text, start)
          : kind === "label"
            ? findLabels(words, text, start)
            : findNames(text, start, (name) =>
                index
                  .concepts(name)
                  .some((c) => c.alias && index.aliases.byId(c.term.slice(1))?.kind !== "person"),
              );
    cached[kind] = spans;
    spanCache.set(sentence, cached);
  }
  return spans;
}

export function unitOf(
  index: SearchIndex,
  sentence: Sentence,
  span: AnswerSpan,
): ReadonlySet<string> {
  // Looked up first: the closure `remembered` takes would be built for every span of every ask.
  return (
    unitCache.get(span) ?? remembered(unitCache, span, () => unitWithin(index, sentence, span, 0))
  );
}

/**
 * The unit with the word the reach ends in read whole: what is counted. "nearly 20 public
 * evaluation li…" counts lists. (Only here: a whole "tokens" after "1 yuan per million input"
 * would read as a unit no sum has.)
 */
const countedUnitOf = (index: SearchIndex, sentence: Sentence, span: AnswerSpan) =>
  // Looked up first, as by `unitOf`.
  countedUnitCache.get(span) ??
  remembered(countedUnitCache, span, () => {
    const at = span.end - sentence.start + RANKING.unitReach;
    // Only a word the reach ends inside: one starting right at its end lay beyond it.
    const inWord = /[\p{L}\d]/u.test(sentence.text[at - 1] ?? "");
    const rest = inWord ? (/^[\p{L}\d]*/u.exec(sentence.text.slice(at))?.[0] ?? "") : "";
    // What follows "per" is a rate's measure, not what it counts: "256 routed experts per layer".
    return unitWithin(index, sentence, span, rest.length, PER);
  });
/** Where a rate's measure starts: "per layer", "pages/day". */
const PER = /\s+per\s+|\//;
const countedUnitCache = new WeakMap<AnswerSpan, ReadonlySet<string>>();

/** The index terms after a span, `more` characters past the reach, up to `end` if given. */
function unitWithin(
  index: SearchIndex,
  sentence: Sentence,
  span: AnswerSpan,
  more: number,
  end?: RegExp,
) {
  const from = span.start - sentence.start;
  // The unit is in the span's own clause: in "9.3% ahead, MBPP was" MBPP is not 9.3%'s.
  const reach = sentence.text.slice(from, span.end - sentence.start + RANKING.unitReach + more);
  const whole = reach.split(/[,;:] /)[0] ?? reach;
  // Another number starts another amount, with its own unit: "16× token compression via
  // 2-layer conv" counts no layers.
  const own = span.end - span.start;
  const next = NEXT_NUMBER.exec(whole.slice(own));
  const clause = next ? whole.slice(0, own + next.index) : whole;
  if (!end) return new Set(index.analyze(clause));
  // `end` is looked for after the span's own text: the "/" of "1/70" is no rate's "per".
  const after = clause.slice(own);
  return new Set(index.analyze(clause.slice(0, own) + (after.split(end)[0] ?? after)));
}

/** A number of its own, not a name's digits ("H800"): where another amount starts. */
const NEXT_NUMBER = /(?<![\p{L}\d.,])\d/u;

/** A size written with its scale letter ("7B", "33B"): a model's size, never a count of things. */
const SIZE_SPAN = /^\d[\d.,]*\s*[BMKT]$/;

/** The index terms of `scaledCounts` and of `scaledLists` too (measures.json). */
const scaledCache = new WeakMap<SearchIndex, WeakMap<MeasureWords, ScaledTerms>>();
interface ScaledTerms {
  counts: ReadonlySet<string>;
  lists: ReadonlySet<string>;
}
const scaledTerms = (index: SearchIndex, words: MeasureWords): ScaledTerms =>
  remembered(
    remembered(scaledCache, index, () => new WeakMap<MeasureWords, ScaledTerms>()),
    words,
    () => {
      const counts = new Set(index.analyze(words.scaledCounts.join(" ")));
      const lists = new Set([...counts, ...index.analyze(words.scaledLists.join(" "))]);
      return { counts, lists };
    },
  );

/**
 * Whether a size with its scale letter ("3B", "128K") may answer what a "how many" question
 * counts: as the bold answer (`as` "count") when it counts parameters or tokens; as one of a
 * list (`as` "list") also when sizes or versions are counted, so the sentence is still shown
 * ("three sizes: 3B, 16B, and 27B"). Never a count of experts or layers. Any other amount may.
 */
function sizeAnswers(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  amount: string,
  as: "count" | "list",
): boolean {
  if (question.type !== "quantity" || question.counted.length === 0) return true;
  if (!SIZE_SPAN.test(amount)) return true;
  const terms = scaledTerms(index, words)[as === "count" ? "counts" : "lists"];
  return question.counted.some((c) => credit(c, terms) > 0);
}

/** Whether an amount may be the bold answer of a "how many <things>" question (sizeAnswers). */
export const answersCount = (
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  amount: string,
) => sizeAnswers(index, words, question, amount, "count");

/** How many characters of an ISO date a date names: 10 with its day, 7 with its month. */
const isoLength = (text: string) => normalizeDate(text)?.length ?? 0;

/**
 * Whether a date may be the span of a question asking for that precision (ParsedQuestion.wants):
 * "which day" not "2023" or "the 1980s". A month is still the sentence's span, so the sentence
 * that dates the thing asked stays the best one rather than another day's ("which day was
 * high-flyer founded": February 2016, not a founder's talk on March 20, 2024); `datesPrecisely`
 * then says whether that span answers.
 */
function spanPrecision(wants: ParsedQuestion["wants"], date: string): boolean {
  if (wants === "day") return isoLength(date) >= "2023-07".length;
  if (wants === "year") return /\b\d{4}\b/.test(date);
  if (wants === "decade") return /\b\d{3}0s\b/.test(date);
  return true;
}

/**
 * Whether a date is as precise as the question asks: "which day", "the exact date" is not
 * answered by "October 2025", nor "what month" by "2019". People ask for the day because they
 * know the month ("like may what", "day not just month"), and a month in bold reads as the answer.
 */
export function datesPrecisely(wants: ParsedQuestion["wants"], date: string): boolean {
  if (wants === "day") return isoLength(date) >= "2023-07-17".length;
  if (wants === "month") return isoLength(date) >= "2023-07".length;
  return true;
}

/** The month of a date that names its day ("July 17, 2023": 7); null for a month or year alone. */
export function monthOfDay(date: string): number | null {
  const iso = normalizeDate(date);
  return iso && iso.length >= "2023-07-17".length ? Number(iso.slice(5, 7)) : null;
}

/**
 * Whether a date can answer which day of a month the question asks ("V2是5月几号发布的", "what
 * day in may"): a day of that month. Another month's date is another event's, and the month
 * alone ("May 2024") only repeats the question.
 */
export const inMonthAsked = (question: ParsedQuestion, date: string): boolean =>
  question.month === null || monthOfDay(date) === question.month;

/** A clock time: "1:00 a.m.", "13:30". */
const CLOCK_TIME = /\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?/gi;
const CLOCK_ALONE = new RegExp(`^${CLOCK_TIME.source}$`, "i");

/** Whether a span is a clock time: "1:00 a.m.". */
export const isClockTime = (text: string): boolean => CLOCK_ALONE.test(text);

/** A share, a multiple or a fraction ("5%-13%", "16×", "1/70"): what it measures is named before it. */
const RATIO_SPAN = /[%×]|\d\/\d|\bx\b|\btimes\b|\bpercent\b/i;

/**
 * Whether what a share names before it counts what is asked. It must name something: "more
 * than 90%" names nothing and so is no one's share of anything.
 */
const countsBefore = (amount: AmountTest, before: ReadonlySet<string>) =>
  before.size > 0 && amount.counts(before);

/** The index terms just before a span, in its clause: "memory footprint to 5%". */
function namedBefore(
  index: SearchIndex,
  sentence: Sentence,
  span: AnswerSpan,
): ReadonlySet<string> {
  const to = span.start - sentence.start;
  const before = sentence.text.slice(Math.max(0, to - RANKING.unitReach), to);
  const clauses = before.split(/[,;:] /);
  return index.termsOf(clauses[clauses.length - 1] ?? before);
}

export function typedSpans(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  sentence: Sentence,
): readonly AnswerSpan[] {
  // A citation marker inside the sentence shifts offsets: its spans would not map back.
  if (sentence.text.length !== sentence.end - sentence.start) return NO_SPANS;
  let spans: readonly AnswerSpan[];
  // "What time of day": the clock time, which no date span holds.
  if (question.wants === "time") spans = matchSpans(CLOCK_TIME, sentence.text, sentence.start);
  else if (question.wants === "clock") {
    const clock = matchSpans(CLOCK_TIME, sentence.text, sentence.start);
    spans = clock.length > 0 ? clock : spansOf(index, words, sentence, "date");
  } else if (question.type === "date" || question.type === "person") {
    spans = ofPrecisionAsked(question, spansOf(index, words, sentence, question.type));
  } else if (question.type === "quantity") {
    spans = amountsAsked(index, words, question, sentence);
  } else if (question.type === "label") {
    spans = spansOf(index, words, sentence, "label").filter(
      (span) => !labelStated(index, question, span.text),
    );
  } else return NO_SPANS;
  // A value the question already states ("more than 10000 gpus", "after the 128k upgrade") is
  // not its answer; a range that ends in it leaves its start ("from the previous 32k to 128k",
  // asked what it was before 128k: 32k).
  if (spans.length === 0) return NO_SPANS;
  const before = beforeTest(words).test(question.normalized);
  const answers: AnswerSpan[] = [];
  const lessPrecise: AnswerSpan[] = [];
  for (const span of spans) {
    const end = rangeEndNotStated(question, span, before);
    if (end) answers.push(end);
    else if (!statesValue(question, span.text)) answers.push(span);
    else if (datesLessThanAsked(question, span.text)) lessPrecise.push(span);
  }
  return answers.length > 0 ? answers : lessPrecise;
}

/**
 * Whether every word of a label is one the question searches: "why was it called a price
 * butcher", 被称为价格屠夫的公司 (read as price butcher) state the label, and ask something else.
 */
function labelStated(index: SearchIndex, question: ParsedQuestion, label: string): boolean {
  const asked = new Set(
    question.concepts.flatMap((c) => [...c.terms, ...c.related.map((r) => r.term)]),
  );
  const terms = [...index.termsOf(label)];
  return terms.length > 0 && terms.every((t) => asked.has(t));
}

/**
 * Whether a date the question states is less precise than it asks ("2024", asked which month
 * of 2024): the sentence's span when it holds no other ("In 2024, DeepSeek successfully passed
 * the recordal"), so the sentence that dates what is asked stays the answer's rather than
 * another event's of that month, and `datesPrecisely` then says it does not answer. "March 20,
 * 2024 … NVIDIA GTC 2024" still answers with its day.
 */
const datesLessThanAsked = (question: ParsedQuestion, date: string) =>
  question.type === "date" && !datesPrecisely(question.wants, date);

/*
 * The helpers below loop rather than filter: a closure in typedSpans, which runs for every
 * candidate sentence, made each call allocate, whichever branch it took.
 */

/**
 * The spans whose text `keep` keeps for the question: a module-level test and a loop, not a
 * closure per call. Callers pass the list itself when nothing is asked of it.
 */
export function spansKept(
  question: ParsedQuestion,
  spans: readonly AnswerSpan[],
  keep: (question: ParsedQuestion, text: string) => boolean,
): AnswerSpan[] {
  const kept: AnswerSpan[] = [];
  for (const span of spans) if (keep(question, span.text)) kept.push(span);
  return kept;
}

/** Whether a date is of the precision asked ("what day": one with its month). */
const ofPrecision = (question: ParsedQuestion, date: string) => spanPrecision(question.wants, date);

/** The dates of the precision asked: any date when none is, the found list as it is. */
const ofPrecisionAsked = (question: ParsedQuestion, found: readonly AnswerSpan[]) =>
  question.wants === null ? found : spansKept(question, found, ofPrecision);

/** A sentence's amounts of the measure asked, counting what is asked (`amountTest`). */
function amountsAsked(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  sentence: Sentence,
): AnswerSpan[] {
  const amount = amountTest(index, words, question);
  const kept: AnswerSpan[] = [];
  for (const span of spansOf(index, words, sentence, "quantity")) {
    if (
      amount.fits(span) &&
      sizeAnswers(index, words, question, span.text, "list") &&
      (amount.counts(unitOf(index, sentence, span), countedUnitOf(index, sentence, span)) ||
        (RATIO_SPAN.test(span.text) && countsBefore(amount, namedBefore(index, sentence, span))))
    )
      kept.push(span);
  }
  return kept;
}

/** No span: one shared, frozen list, not a new one per sentence. */
export const NO_SPANS: readonly AnswerSpan[] = Object.freeze([]);

/** A range as the documents write one: "32k to 128k", "600–1,300", "5-13%". */
const RANGE = /^(.+?)(\s*(?:[-–—]|\bto\b)\s*)(.+)$/;

/**
 * The end of a range the question does not state, when it states the other: "600 to how many
 * tokens" is answered by 1,300 of "600–1,300". When the question asks what came before, only its
 * start ("before 128k how long was the context": 32k of "32k to 128k", not 164K of MLA's
 * "128K-164K"); a stated end otherwise only dates the question ("how much per million tokens
 * when they went to 128k").
 */
function rangeEndNotStated(
  question: ParsedQuestion,
  span: AnswerSpan,
  before: boolean,
): AnswerSpan | null {
  const [, from = "", to = "", upto = ""] = RANGE.exec(span.text) ?? [];
  if (!from || !upto) return null;
  const fromStated = statesValue(question, from);
  const uptoStated = statesValue(question, upto);
  if (!before && fromStated && !uptoStated) {
    const start = span.start + from.length + to.length;
    return { text: upto, start, end: span.end };
  }
  if (before && uptoStated && !fromStated) {
    return { text: from, start: span.start, end: span.start + from.length };
  }
  return null;
}

/**
 * Whether the question already states a value: its text, standing alone ("1" is not R1's), or
 * for an amount its number, however the thousands are written ("10000" for "10,000 GPUs").
 */
export function statesValue(question: ParsedQuestion, value: string): boolean {
  const { asked, stated } = statedOf(question);
  const text = value.toLowerCase();
  for (let at = asked.indexOf(text); at >= 0; at = asked.indexOf(text, at + 1)) {
    const before = asked[at - 1] ?? " ";
    const after = asked[at + text.length] ?? " ";
    if (!/[\p{Script=Latin}\d]/u.test(before) && !/[\p{Script=Latin}\d]/u.test(after)) return true;
  }
  if (question.type !== "quantity") return false;
  return numbersOfSpan(value).some((n) => stated.has(n));
}

/** A span's numbers, read once per text: spans are the corpus's, asked about again and again. */
const spanNumbers = new Map<string, readonly string[]>();
function numbersOfSpan(value: string): readonly string[] {
  let numbers = spanNumbers.get(value);
  if (!numbers) {
    numbers = numbersIn(value);
    // Bounded: a span the question states ("after the 128k upgrade") may be new text.
    if (spanNumbers.size < MAX_REMEMBERED_SPANS) spanNumbers.set(value, numbers);
  }
  return numbers;
}
const MAX_REMEMBERED_SPANS = 10_000;

/** A question's text and the numbers standing alone in it, read once: every span is tested. */
const statedCache = slot<ParsedQuestion, { asked: string; stated: ReadonlySet<string> }>();
const statedOf = (question: ParsedQuestion) => rememberedLast(statedCache, question, statedIn);

const statedIn = (_: undefined, question: ParsedQuestion) => {
  // A guess ("…? like 34b?") offers a value the answer confirms or not: it is not stated.
  let asked = question.text.toLowerCase();
  for (const guess of question.guessed) {
    const at = asked.lastIndexOf(guess.toLowerCase());
    if (at >= 0) asked = `${asked.slice(0, at)} ${asked.slice(at + guess.length)}`;
  }
  return { asked, stated: new Set(numbersIn(asked, STATED)) };
};

/** A number that stands alone in a question, not in a name: "10000", "128k"; not "r1", "gpt-4". */
const STATED = /(?<![\p{Script=Latin}\d.-])\d[\d,]*(?:\.\d+)?/gu;
/** The numbers a text writes, with their thousands separators dropped: "10,000" and "10000". */
const numbersIn = (text: string, pattern = /\d[\d,]*(?:\.\d+)?/g): string[] =>
  [...text.matchAll(pattern)].map((m) => m[0].replace(/,(?=\d{3})/g, ""));

/** A measure a question can ask for, as patterns: the words asking for it, the units holding it. */
interface MeasureTest {
  asks: RegExp;
  holds: RegExp;
  /** Words that make `asks` ask a size instead (Measure.sizeWith). */
  sizeWith?: RegExp;
  /** Words that make `asks` ask a text's length instead (Measure.lengthWith). */
  lengthWith?: RegExp;
}

const measureCache = new WeakMap<
  MeasureWords,
  Record<keyof MeasureWords["measures"], MeasureTest> & {
    money: MeasureTest & { currency: RegExp };
  }
>();

/** What may close a Chinese question after its last asking word: a particle, a mark. */
const ZH_CLOSE = "[呢啊呀吗嘛]?[？?。！!]*\\s*$";

/** Chinese asking words as one alternation; one ending in "$" only at the question's end. */
function zhAsks(words: readonly string[]): string {
  const anywhere = words.filter((w) => !w.endsWith("$"));
  const atEnd = words.filter((w) => w.endsWith("$")).map((w) => w.slice(0, -1));
  const parts = [anywhere.length > 0 ? alternation(anywhere) : ""];
  if (atEnd.length > 0) parts.push(`${alternation(atEnd)}(?=${ZH_CLOSE})`);
  return parts.filter(Boolean).join("|");
}

/** The measures a question may ask, in the order they are tried: "how long" is a duration first. */
const MEASURES = ["duration", "ratio", "size", "money", "length", "speed"] as const;

/** The measures of corpus/measures.json as patterns, compiled once per words object. */
function measureTests(words: MeasureWords) {
  return remembered(measureCache, words, () => {
    const { duration, size, money, ratio, length, speed } = words.measures;
    const asks = (m: Measure) => {
      const after = m.asksAfterHowMuch
        ? `|\\bhow much\\b.*\\b${alternation(m.asksAfterHowMuch)}`
        : "";
      const zh = m.asksZh ? `|${zhAsks(m.asksZh)}` : "";
      return new RegExp(`\\b${alternation(m.asks)}${after}${zh}`, "i");
    };
    const holds = (units: readonly string[], more = "") =>
      new RegExp(`${more}\\b${alternation(units)}`, "i");
    // Right after the asking phrase ("how long of a context", "how long is the context
    // window"): "how long did it take to extend the context" still asks a duration.
    const askedWith = (m: Measure, things: readonly string[] | undefined) =>
      things
        ? new RegExp(
            `${alternation(m.asks)}\\s+(?:(?!(?:did|does|do|will|would|take|took|last|lasted)\\b)\\S+\\s+){0,6}${alternation(things)}`,
            "i",
          )
        : undefined;
    return {
      duration: {
        asks: asks(duration),
        holds: holds(duration.units),
        sizeWith: askedWith(duration, duration.sizeWith),
        lengthWith: askedWith(duration, duration.lengthWith),
      },
      // A size may also be a number with a scale letter ("7B"); a sum so written needs its sign
      // ("$5.5M"): "32k to 128k" is a context, no price.
      size: {
        asks: asks(size),
        holds: new RegExp(`${holds(size.units).source}|\\d[BMKT]\\b`, "i"),
      },
      money: {
        asks: asks(money),
        holds: new RegExp(`[$¥€£]|${holds(money.units).source}`, "i"),
        // A sum's own sign or unit ("$", "yuan"), not a scale sizes have too ("billion").
        currency: new RegExp(
          `[$¥€£]|\\b${alternation(money.units.filter((u) => !size.units.includes(u)))}\\b`,
          "i",
        ),
      },
      // "16×", "3 times", "45%", "1/70": a unit that is a symbol has no word boundary before it.
      ratio: {
        asks: asks(ratio),
        holds: new RegExp(`\\d\\s*${alternation(ratio.units)}|\\d/\\d`, "i"),
      },
      // "40+ page", "10,000-word": the unit may follow a hyphen or a plus.
      length: {
        asks: asks(length),
        holds: new RegExp(`\\d\\+?[\\s-]*${alternation(length.units)}`, "i"),
      },
      speed: { asks: asks(speed), holds: holds(speed.units) },
    };
  });
}

/** Whether a question asks for a sum of money ("how much did it cost", 多少钱). */
export const asksSum = (words: MeasureWords, question: ParsedQuestion): boolean =>
  question.type === "quantity" && measureTests(words).money.asks.test(question.normalized);

/**
 * Whether the amount a question asks is money: a sum is asked ("how much did it cost"), or a
 * currency it asks in ("how many dollars", "in usd", 多少美元). A currency named with an amount it
 * states ("trained for 5.5 million dollars, how many parameters…") does not make it one.
 */
export const asksMoney = (words: MeasureWords, question: ParsedQuestion): boolean =>
  asksSum(words, question) || askedCurrencies(words, question).size > 0;

const changeCache = new WeakMap<MeasureWords, RegExp>();
/** "How much … drop": a question about how far something moved (measures.json's changes). */
const changeTest = (words: MeasureWords): RegExp =>
  remembered(
    changeCache,
    words,
    () => new RegExp(`\\bhow much\\b.*\\b${alternation(words.changes)}`, "i"),
  );

const comparisonCache = new WeakMap<MeasureWords, RegExp>();
/** "How much cheaper", "how much better": a comparative right after "how much". */
const comparisonTest = (words: MeasureWords): RegExp =>
  remembered(
    comparisonCache,
    words,
    () => new RegExp(`\\bhow much\\s+${alternation(words.comparatives)}`, "i"),
  );

/**
 * Whether an amount's own text is of the measure the question asks ("236B" for "how many
 * parameters", "1 billion yuan" for "how much did it cost"): the measure its asking words name,
 * or the one whose units it counts. Such an amount may answer though its clause does not repeat
 * the question's words; "more than 90%" for "how many parameters" cannot.
 */
export function holdsAskedMeasure(
  words: MeasureWords,
  question: ParsedQuestion,
  amount: string,
): boolean {
  const tests = measureTests(words);
  const counted = new Set(question.counted.map((c) => c.surface.toLowerCase()));
  for (const name of MEASURES) {
    const measure = words.measures[name];
    const asked =
      tests[name].asks.test(question.normalized) ||
      measure.units.some((u) => counted.has(u.toLowerCase()));
    if (asked) return askedInstead(tests, name, question.normalized).holds.test(amount);
  }
  return false;
}

/** The measure a question's asking words ask: `name`'s, or the size or length it asks instead. */
function askedInstead(
  tests: ReturnType<typeof measureTests>,
  name: keyof MeasureWords["measures"],
  question: string,
): MeasureTest {
  const measure = tests[name];
  if (measure.sizeWith?.test(question)) return tests.size;
  if (measure.lengthWith?.test(question)) return tests.length;
  return measure;
}

/**
 * "How long" wants a duration; "how much … cost" and "how many" never do ("six years" is no
 * price); "by how much" wants a ratio unless it asks about money or size.
 */
function fitsMeasure(question: string, words: MeasureWords): (span: AnswerSpan) => boolean {
  const tests = measureTests(words);
  const { duration, money, ratio } = tests;
  // "How much did the share price drop": by a share or by a sum, whichever the sentence says
  // ("by how much" still wants a ratio).
  if (changeTest(words).test(question) && !ratio.asks.test(question))
    return (span) => ratio.holds.test(span.text) || money.holds.test(span.text);
  // "How much cheaper was it": a comparison, answered by how many times, not by the price.
  if (comparisonTest(words).test(question)) return (span) => ratio.holds.test(span.text);
  // "What fraction of GPT-4-Turbo's price" (价格…几分之一) asks a ratio; the price is what it is of.
  for (const name of MEASURES) {
    if (!tests[name].asks.test(question)) continue;
    const asked = askedInstead(tests, name, question);
    return (span) => asked.holds.test(span.text);
  }
  // "How many" counts things, and "how much" measures them: "three days" answers neither,
  // unless the question names the duration's unit ("how many trial days"); a rate ("200k+
  // pages/day") is no duration. Nor is a sum ("1 yuan per million input tokens") a count of
  // anything, unless the question names its currency ("how many yuan").
  const noDuration = /\bhow (?:much|many)\b/i.test(question) && !duration.holds.test(question);
  const { currency } = money;
  const noSum = /\bhow many\b/i.test(question) && !currency.test(question);
  if (!noDuration && !noSum) return () => true;
  return (span) =>
    !(noDuration && duration.holds.test(span.text) && !PER.test(span.text)) &&
    !(noSum && currency.test(span.text));
}

/** What an amount must be to answer a quantity question, decided once per question. */
interface AmountTest {
  /** Its own text holds the measure asked for (a duration for "how long"). */
  fits(span: AnswerSpan): boolean;
  /** Its unit (the index terms after it, see `unitOf`) counts what is asked. */
  counts(unit: ReadonlySet<string>, counted?: ReadonlySet<string>): boolean;
}

/** Per question: every sentence of every candidate passage asks the same of its amounts. */
const amountCache = slot<ParsedQuestion, AmountTest>();

function amountTest(index: SearchIndex, words: MeasureWords, question: ParsedQuestion) {
  // Looked up first: the closure `rememberedLast` takes would be built for every sentence.
  return (
    lastRemembered(amountCache, question) ??
    rememberedLast(amountCache, question, (): AmountTest => {
      // "How much money…" names the measure itself, which the measure's own test has checked;
      // "how much cheaper…" asks for a difference, of whatever the sentence compares.
      const measures = measureAskWords(words);
      const counted = question.counted.filter((c) => !measures.has(c.surface.toLowerCase()));
      // A sum asked ("管理规模", "how much money") rules out amounts of other units, unless the
      // question also asks a duration, size or share ("…管理规模超过千亿用了几年": six years), which
      // fitsMeasure tries before money.
      const tests = measureTests(words);
      const other = [tests.duration, tests.ratio, tests.size].some((m) =>
        m.asks.test(question.normalized),
      );
      const foreign =
        tests.money.asks.test(question.normalized) && !other ? foreignUnits(index, words) : null;
      // "训练R1用了多少张GPU" counts GPUs: a sum ("under $6 million using … H800 GPUs") counts
      // no thing, unless a sum is asked (多少钱, 多少美元: a currency counted). English says
      // which itself: "how many" counts (fitsMeasure), "how much … per million tokens" is a sum.
      const fits = fitsMeasure(question.normalized, words);
      const countsThings =
        hasHan(question.normalized) && counted.length > 0 && !asksMoney(words, question);
      return {
        fits: countsThings ? (span) => fits(span) && !tests.money.currency.test(span.text) : fits,
        counts: (unit, unitCounted = unit) =>
          countsWhatIsAsked(counted, unitCounted) && !(foreign && sharesTerm(unit, foreign)),
      };
    })
  );
}

const foreignCache = new WeakMap<SearchIndex, ReadonlySet<string>>();

/**
 * The index terms of units no sum has: "671 billion total parameters" is no price, though
 * "billion" is a unit of money too.
 */
function foreignUnits(index: SearchIndex, words: MeasureWords): ReadonlySet<string> {
  return remembered(foreignCache, index, () => {
    const moneyWords = new Set(words.measures.money.units.map((u) => u.toLowerCase()));
    const other = words.units.filter(
      (u) =>
        /^\p{L}{2,}/u.test(u) &&
        !u
          .toLowerCase()
          .split(/[\s.]+/)
          .some((w) => moneyWords.has(w)),
    );
    return new Set(other.flatMap((u) => index.analyze(u)));
  });
}

/** Words that scale an amount rather than name what it counts. */
const SCALE = new Set(["billion", "million", "thousand", "trillion", "hundr"]);

/**
 * Whether an amount counts what a "how many" or "how much" question counts (`counted`): its
 * unit names the counted thing, or names nothing ("256", "1,100"). "671 billion total
 * parameters" does not answer "how many layers".
 */
function countsWhatIsAsked(counted: readonly QueryConcept[], unit: ReadonlySet<string>): boolean {
  if (counted.length === 0) return true;
  const names = namesOf(unit);
  if (names.size === 0) return true;
  for (const c of counted) if (credit(c, names) >= RANKING.countedRelated) return true;
  return false;
}

/**
 * The terms of a unit that name something, numbers and scale words left out: "billion" scales
 * any amount, and a question word related to it ("revenue") is not its unit. Remembered per
 * unit, which is the corpus's (`unitOf`, `namedBefore`): every quantity question asks again.
 */
const namesCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
const namesOf = (unit: ReadonlySet<string>): ReadonlySet<string> =>
  remembered(namesCache, unit, namesIn);

const namesIn = (_: undefined, unit: ReadonlySet<string>): ReadonlySet<string> =>
  new Set([...unit].filter((t) => !/^[\d.,]+[a-z]?$/.test(t) && !SCALE.has(t)));

const askWordsCache = new WeakMap<MeasureWords, ReadonlySet<string>>();

/** Every word that asks for a measure ("money", "price", "long") or a difference ("cheaper"). */
export const measureAskWords = (words: MeasureWords): ReadonlySet<string> =>
  remembered(askWordsCache, words, () => {
    const phrases = Object.values(words.measures).flatMap((m) => [
      ...m.asks,
      ...(m.asksAfterHowMuch ?? []),
      ...(m.asksZh ?? []).map((w) => w.replace(/\$$/, "")),
    ]);
    return new Set([
      ...phrases.flatMap((p) => p.toLowerCase().split(/\s+/)),
      ...words.comparatives,
    ]);
  });
