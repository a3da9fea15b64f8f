import type { Concept } from "../index/analyzer.js";
import type { SearchIndex } from "../index/search-index.js";
import type { MeasureWords } from "../ingest/load-measures.js";
import type { Passage, Sentence } from "../ingest/passages.js";
import { remembered, rememberedLast, slot } from "../text/remembered.js";
import { coverage, credit, creditOfTerm } from "./coverage.js";
import { type SentenceEvidence, sentenceEvidence } from "./evidence.js";
import { eventOfAnother, ownedSpans } from "./ownership.js";
import { type ParsedQuestion, type QueryConcept, subjectKind } from "./question.js";
import { RANKING } from "./ranking.js";
import type { AnswerSpan } from "./spans.js";
import { isEvent, isEventTerm, requiredSubjects, type Subject, subjectsOf } from "./subjects.js";
import { inMonthAsked, NO_SPANS, spansKept, typedSpans, unitOf } from "./typed-spans.js";
import type { Related } from "./understand/lexicon.js";

/**
 * A sentence that defines what it names: "X, a …", "X is a …", "X: it can …", "X (…) is".
 * Checked right after a mention of the thing asked about.
 */
const DEFINES =
  /(?:[^.;]{0,40}?(?:,\s+(?:a|an|the|who)\s|\s+(?:is|are|was)\s+(?:a|an|the)\s|\s+refers to\s|\s+stands for\s)|\s*(?:\([^)]*\))?:\s)/y;

/** Whether `text` defines, right at `at` (sticky: no copy of the text's rest per mention). */
function definesAt(text: string, at: number): boolean {
  DEFINES.lastIndex = at;
  return DEFINES.test(text);
}

export interface RankedSentence {
  sentence: Sentence;
  /** What the sentence says, for coverage: its terms and its list's introduction's. */
  terms: ReadonlySet<string>;
  /** The words and names it mentions, with their offsets in the sentence. */
  concepts: readonly Concept[];
  coverage: number;
  /** The typed span that best answers, if the question wants one and the sentence has it. */
  span: AnswerSpan | null;
  /** Whether that span is the subject's, of the event asked (ownership.ts). */
  owned: boolean;
}

export interface Ranked {
  passage: Passage;
  score: number;
  /** Share of the question's weight the passage (text and section) covers. */
  coverage: number;
  /** The same, counting only the question's own words: related words alone prove nothing. */
  exact: number;
  /** The passage's terms, its section's and inherited names included. */
  terms: ReadonlySet<string>;

  /** The sentence that best answers: the one to highlight. */
  best: RankedSentence | null;
  /** The best sentence holding a span of the kind asked for, if any: the direct answer's. */
  answer: RankedSentence | null;
  /**
   * Another sentence of the passage answers nearly as well with another span ("256 routed
   * experts per layer", "1 shared expert per layer"): which one is meant is not clear.
   */
  rivalled: boolean;
}

/** What a sentence that says nothing of the question earns: shared, not built per sentence. */
const NO_BONUS: SentenceBonus = { picked: null, isOwned: false, bonus: 0 };

/** Where a sentence's clauses break (a comma, semicolon or colon and a space), and its "and"s. */
const breaksCache = new WeakMap<Sentence, { clauses: number[]; ands: number[] }>();
const breaksOf = (sentence: Sentence) => remembered(breaksCache, sentence, breaksIn);

const breaksIn = (_: undefined, sentence: Sentence) => ({
  clauses: [...sentence.text.matchAll(/[,;:] /g)].map((m) => sentence.start + m.index),
  ands: [...sentence.text.matchAll(/ and /g)].map((m) => sentence.start + m.index),
});

/** A weight at a distance: less the farther it is (RANKING.proximityScale). */
const pullOf = (distance: number, weight: number) =>
  weight / (1 + distance / RANKING.proximityScale);

/**
 * How much a question word at `at`, of weight `wordWeight`, pulls a span: its weight there over
 * how far it is (/ (1 + distance / RANKING.proximityScale)), doubled within the span's clause. A
 * list of spans joined by "and" ("1 yuan per million input tokens and 2 yuan per million output
 * tokens") is read by item: a word inside one item says nothing of another's span, and a word
 * before the list ("keeping the price unchanged (") speaks of every item alike. A number, not
 * an object: it is asked for every question word and span of every candidate sentence.
 */
