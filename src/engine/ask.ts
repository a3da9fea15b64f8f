import { byScoreDescending, type SearchIndex } from "../index/search-index.js";
import type { ChineseLexicon } from "../ingest/load-chinese.js";
import type { Sentence } from "../ingest/passages.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { wholeWords } from "../text/alternation.js";
import { yearsIn } from "../text/dates.js";
import { remembered } from "../text/remembered.js";
import { hasHan } from "../text/script.js";
import { baseTokens } from "../text/tokens.js";
import { uniqueBy } from "../text/unique.js";
import {
  currencyMismatch,
  directAnswer,
  type InAnotherCurrency,
  type NoDirectAnswer,
  namesSomeoneElse,
  sourceOf,
} from "./answer.js";
import { isCommonWordsName } from "./common-names.js";
import { earlierRelease } from "./compare.js";
import { credit } from "./coverage.js";
import { saysChangedFrom } from "./earlier-values.js";
import { factAnswer } from "./fact-answer.js";
import { suggestModels } from "./model.js";
import { isPlace, namesPlace } from "./places.js";
import {
  type ParsedQuestion,
  parseQuestion,
  parseQuestionText,
  type QueryConcept,
  readQuestionText,
} from "./question.js";
import { type Ranked, rankPassage, requiredOfQuestion, subjectsOfQuestion } from "./rank.js";
import { ASK_DEFAULTS, type AskOptions, RANKING } from "./ranking.js";
import type { AskPassage, AskResult } from "./result.js";
import { isBackground, isEvent, namesSubject } from "./subjects.js";
import { modelSuggestions, suggestAlternatives } from "./suggest.js";
import {
  answersCount,
  datesOf,
  datesPrecisely,
  isClockTime,
  monthOfDay,
  typedSpans,
} from "./typed-spans.js";
import { asksInChinese, asksWithWhom } from "./understand/chinese.js";
import { englishCues } from "./understand/english-cues.js";
import { unknownModelName, withMakers } from "./understand/models.js";
import { asksInEnglish, splitQuestion } from "./understand/split.js";

function present(scored: Ranked): AskPassage {
  const sentence = scored.best?.sentence;
  return {
    text: scored.passage.text,
    highlight: sentence ? { text: sentence.text, start: sentence.start, end: sentence.end } : null,
    source: sourceOf(scored.passage, scored.passage),
    score: Math.round(scored.score * 1000) / 1000,
  };
}

const abstain = (question: string, reason: AskResult["reason"], confidence = 0): AskResult => ({
  question,
  answered: false,
  answer: null,
  answerSource: null,
  passages: [],
  conflicts: [],
  confidence,
  reason,
});

type MeasureWords = Knowledge["measures"];
const amountWordsCache = new WeakMap<MeasureWords, ReadonlySet<string>>();
/** Words after a number that make it an amount, not a version: every unit of measures.json. */
const amountWords = (words: MeasureWords): ReadonlySet<string> =>
  remembered(amountWordsCache, words, amountWordsOf);

const amountWordsOf = (_: undefined, words: MeasureWords): ReadonlySet<string> => {
  const units = [...words.units, ...Object.values(words.measures).flatMap((m) => m.units)];
  return new Set(units.flatMap((u) => baseTokens(u)));
};

/** The model the question names that the documents lack, if any (`unknownModelName`). */
const unknownModelOf = (knowledge: Knowledge, text: string): string | null =>
  unknownModelName(knowledge.index, text, amountWords(knowledge.measures));

/** The answer a question names a model the documents do not: which, and what they do name. */
function unknownModel(knowledge: Knowledge, question: string, name: string): AskResult {
  // The models its words name ("Coder", "V3" of "Coder V3") first, then the nearest names.
  const named = knowledge.index.aliases
    .match(withMakers(knowledge.index.aliases, baseTokens(name)))
    .flatMap((m) => knowledge.catalog.models.filter((model) => model.id === m.group.id))
    .map((model) => model.name);
  const nearest = suggestModels(knowledge, name, RANKING.closestModels);
  const closest = [...new Set([...named, ...nearest])].slice(0, RANKING.closestModels);
  return {
    ...abstain(question, "unknown-model"),
    unknownModel: { name, closest },
    suggestions: modelSuggestions(knowledge, closest),
  };
}