function reacher(
  sentence: Sentence,
  spans: readonly AnswerSpan[],
): (at: number, span: AnswerSpan, wordWeight: number) => number {
  const { clauses, ands } = breaksOf(sentence);
  const hard = outsideSpans(clauses, spans);
  const looseAnds = outsideSpans(ands, spans);
  // A lone span is no list's: only its clause matters.
  const lists = spans.length < 2 ? null : listsOf(spans, ands, hard);
  return (at, span, wordWeight) => {
    const distance = Math.max(0, at < span.start ? span.start - at : at - span.end);
    // Outside a list every "and" parts clauses too: "US President Donald Trump … praised the
    // rise of DeepSeek as positive and said it was a wake-up call for the United States".
    const first = lists?.firstOfList.get(span);
    if (!lists || !first) {
      const loose = between(hard, at, span.start) || between(looseAnds, at, span.start);
      return pullOf(distance, (loose ? 1 : 2) * wordWeight);
    }
    const clause = between(hard, at, span.start) ? 1 : 2;
    if (at < first.start) return pullOf(first.start - at, clause * wordWeight);
    // A word of another item says nothing of this one's span.
    const { items } = lists;
    return itemOf(items, at) === itemOf(items, span.start)
      ? pullOf(distance, clause * wordWeight)
      : 0;
  };
}

/**
 * The breaks that lie outside every span ("1,100 GPUs" holds a comma that breaks nothing): the
 * sentence's own list when none is inside one, as is usual, rather than a copy per pick.
 */
function outsideSpans(breaks: readonly number[], spans: readonly AnswerSpan[]): readonly number[] {
  const inside = (at: number) => spans.some((s) => at >= s.start && at < s.end);
  return breaks.some(inside) ? breaks.filter((at) => !inside(at)) : breaks;
}

/** Whether a break lies between two offsets, in either order. */
function between(breaks: readonly number[], x: number, y: number): boolean {
  const from = Math.min(x, y);
  const to = Math.max(x, y);
  for (const b of breaks) if (b >= from && b < to) return true;
  return false;
}

/** The item of a list an offset is in: how many of its "and"s come before it. */
function itemOf(items: readonly number[], at: number): number {
  let item = 0;
  for (const b of items) if (b < at) item++;
  return item;
}

/** A sentence's lists of spans joined by "and": where their items part, and each span's first. */
interface SpanLists {
  /** The "and"s that part two items of a list. */
  items: number[];
  /** Each span's list's first item, for the spans of a list of two or more. */
  firstOfList: Map<AnswerSpan, AnswerSpan>;
}

function listsOf(
  spans: readonly AnswerSpan[],
  ands: readonly number[],
  hard: readonly number[],
): SpanLists {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  // An "and" between two neighbouring spans, with no clause break, parts two items of a list.
  const items = ands.filter((at) =>
    ordered.some((s, i) => s.end <= at && (ordered[i + 1]?.start ?? -1) > at),
  );
  const firstOfList = new Map<AnswerSpan, AnswerSpan>();
  ordered.forEach((span, i) => {
    const previous = ordered[i - 1];
    const joined =
      previous !== undefined &&
      items.some((at) => at >= previous.end && at < span.start) &&
      !hard.some((at) => at >= previous.end && at < span.start);
    if (!joined) return;
    const first = firstOfList.get(previous) ?? previous;
    firstOfList.set(previous, first);
    firstOfList.set(span, first);
  });
  return { items, firstOfList };
}

/** What a term earns one question concept (`creditOfTerm`). */
type TermCredit = { asked: QueryConcept; share: number };
/** A term's credit to each question concept it earns any, in the question's order. */
type TermCredits = ReadonlyMap<string, readonly TermCredit[]>;

/**
 * Every term that earns a question concept credit, with what it earns: a sentence's words are
 * looked up, not each compared with every concept and its related terms.
 */
function termCreditsOf(_: undefined, question: ParsedQuestion): TermCredits {
  const credits = new Map<string, TermCredit[]>();
  for (const asked of question.concepts) {
    for (const term of new Set([...asked.terms, ...asked.related.map((r) => r.term)])) {
      const share = creditOfTerm(asked, term);
      if (share <= 0) continue;
      const found = credits.get(term);
      if (found) found.push({ asked, share });
      else credits.set(term, [{ asked, share }]);
    }
  }
  return credits;
}
const termCreditsCache = slot<ParsedQuestion, TermCredits>();
const NO_CREDITS: readonly TermCredit[] = [];

/**
 * Picks the span closest to the question's words, weighted by their rarity and doubled within
 * the same clause ("HumanEval was 9.3% ahead, MBPP was 10.8% ahead"). Returns it with its pull
 * as a share of the most it could be (every word of the question right beside it, same clause).
 */
function pickSpan(
  index: SearchIndex,
  question: ParsedQuestion,
  sentence: Sentence,
  evidence: SentenceEvidence,
  spans: readonly AnswerSpan[],
): { span: AnswerSpan; proximity: number } | null {
  if (spans.length === 0) return null;
  const reach = reacher(sentence, spans);
  const credits = rememberedLast(termCreditsCache, question, termCreditsOf);
  const anchors: { at: number; weight: number }[] = [];
  for (const concept of evidence.concepts) {
    for (const { asked, share } of credits.get(concept.term) ?? NO_CREDITS) {
      // What the thing asked is compared with pulls little: its own value is not asked.
      const pull = question.comparedWith.has(asked) ? RANKING.comparedWithPull : 1;
      anchors.push({ at: sentence.start + concept.start, weight: share * asked.weight * pull });
    }
  }
  let weights = 0;
  for (const c of question.concepts) weights += c.weight;
  const most = 3 * weights;
  let best: { span: AnswerSpan; proximity: number } | null = null;
  for (const span of spans) {
    let pull = 0;
    for (const anchor of anchors) pull += reach(anchor.at, span, anchor.weight);
    // The unit may follow a few words later ("256 routed experts", "5,000 PCIe A100 GPUs"); a
    // unit is a thing, never a name: "$6 million using Nvidia" is no sum of Nvidia's.
    if (unitIsAsked(index, question, unitOf(index, sentence, span))) pull += weights;
    const proximity = most === 0 ? 0 : pull / most;
    if (!best || proximity > best.proximity) best = { span, proximity };
  }
  return best;
}

/** Whether a span's unit is a thing the question asks about (no name: see `pickSpan`). */
function unitIsAsked(index: SearchIndex, question: ParsedQuestion, unit: ReadonlySet<string>) {
  for (const c of question.concepts) if (!subjectKind(index, c) && credit(c, unit) > 0) return true;
  return false;
}

/** Whether the sentence defines something the question names, right after naming it. */
function defines(
  question: ParsedQuestion,
  sentence: Sentence,
  evidence: SentenceEvidence,
): boolean {
  for (const concept of evidence.concepts) {
    if (
      creditsTerm(question.concepts, concept.term) &&
      definesAt(sentence.text, concept.start + concept.surface.length)
    )
      return true;
  }
  return false;
}

/** Whether a term earns any of the concepts credit. A loop: asked of every word of a sentence. */
function creditsTerm(concepts: readonly QueryConcept[], term: string): boolean {
  for (const c of concepts) if (creditOfTerm(c, term) > 0) return true;
  return false;
}

/** A passage's terms, its section's included: the same for every question, so found once. */
const termsCache = new WeakMap<Passage, ReadonlySet<string>>();
function passageTerms(
  index: SearchIndex,
  passage: Passage,
  evidence: readonly SentenceEvidence[],
): ReadonlySet<string> {
  // Looked up first: the closure `remembered` takes would be built for every candidate ranked.
  return (
    termsCache.get(passage) ??
    remembered(termsCache, passage, () => allTermsOf(index, passage, evidence))
  );
}

function allTermsOf(
  index: SearchIndex,
  passage: Passage,
  evidence: readonly SentenceEvidence[],
): ReadonlySet<string> {
  const all = new Set(index.analyze(passage.section));
  for (const e of evidence) for (const term of e.terms) all.add(term);
  return all;
}

/** The question's concepts without their related words: what "exact" coverage counts. */
const ownCache = slot<ParsedQuestion, QueryConcept[]>();
function ownWords(question: ParsedQuestion): QueryConcept[] {
  // A Chinese word's glosses are its own words in the documents' language, and a phrase of the
  // lexicon ("legal company") stands only for what it lists ("incorporated"): neither are
  // synonyms. Nor is a related word as sure as the word itself ("hiring" → recruitment).
  return rememberedLast(ownCache, question, ownWordsOf);
}

const ownWordsOf = (_: undefined, question: ParsedQuestion) =>
  question.concepts.map((c) =>
    c.kind === "gloss" || c.kind === "phrase" ? c : withRelated(c, sureRelated(c)),
  );

const sureRelated = (c: QueryConcept) => c.related.filter((r) => r.weight >= RANKING.sureRelated);

/**
 * The concept with other related words, built field by field in question.ts's order rather than
 * spread: so it has every other concept's shape. `coverage` reading concepts of two shapes
 * allocated at every read, some 12 KB per question.
 */