/**
 * The coverage a question's best passage needs: a long question's every incidental word (chat,
 * the scene it sets) lowers the share any passage covers, so one of `RANKING.longQuestion`
 * words or more needs `RANKING.longCoverage` of the usual share.
 */
function minCoverageFor(parsed: ParsedQuestion, minCoverage: number): number {
  const words = parsed.concepts.filter((c) => c.kind !== "noise" && c.weight > 0).length;
  return words >= RANKING.longQuestion ? minCoverage * RANKING.longCoverage : minCoverage;
}

/**
 * Whether each offer (a section heading, a model's name: a small fixed set) gets an answer,
 * remembered per knowledge base and options: checking it anew made every abstention several
 * asks long.
 */
const offerCache = new WeakMap<Knowledge, Map<string, Map<string, boolean>>>();
function answeredOffers(knowledge: Knowledge, opts: AskOptions): Map<string, boolean> {
  const byOptions = remembered(
    offerCache,
    knowledge,
    () => new Map<string, Map<string, boolean>>(),
  );
  const key = JSON.stringify(opts);
  const known = byOptions.get(key) ?? new Map<string, boolean>();
  byOptions.set(key, known);
  return known;
}

/**
 * Answers one parsed question: BM25 candidates, re-ranked, then the safe direct answer. An
 * abstention offers what the documents cover nearby (`suggest`), each offer checked by asking
 * it, without offers of its own.
 */