const withRelated = (c: QueryConcept, related: Related[]): QueryConcept => ({
  surface: c.surface,
  kind: c.kind,
  terms: c.terms,
  related,
  weight: c.weight,
});

/** Two words side by side in the question, weighing as the lighter of the two. */
interface WordPair {
  first: string;
  second: string;
  weight: number;
}

/** The question's word pairs, in its order: "first model", "model deepseek". */
const pairsCache = slot<ParsedQuestion, WordPair[]>();
const pairsOf = (question: ParsedQuestion) => rememberedLast(pairsCache, question, wordPairs);

function wordPairs(_: undefined, question: ParsedQuestion): WordPair[] {
  const weightOf = (term: string) =>
    question.concepts.find((c) => c.terms.includes(term))?.weight ?? 0;
  // A word is read as the question's concept reads it, as coverage does: a slip as the word
  // it stands for ("nvidea": Nvidia), a name as its alias term.
  const asRead = (c: Concept) => {
    const own = question.concepts.find((q) => q.surface === c.surface);
    return own?.terms.length === 1 && (own.kind === "corrected" || own.kind === "alias")
      ? (own.terms[0] as string)
      : c.term;
  };
  const terms = question.analyzed.map(asRead);
  return terms.slice(1).map((second, i) => {
    const first = terms[i] as string;
    return { first, second, weight: Math.min(weightOf(first), weightOf(second)) };
  });
}

/**
 * The share of the question's word pairs (by weight) the sentence says as the question does,
 * side by side: "released its first model" says "first model"; "its first general-purpose
 * large language model" does not.
 */
function pairsSaid(pairs: readonly WordPair[], concepts: readonly Concept[]): number {
  let said = 0;
  let total = 0;
  for (const { first, second, weight } of pairs) {
    total += weight;
    if (saysSideBySide(concepts, first, second)) said += weight;
  }
  return total === 0 ? 0 : said / total;
}

/** Whether `first` is said right before `second`. A loop, not a closure per pair and sentence. */
function saysSideBySide(concepts: readonly Concept[], first: string, second: string): boolean {
  for (let i = 0; i + 1 < concepts.length; i++) {
    if ((concepts[i] as Concept).term === first && (concepts[i + 1] as Concept).term === second)
      return true;
  }
  return false;
}

const subjectsCache = slot<ParsedQuestion, Subject[]>();
/** `subjectsOf` the question, remembered while its candidates are ranked and then answered. */
export const subjectsOfQuestion = (index: SearchIndex, question: ParsedQuestion) =>
  rememberedLast(subjectsCache, question, subjectsOf, index);

/** The subjects a passage must name (`requiredSubjects`), once per question, not per candidate. */
const requiredCache = slot<ParsedQuestion, Subject[]>();
export const requiredOfQuestion = (index: SearchIndex, question: ParsedQuestion) =>
  rememberedLast(requiredCache, question, requiredIn, index);

const requiredIn = (index: SearchIndex, question: ParsedQuestion) =>
  requiredSubjects(index, subjectsOfQuestion(index, question));

/**
 * The events a question asks about ("§found" of "when was it founded"), as terms: an event of
 * the alias table, or one a word's best sense stands for (成立 → establish, §found).
 */
const eventsCache = slot<ParsedQuestion, string[]>();
const eventsOfQuestion = (index: SearchIndex, question: ParsedQuestion) =>
  rememberedLast(eventsCache, question, eventsOf, index);

const eventsOf = (index: SearchIndex, question: ParsedQuestion) =>
  question.concepts.flatMap((c) => {
    if (isEvent(index, c)) return c.terms;
    const best = c.related[0]?.weight ?? 0;
    return c.related
      .filter((r) => r.weight === best && isEventTerm(index, r.term))
      .map((r) => r.term);
  });

/** What one sentence earns a question: its answer span, if any, and its bonus. */
interface SentenceBonus {
  picked: { span: AnswerSpan; proximity: number } | null;
  /** Whether the picked span is the subject's (ownership.ts). */
  isOwned: boolean;
  /** What it earns for holding a span of the kind asked, or for its phrasing. */
  bonus: number;
}

/**
 * The spans of the month asked, if one is. Most questions ask none and keep every span, with no
 * new array; a loop, not a closure: one would make every sentenceBonus call allocate.
 */
const ofMonthAsked = (question: ParsedQuestion, spans: readonly AnswerSpan[]) =>
  question.month === null ? spans : spansKept(question, spans, inMonthAsked);

/**
 * A sentence's answer span, if any, and what it earns for holding one or for its phrasing. A
 * function of its own, not a closure per passage: ranking is the engine's hot loop.
 */
function sentenceBonus(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  sentence: Sentence,
  e: SentenceEvidence,
): SentenceBonus {
  const subjects = subjectsOfQuestion(index, question);
  // A span of another subject's ("incorporated as DeepSeek on July 17, 2023, with
  // High-Flyer…" for High-Flyer's founding) is no answer here.
  const spans = ofMonthAsked(question, typedSpans(index, words, question, sentence));
  const context = { sentence, terms: e.terms, concepts: e.concepts };
  const owned =
    spans.length === 0 ||
    eventOfAnother(index, subjects, context, eventsOfQuestion(index, question))
      ? NO_SPANS
      : ownedSpans(index, subjects, context, spans, question.concepts);
  const picked =
    pickSpan(index, question, sentence, e, owned) ?? pickSpan(index, question, sentence, e, spans);
  const isOwned = picked !== null && owned.includes(picked.span);
  let bonus = 0;
  if (picked && isOwned) {
    bonus = RANKING.score.answerType + RANKING.score.proximity * picked.proximity;
  } else if (question.type === "definition" && defines(question, sentence, e)) {
    bonus = RANKING.score.answerType;
  }
  // A date or amount question is answered by a sentence that holds one: phrasing like the
  // question ("once DeepSeek Coder was released, it…") without it says nothing of when.
  const typed = question.type === "date" || question.type === "quantity";
  if (!typed || isOwned) bonus += RANKING.score.pairs * pairsSaid(pairsOf(question), e.concepts);
  return { picked, isOwned, bonus };
}

/**
 * Whether terms name every one of the subjects in full. Loops here and in `hasRival`, not
 * closures: a closure in rankPassage made every sentence of every candidate allocate.
 */
function namesEvery(subjects: readonly Subject[], terms: ReadonlySet<string>): boolean {
  for (const s of subjects) if (credit(s.concept, terms) < 1) return false;
  return true;
}

/** Whether another answer than the chosen one scores nearly as well (RANKING.answerRival). */
function hasRival(
  rivals: readonly { text: string; score: number }[],
  chosen: string | undefined,
  answerScore: number,
): boolean {
  for (const a of rivals)
    if (a.text !== chosen && a.score >= answerScore * RANKING.answerRival) return true;
  return false;
}

/** Scores a candidate passage for a question and finds its best sentence and answer span. */
export function rankPassage(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  passage: Passage,
  bm25: number,
): Ranked {
  const evidence = sentenceEvidence(index, passage);
  const required = requiredOfQuestion(index, question);
  const all = passageTerms(index, passage, evidence);
  const passageCoverage = coverage(question.concepts, all);

  let best: RankedSentence | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let answer: RankedSentence | null = null;
  let answerScore = Number.NEGATIVE_INFINITY;
  // Other answers the passage holds, owned and naming what is asked: its answer's rivals.
  const rivals: { text: string; score: number }[] = [];
  for (let i = 0; i < passage.sentences.length; i++) {
    const sentence = passage.sentences[i] as Sentence;
    const e = evidence[i] as SentenceEvidence;
    const c = coverage(question.concepts, e.terms);
    // A sentence that says nothing of the question holds no span to pick and earns no bonus.
    const { picked, isOwned, bonus } =
      c > 0 ? sentenceBonus(index, words, question, sentence, e) : NO_BONUS;
    const score = c + bonus;
    const isBest = score > bestScore;
    const isAnswer = picked !== null && score > answerScore;
    // Built only when kept: most sentences are neither.
    const ranked: RankedSentence | null =
      isBest || isAnswer
        ? {
            sentence,
            terms: e.terms,
            concepts: e.concepts,
            coverage: c,
            span: picked?.span ?? null,
            owned: isOwned,
          }
        : null;
    if (isBest) {
      bestScore = score;
      best = ranked;
    }
    // A rival names what is asked about, as a bold answer's sentence must (answer.ts).
    if (picked && isOwned && namesEvery(required, e.terms))
      rivals.push({ text: picked.span.text.toLowerCase(), score });
    if (isAnswer) {
      answerScore = score;
      answer = ranked;
    }
  }
  const chosen = answer?.span?.text.toLowerCase();
  const rivalled = hasRival(rivals, chosen, answerScore);
  const score =
    RANKING.score.coverage * passageCoverage +
    RANKING.score.sentence * Math.max(0, bestScore) +
    RANKING.score.bm25 * bm25;
  const exact = coverage(ownWords(question), all);
  return { passage, score, coverage: passageCoverage, exact, best, answer, rivalled, terms: all };
}