function answerParsed(
  knowledge: Knowledge,
  parsed: ParsedQuestion,
  opts: AskOptions,
  suggest = true,
): AskResult {
  const { index, lexicon } = knowledge;
  if (parsed.concepts.length === 0) return abstain(parsed.text, "empty-question");
  const unknown = unknownModelOf(knowledge, parsed.normalized);
  if (unknown) return unknownModel(knowledge, parsed.text, unknown);

  // "is deepseek down rn": a yes-or-no question that says nothing of its subject but the
  // corpus's own topic ("down" is a stop word) is met by every passage, and answered by none.
  const ofTopic = (c: QueryConcept) =>
    c.weight === 0 || (c.kind === "alias" && c.terms.every((t) => isBackground(index, t)));
  const topicOnly = parsed.concepts.every(ofTopic);
  if (parsed.yesNo && topicOnly) return { ...abstain(parsed.text, "not-relevant-enough") };
  const weightiest = [...parsed.concepts].sort((a, b) => b.weight - a.weight);
  const searched = weightiest.filter(
    (c, i) => i < opts.keepRarest || !c.terms.some((t) => index.isCommon(t)),
  );
  // A related word is searched at its trust, below the question's own words.
  const boost = new Map<string, number>();
  for (const c of searched) {
    for (const r of c.related) boost.set(r.term, Math.max(r.weight, boost.get(r.term) ?? 0));
  }
  for (const c of searched) for (const t of c.terms) boost.set(t, 1);
  const hits = index.search([...boost.keys()], opts.candidates, boost);
  const offers = (nearest: readonly Ranked[]) => {
    if (!suggest) return [];
    const known = answeredOffers(knowledge, opts);
    const answers = (q: string) => {
      let answered = known.get(q);
      if (answered === undefined) {
        const offer = parseQuestion(index, lexicon, q, amountWords(knowledge.measures));
        answered = answerParsed(knowledge, offer, opts, false).answered;
        known.set(q, answered);
      }
      return answered;
    };
    return suggestAlternatives(
      knowledge,
      parsed.normalized,
      nearest.map((r) => r.passage),
      answers,
    );
  };
  if (hits.length === 0) return { ...abstain(parsed.text, "no-match"), suggestions: offers([]) };

  const top = hits[0]?.score ?? 1;
  const ranked = hits
    .map((hit) => rankPassage(index, knowledge.measures, parsed, hit.passage, hit.score / top))
    .sort(byScoreDescending);
  const named = subjectsOfQuestion(index, parsed);
  const subjects = requiredOfQuestion(index, parsed);
  // A passage about what is asked comes before a closer match about something else: "what
  // licence is r1 under, can i use it in my commercial product" is answered by R1's licence,
  // not by the passage on commercial use of the older models.
  const onSubject = (r: Ranked) => subjects.every((s) => namesSubject(index, s, r.terms));
  const about = ranked.findIndex(onSubject);
  if (about > 0) ranked.unshift(...ranked.splice(about, 1));
  // "When…" met first by a passage with no date at all, and a close second that has one:
  // the second answers ("we have set up a new company" vs "incorporated on July 17, 2023").
  const typed = parsed.type === "date" || parsed.type === "quantity";
  const lead = ranked[0];
  // "Who…" too: "The establishment of Quant Fantasy… starting in 2015" names no one; and "what
  // nickname…", met first by a passage that gives none in quotes.
  if ((typed || parsed.type === "person" || parsed.type === "label") && lead && !lead.answer) {
    const reach = parsed.type === "label" ? RANKING.labelReach : RANKING.answerReach;
    const close = closeRivalAt(ranked, (r) => r.answer?.owned === true && onSubject(r), reach);
    if (close > 0) ranked.unshift(...ranked.splice(close, 1));
  }
  // "Which came first, VL2 or V3": the earlier's release answers, and its passage comes first.
  const earlier = earlierRelease(knowledge, parsed);
  if (earlier) {
    const its = ranked.findIndex(
      (r) => r.terms.has(`§${earlier.model.id}`) && r.passage.text.includes(earlier.answer.text),
    );
    if (its > 0) ranked.unshift(...ranked.splice(its, 1));
  }
  const first = ranked[0] as Ranked;
  const confidence = Math.round(first.coverage * 1000) / 1000;
  // The best passage does not answer: say so, and offer what is near.
  const notRelevant = (): AskResult => ({
    ...abstain(parsed.text, "not-relevant-enough", confidence),
    suggestions: offers(ranked),
  });
  // A passage that names none of DeepSeek-OCR's family does not say what DeepSeek-OCR's licence is.
  const offSubject = !onSubject(first);
  // What the best passage says of another year than the one asked is another thing ("GTC 2024"
  // for GTC 2023), and an amount of another year another amount ("exceeded 100 billion" by 2021,
  // asked of 2024, or now): the documents do not say.
  const otherYear = ofAnotherYear(index, parsed, first);
  if (
    offSubject ||
    first.coverage < minCoverageFor(parsed, opts.minCoverage) ||
    // A quoted name the question's words reach says what "what nickname…" asks, though the
    // sentence never says "nickname" ("a well-known “price butcher”").
    (first.exact < opts.minExactCoverage && !(parsed.type === "label" && first.answer?.owned)) ||
    missesAskedNotion(index, parsed, first) ||
    otherYear ||
    // "Which city…", "where was it held": a best sentence naming no place does not say (nearly
    // every passage names China or the U.S. somewhere).
    (parsed.type === "place" && !namesPlace(lexicon.places, first.best?.sentence.text ?? "")) ||
    // "Before they switched to MIT" met by "the licence would be changed to the MIT license":
    // a sentence that says not what it changed from does not say what it was before.
    // Asked of a thing ("what license"), not a date or an amount, whose spans say for themselves.
    (parsed.asksPrevious &&
      !typed &&
      !saysChangedFrom(knowledge.measures, first.best?.sentence.text ?? "")) ||
    // "The names of the two classmates": a best sentence naming no one else does not say.
    (parsed.asksPersonName &&
      !(first.best && namesSomeoneElse(index, knowledge.measures, parsed, first.best.sentence))) ||
    // "How many employees…" met by a sentence that names employees but holds no number at all.
    // A date of the wrong precision ("born in the 1980s" for "what year") answers no "what year".
    // A day of another month than the one asked ("what day in may", of a September release) is
    // still what the documents say: shown, not in bold.
    (typed &&
      !first.answer &&
      parsed.wants !== "time" &&
      !datesAnotherMonth(knowledge, parsed, first) &&
      // "With the arrival of this version, … opened up the network search": the sentence
      // before dates it (shown, not in bold).
      !datedBefore(knowledge, parsed, first))
  ) {
    return notRelevant();
  }

  // The catalog answers release dates and amounts with every source's value.
  const found = factAnswer(knowledge, parsed);
  // "How much was fire flyer 2 in dollars": the catalog's "1 billion yuan" is in another currency.
  const factCurrency = found && currencyMismatch(knowledge.measures, parsed, found.answer.text);
  if (factCurrency === "another" && found) return { ...notRelevant(), otherCurrency: found.answer };
  // "How many sizes…" is no question for the catalog's parameter count.
  const fact =
    found && !factCurrency && answersCount(index, knowledge.measures, parsed, found.answer.text)
      ? found
      : null;
  // "release date" names no thing, only notions of the alias table (release, API, price…):
  // when passages nearly as close as the first answer otherwise (DeepSeekMath's release,
  // DeepSeek-VL's…), any one of them is a guess.
  const guess =
    named.length === 0 &&
    parsed.concepts.every((c) => c.weight === 0 || isEvent(index, c)) &&
    closeRival(ranked, (r) => !!r.answer?.span && r.answer.span.text !== first.answer?.span?.text);
  const read = guess
    ? null
    : directAnswer(index, knowledge.measures, parsed, first, opts.minAnswerCoverage);
  const direct = read && "text" in read ? read : null;
  // Not stated in the best passage, nor by a close one with an answer of the subject's own.
  const unstated =
    read !== null &&
    "none" in read &&
    read.none === "unstated" &&
    !closeRival(ranked, (r) => r.answer?.owned === true && onSubject(r));
  // "Who was behind the attack" answered "United States": a place is no one, and the best
  // sentence names no one else.
  const placeForPerson =
    parsed.type === "person" && direct !== null && isPlace(lexicon.places, direct.text);
  // "How much did fire-flyer 2 cost in dollars" met by "1 billion yuan": not in the currency
  // asked; what the documents do say is shown with the abstention.
  if (!fact && read && "none" in read && read.none === "another-currency")
    return { ...notRelevant(), otherCurrency: read.given };
  if (
    !fact &&
    ((read && "none" in read && (saysNoAnswer(parsed, read, lexicon.chinese) || unstated)) ||
      placeForPerson)
  ) {
    return notRelevant();
  }
  // A fact that is one item of the best sentence's list ("7B" of "1B, 7B, and 33B") says less.
  const listed =
    fact && direct && direct.text !== fact.answer.text && direct.text.includes(fact.answer.text);
  // "Who heads their research" met by "Monkey King": common words name no one, though the
  // passage may still tell who. "Whos behind deepseek" asks nothing but the corpus's topic,
  // which every passage names: any name there is a guess ("Sam Altman … praised DeepSeek").
  const noOne =
    parsed.type === "person" &&
    direct !== null &&
    (topicOnly || isCommonWordsName(lexicon.commonCapitalised, direct.text));
  // "deepseek nickname?", DeepSeek的外号: the documents call their topic many things (“price
  // butcher”, “Chinese miracle”), and which one is meant is a guess.
  const label = englishCues(lexicon.english).label;
  const anyLabel =
    parsed.type === "label" && parsed.concepts.every((c) => ofTopic(c) || label.test(c.surface));
  const shown = noOne || anyLabel ? null : direct;
  // "At what time was Janus-Pro released": the hour the passage gives, before the catalog's day.
  const hour = parsed.wants === "clock" && shown !== null && isClockTime(shown.text);
  const answer = parsed.bareAmount
    ? null
    : (earlier?.answer ?? (guess ? null : listed || hour ? shown : (fact?.answer ?? shown)));
  // "Which day…" met by "October 2025": the documents date it no closer than that.
  if (answer && parsed.type === "date" && !datesPrecisely(parsed.wants, answer.text)) {
    return { ...notRelevant(), lessPrecise: answer };
  }
  return {
    question: parsed.text,
    answered: true,
    answer: answer?.text ?? null,
    answerSource: answer,
    passages: ranked.slice(0, opts.limit).map(present),
    conflicts: fact?.conflicts ?? [],
    confidence,
  };
}

/**
 * Where the first passage ranked just below the first (within `reach`, RANKING.answerReach
 * unless given), scoring at least RANKING.answerCloseness of it, passes `test`: a close rival to
 * the first's answer; -1 when none does.
 */
function closeRivalAt(
  ranked: readonly Ranked[],
  test: (r: Ranked) => boolean,
  reach: number = RANKING.answerReach,
): number {
  const top = ranked[0]?.score ?? 0;
  return ranked.findIndex(
    (r, i) => i > 0 && i < reach && r.score >= top * RANKING.answerCloseness && test(r),
  );
}

const closeRival = (ranked: readonly Ranked[], test: (r: Ranked) => boolean): boolean =>
  closeRivalAt(ranked, test) > 0;

/**
 * Whether the best passage lacks, in every form, what is most of what the question asks
 * (`RANKING.missingNameShare`): a notion of the alias table ("context length", "licence"), or
 * a name with a digit the documents lack ("h100", "4o"). A thing's name (a model, a person) may
 * be left to the passage's context, as `requiredSubjects` allows; a yes-or-no question's
 * notion may be what the passage says in other words ("did the context length change").
 */
function missesAskedNotion(index: SearchIndex, parsed: ParsedQuestion, first: Ranked): boolean {
  if (parsed.yesNo) return false;
  const total = parsed.concepts.reduce((sum, c) => sum + c.weight, 0);
  return parsed.concepts.some(
    (c) =>
      (isEvent(index, c) || (c.kind === "unknown-name" && /\d/.test(c.surface))) &&
      c.weight >= total * RANKING.missingNameShare &&
      credit(c, first.terms) === 0,
  );
}

/** The latest year the documents name: what "now" means to them. */
const latestYearCache = new WeakMap<SearchIndex, string>();
const latestYearOf = (_: undefined, index: SearchIndex): string =>
  index.passages
    .flatMap((p) => yearsIn(p.text))
    .reduce((latest, year) => (year > latest ? year : latest), "");
const latestYear = (index: SearchIndex) => remembered(latestYearCache, index, latestYearOf);

/**
 * Whether the best passage speaks of another year than the one the question asks about: its
 * answering sentence names a year, and the passage never names the one asked ("what was
 * High-Flyer's scale in 2024" met by "By 2021, … had exceeded 100 billion"). A sentence naming
 * no year may hold for any. A date question's year is often a guess ("was it dec 2024 or
 * later"), and a yes-or-no question's may be wrong on purpose: no condition there.
 */
function ofAnotherYear(index: SearchIndex, parsed: ParsedQuestion, first: Ranked): boolean {
  if (parsed.type === "date" || parsed.yesNo) return false;
  // "How much does it manage now": the documents' latest year, not "By 2021". Only of an amount,
  // which changes with time; "who founded deepseek now" is still Liang Wenfeng.
  const now = parsed.asksNow && parsed.type === "quantity";
  const asked = now ? [latestYear(index)] : yearsIn(parsed.text);
  const sentence = (first.answer ?? first.best)?.sentence.text ?? "";
  if (asked.length === 0 || yearsIn(sentence).length === 0) return false;
  const passage = new Set(yearsIn(`${first.passage.section}\n${first.passage.text}`));
  return !asked.some((year) => passage.has(year));
}

/**
 * Whether a day question's best sentence dates its event to a day of another month than the one
 * asked ("what day in may did v2.5 come out", met by its September release): the user's month
 * is wrong, not the documents silent.
 */
function datesAnotherMonth(knowledge: Knowledge, parsed: ParsedQuestion, first: Ranked): boolean {
  const sentence = first.best?.sentence;
  if (parsed.month === null || !sentence) return false;
  return typedSpans(knowledge.index, knowledge.measures, parsed, sentence).some(
    (span) => (monthOfDay(span.text) ?? parsed.month) !== parsed.month,
  );
}

/**
 * Whether a date question's best sentence, dating nothing itself, refers back to the sentence
 * before, which holds a date: "With the arrival of this version, the DeepSeek web app also
 * opened up the network search function", after "On December 10, 2024, … V2.5-1210".
 */
function datedBefore(knowledge: Knowledge, parsed: ParsedQuestion, first: Ranked): boolean {
  const sentence = first.best?.sentence;
  // Words a sentence refers back to the one before it with (measures.json refersBack).
  const refers = wholeWords(knowledge.measures.refersBack);
  if (parsed.type !== "date" || !sentence || !refers.test(sentence.text)) return false;
  const { sentences } = first.passage;
  // "At this time, DeepSeek increased the context length…" refers to a time: the passage's last
  // date before it, however many sentences back ("On July 4, 2024, the DeepSeek API…").
  if (wholeWords(knowledge.measures.refersToTime).test(sentence.text)) {
    for (let at = sentences.indexOf(sentence) - 1; at >= 0; at--)
      if (datesOf(knowledge.index, knowledge.measures, sentences[at] as Sentence).length > 0)
        return true;
    return false;
  }
  // Back through sentences that refer back too ("This version comprehensively improves…").
  for (let at = sentences.indexOf(sentence) - 1; at >= 0; at--) {
    const before = sentences[at] as Sentence;
    if (datesOf(knowledge.index, knowledge.measures, before).length > 0) return true;
    if (!refers.test(before.text)) return false;
  }
  return false;
}

/**
 * Whether the best sentence's refusal of a bold answer says the documents hold none: its value
 * is another thing's, its clause says nothing of the amount asked ("how many params does
 * DreamCraft3D have" met by "more than 90% of users"), or the only name it gives a question
 * asking a name is the one asked about ("the names of the two classmates Liang started
 * High-Flyer with"). A plain "who did liang start the fund with" is still answered by "Liang
 * Wenfeng and two classmates", without bold. In Chinese, whose person nouns are not the
 * English ones that tell a name is asked, a who question keeps the rule ("梁文锋的大学同学是谁"),
 * unless it asks with whom (zh-questions.json withWhomCues: "梁文锋和谁一起创办的幻方", as "who
 * did liang start the fund with") and no name cue (叫什么名字) asks the name itself.
 * A date's clause often leaves its event to the sentence before ("the app came out: January
 * 15"), so there it only makes the bold unsure.
 */
const saysNoAnswer = (
  parsed: ParsedQuestion,
  read: NoDirectAnswer | InAnotherCurrency,
  zh: ChineseLexicon | undefined,
) =>
  read.none === "another's" ||
  (read.none === "not-said" && parsed.type === "quantity") ||
  (read.none === "asked" &&
    parsed.type === "person" &&
    (parsed.asksPersonName || (hasHan(parsed.text) && !asksWithWhom(parsed.normalized, zh))));

/**
 * Whether a later part that names nothing refers to what the first part names: by a pronoun
 * ("and how long is it"), or always in Chinese, which leaves the subject out (用的啥架构). "And
 * when could you run code from the site" asks about something else.
 */
const refersBack = (part: ParsedQuestion) => hasHan(part.text) || REFERS_BACK.test(part.normalized);
const REFERS_BACK =
  /\b(?:it|its|it's|they|them|their|theirs|that|this|these|those|he|him|his|she|her)\b/i;

/** Names a later part may borrow from the first: "when did the 67b paper come out and how long is it". */
const borrowable = (c: QueryConcept) => c.kind === "alias" || /\d/.test(c.surface);
/**
 * A name of the part that says what it is about: a thing's name or a number, not a notion
 * ("what did it cost") nor what it counts ("how many a100s did it have").
 */
const namesThing = (index: SearchIndex, part: ParsedQuestion, c: QueryConcept) =>
  borrowable(c) && !isEvent(index, c) && !part.counted.includes(c);

/**
 * One answer from the answers to each part of a two-part question: each part's passages in
 * turn, and a bold answer only when every part that asks for one has it (half an answer in
 * bold misleads).
 */
function combine(
  question: string,
  answers: { result: AskResult; wantsSpan: boolean }[],
  limit: number,
): AskResult {
  const parts = answers.map((a) => a.result);
  const answered = parts.filter((p) => p.answered);
  if (answered.length === 0) return { ...(parts[0] as AskResult), question };
  const longest = Math.max(...answered.map((p) => p.passages.length));
  const interleaved = Array.from({ length: longest }, (_, i) =>
    answered.flatMap((part) => part.passages[i] ?? []),
  ).flat();
  const passages = uniqueBy(interleaved, (p) => `${p.source.doc}:${p.source.start}`).slice(
    0,
    limit,
  );
  // Every part that asks for a span needs one ("was it before or after new year?" asks none);
  // two parts answered alike ("June 17, 2024" twice) were not told apart: no bold for either.
  const bolded = answers.filter((a) => a.wantsSpan || a.result.answerSource !== null);
  const texts = bolded.map((a) => a.result.answerSource?.text.toLowerCase() ?? null);
  const every =
    texts.length > 0 && texts.every((text, i) => text !== null && texts.indexOf(text) === i);
  return {
    question,
    answered: true,
    answer: every ? bolded.map((a) => a.result.answer).join(" · ") : null,
    answerSource: every ? (bolded[0]?.result.answerSource ?? null) : null,
    parts: parts.map((p) => ({ question: p.question, answer: p.answerSource })),
    passages,
    conflicts: parts.flatMap((p) => p.conflicts),
    confidence: Math.min(...answered.map((p) => p.confidence)),
  };
}

/**
 * Answers a question from the index: BM25 finds candidates, then each is re-scored by how much
 * of the question (weighted by rarity) it covers, by its best sentence, and by whether that
 * sentence holds the kind of answer asked for (a date for "when", an amount for "how many").
 * Abstains when the best passage leaves the question's rare words unanswered. A two-part
 * question ("who founded it and when") is answered part by part.
 */
export function ask(
  knowledge: Knowledge,
  question: string,
  options: Partial<AskOptions> = {},
): AskResult {
  const opts = { ...ASK_DEFAULTS, ...options };
  const { index, lexicon } = knowledge;
  const units = amountWords(knowledge.measures);
  const whole = readQuestionText(index, lexicon, question, units);
  // After a question mark, a Chinese clause asks when it holds a question word (啥时候, 多大).
  const parts = splitQuestion(whole.normalized, (part) =>
    hasHan(part) && lexicon.chinese
      ? asksInChinese(part, lexicon.chinese) || asksInEnglish(part)
      : asksInEnglish(part),
  );
  if (parts.length < 2)
    return answerParsed(knowledge, parseQuestionText(index, lexicon, whole, units), opts);
  // A model the documents lack makes every part of the question unanswerable.
  const unknown = unknownModelOf(knowledge, whole.normalized);
  if (unknown) return unknownModel(knowledge, whole.text, unknown);
  const parsed = parts.map((part) => parseQuestion(index, lexicon, part, units));
  const first = parsed[0] as ParsedQuestion;
  for (const part of parsed.slice(1)) {
    const own = new Set(part.concepts.flatMap((c) => c.terms));
    const unlike = (c: QueryConcept) => !c.terms.some((t) => own.has(t));
    const onlyNames = part.concepts.every((c) => borrowable(c) && !isEvent(index, c));
    if (part.type === "open" && !part.yesNo && onlyNames) {
      // "V3每层多少个路由专家？V2呢" (and V2?): only a name, asking what the first part asked.
      part.concepts.push(...first.concepts.filter((c) => !borrowable(c) && unlike(c)));
      part.type = first.type;
      part.counted = first.counted;
    } else if (
      !part.concepts.some((c) => namesThing(index, part, c)) &&
      // "…and what sizes": one word asked of nothing named is asked of the first part's names.
      (refersBack(part) || part.concepts.length <= 1)
    ) {
      part.concepts.push(...first.concepts.filter((c) => borrowable(c) && unlike(c)));
    }
  }
  return combine(
    whole.text,
    parsed.map((p) => ({ result: answerParsed(knowledge, p, opts), wantsSpan: !p.yesNo })),
    opts.limit,
  );
}

export { passageKey, passagesByKey } from "./passage-key.js";
export { ASK_DEFAULTS, type AskOptions } from "./ranking.js";
