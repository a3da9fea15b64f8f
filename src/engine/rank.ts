import type { Concept } from "../index/analyzer.js";
import type { SearchIndex } from "../index/search-index.js";
import type { Passage, Sentence } from "../ingest/passages.js";
import { type SentenceEvidence, sentenceEvidence } from "./evidence.js";
import type { ParsedQuestion, QueryConcept } from "./question.js";
import { type AnswerSpan, findDates, findNames, findQuantities } from "./spans.js";

/** How the parts of a passage's score add up; coverage dominates, BM25 breaks ties. */
export const SCORE_WEIGHTS = {
  coverage: 1,
  sentence: 0.5,
  bm25: 0.15,
  /** The best sentence holds the kind of answer asked for (a date for "when"). */
  answerType: 0.3,
  /** …and that answer sits next to the question's words. */
  proximity: 0.3,
} as const;

/**
 * A sentence that defines what it names: "X, a …", "X is a …", "X: it can …", "X (…) is".
 * Checked right after a mention of the thing asked about.
 */
const DEFINES =
  /^(?:[^.;]{0,40}?(?:,\s+(?:a|an|the|who)\s|\s+(?:is|are|was)\s+(?:a|an|the)\s|\s+refers to\s|\s+stands for\s)|\s*(?:\([^)]*\))?:\s)/;

/** Characters over which a word's pull on a nearby answer halves. */
const PROXIMITY_SCALE = 24;
/** How many characters after an amount may still name its unit. */
const UNIT_REACH = 20;

export interface RankedSentence {
  sentence: Sentence;
  /** What the sentence says, for coverage: its terms and its list's introduction's. */
  terms: ReadonlySet<string>;
  /** The words and names it mentions, with their offsets in the sentence. */
  concepts: readonly Concept[];
  coverage: number;
  /** The typed span that best answers, if the question wants one and the sentence has it. */
  span: AnswerSpan | null;
}

export interface Ranked {
  passage: Passage;
  score: number;
  /** Share of the question's weight the passage (text and section) covers. */
  coverage: number;
  /** The same, counting only the question's own words: related words alone prove nothing. */
  exact: number;

  /** The sentence that best answers: the one to highlight. */
  best: RankedSentence | null;
  /** The best sentence holding a span of the kind asked for, if any: the direct answer's. */
  answer: RankedSentence | null;
}

/**
 * How much of a concept a set of terms holds: all of it for one of its own terms, else the
 * trust of the best related term present ("released" for "drop"), else nothing.
 */
export function credit(concept: QueryConcept, terms: ReadonlySet<string>): number {
  if (concept.terms.some((t) => terms.has(t))) return 1;
  let best = 0;
  for (const r of concept.related) if (r.weight > best && terms.has(r.term)) best = r.weight;
  return best;
}

export function coverage(concepts: readonly QueryConcept[], terms: ReadonlySet<string>): number {
  let total = 0;
  let hit = 0;
  for (const concept of concepts) {
    total += concept.weight;
    hit += concept.weight * credit(concept, terms);
  }
  return total === 0 ? 0 : hit / total;
}

type SpanKind = "date" | "quantity" | "person";

/** Spans found in a sentence don't depend on the question: found once per sentence and kind. */
const spanCache = new WeakMap<Sentence, Partial<Record<SpanKind, AnswerSpan[]>>>();
/** The index terms just after each span, where its unit is ("256 routed experts"). */
const unitCache = new WeakMap<AnswerSpan, ReadonlySet<string>>();

function spansOf(index: SearchIndex, sentence: Sentence, kind: SpanKind): AnswerSpan[] {
  const cached = spanCache.get(sentence) ?? {};
  let spans = cached[kind];
  if (!spans) {
    const { text, start } = sentence;
    spans =
      kind === "date"
        ? findDates(text, start)
        : kind === "quantity"
          ? findQuantities(text, start)
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

function unitOf(index: SearchIndex, sentence: Sentence, span: AnswerSpan): ReadonlySet<string> {
  let unit = unitCache.get(span);
  if (!unit) {
    const from = span.start - sentence.start;
    // The unit is in the span's own clause: in "9.3% ahead, MBPP was" MBPP is not 9.3%'s.
    const reach = sentence.text.slice(from, span.end - sentence.start + UNIT_REACH);
    unit = new Set(index.analyze(reach.split(/[,;:] /)[0] ?? reach));
    unitCache.set(span, unit);
  }
  return unit;
}

function typedSpans(
  index: SearchIndex,
  question: ParsedQuestion,
  sentence: Sentence,
): AnswerSpan[] {
  // A citation marker inside the sentence shifts offsets: its spans would not map back.
  if (sentence.text.length !== sentence.end - sentence.start) return [];
  let spans: AnswerSpan[];
  if (question.type === "date" || question.type === "person")
    spans = spansOf(index, sentence, question.type);
  else if (question.type === "quantity") {
    spans = spansOf(index, sentence, "quantity")
      .filter(fitsMeasure(question.normalized))
      .filter((span) => countsWhatIsAsked(question, unitOf(index, sentence, span)));
  } else return [];
  // A value the question already states ("over 10,000 GPUs") is not its answer.
  const asked = question.text.toLowerCase();
  return spans.filter((span) => !asked.includes(span.text.toLowerCase()));
}

const DURATION = /\b(years?|months?|days?|hours?|minutes?|weeks?)\b/i;
/** What a money amount holds: a currency, or a scale ("100 billion", "$5.5M"). */
const MONEY = /[$¥€£]|\b(yuan|dollars?|rmb|usd|billion|million|trillion)\b|\d[kKMBT]\b/i;
/** What a size holds: parameters, or a count with a scale ("671 billion", "7B"). */
const SIZE = /\b(param(eter)?s?|billion|million|trillion|layers?|experts?|[MG]B)\b|\d[BMKT]\b/i;
const ASKS_SIZE = /\bhow (big|large)\b|\bsize\b/i;
const ASKS_DURATION = /\bhow long\b|\bhow many (years|months|days|hours|weeks)\b/i;
const ASKS_MONEY =
  /\bhow much (money|did .* (cost|manage|raise|lose|spend|earn))|\b(price|cost|budget|worth|spend|spent|paid|fee)\b/i;

/** "How long" wants a duration; "how much … cost" never does ("six years" is no price). */
function fitsMeasure(question: string): (span: AnswerSpan) => boolean {
  if (ASKS_DURATION.test(question)) return (span) => DURATION.test(span.text);
  if (ASKS_SIZE.test(question)) return (span) => SIZE.test(span.text);
  if (ASKS_MONEY.test(question)) return (span) => MONEY.test(span.text);
  if (/\bhow much\b/i.test(question)) return (span) => !DURATION.test(span.text);
  return () => true;
}

/** Words that scale an amount rather than name what it counts. */
const SCALE = new Set(["billion", "million", "thousand", "trillion", "hundr"]);

/**
 * Whether an amount counts what a "how many" question counts: its unit (the words right after
 * it in its clause) names the counted thing, or names nothing ("256", "1,100"). "671 billion
 * total parameters" does not answer "how many layers".
 */
function countsWhatIsAsked(question: ParsedQuestion, unit: ReadonlySet<string>): boolean {
  if (question.counted.length === 0) return true;
  const named = [...unit].filter((t) => !/\d/.test(t) && !SCALE.has(t));
  return named.length === 0 || question.counted.some((c) => credit(c, unit) > 0);
}

/** Clause breaks of a sentence: a comma, semicolon or colon and a space, outside answer spans. */
function clauseCounter(sentence: Sentence, spans: readonly AnswerSpan[]): (at: number) => number {
  const breaks = [...sentence.text.matchAll(/[,;:] /g)]
    .map((m) => sentence.start + m.index)
    .filter((at) => !spans.some((s) => at >= s.start && at < s.end));
  return (at) => breaks.filter((b) => b < at).length;
}

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
  const clause = clauseCounter(sentence, spans);
  const anchors: { at: number; weight: number }[] = [];
  for (const concept of evidence.concepts) {
    const one = new Set([concept.term]);
    for (const asked of question.concepts) {
      const share = credit(asked, one);
      if (share > 0)
        anchors.push({ at: sentence.start + concept.start, weight: share * asked.weight });
    }
  }
  const weights = question.concepts.reduce((sum, c) => sum + c.weight, 0);
  const most = 3 * weights;
  let best: { span: AnswerSpan; proximity: number } | null = null;
  for (const span of spans) {
    let pull = 0;
    for (const anchor of anchors) {
      const before = anchor.at < span.start;
      const distance = Math.max(0, before ? span.start - anchor.at : anchor.at - span.end);
      const sameClause = clause(anchor.at) === clause(span.start) ? 2 : 1;
      pull += (sameClause * anchor.weight) / (1 + distance / PROXIMITY_SCALE);
    }
    // The unit may follow a few words later: "256 routed experts", "5,000 PCIe A100 GPUs".
    const unit = unitOf(index, sentence, span);
    if (question.concepts.some((c) => credit(c, unit) > 0)) pull += weights;
    const proximity = most === 0 ? 0 : pull / most;
    if (!best || proximity > best.proximity) best = { span, proximity };
  }
  return best;
}

/** Whether the sentence defines something the question names, right after naming it. */
function defines(
  question: ParsedQuestion,
  sentence: Sentence,
  evidence: SentenceEvidence,
): boolean {
  return evidence.concepts.some(
    (concept) =>
      question.concepts.some((c) => credit(c, new Set([concept.term])) > 0) &&
      DEFINES.test(sentence.text.slice(concept.start + concept.surface.length)),
  );
}

/** Scores a candidate passage for a question and finds its best sentence and answer span. */
export function rankPassage(
  index: SearchIndex,
  question: ParsedQuestion,
  passage: Passage,
  bm25: number,
): Ranked {
  const evidence = sentenceEvidence(index, passage);
  const all = new Set(index.analyze(passage.section));
  for (const e of evidence) for (const term of e.terms) all.add(term);
  const passageCoverage = coverage(question.concepts, all);

  let best: RankedSentence | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let answer: RankedSentence | null = null;
  let answerScore = Number.NEGATIVE_INFINITY;
  passage.sentences.forEach((sentence, i) => {
    const e = evidence[i] as SentenceEvidence;
    const c = coverage(question.concepts, e.terms);
    const spans = c > 0 ? typedSpans(index, question, sentence) : [];
    const picked = pickSpan(index, question, sentence, e, spans);
    let bonus = 0;
    if (picked) bonus = SCORE_WEIGHTS.answerType + SCORE_WEIGHTS.proximity * picked.proximity;
    else if (question.type === "definition" && c > 0 && defines(question, sentence, e)) {
      bonus = SCORE_WEIGHTS.answerType;
    }
    const score = c + bonus;
    const ranked = {
      sentence,
      terms: e.terms,
      concepts: e.concepts,
      coverage: c,
      span: picked?.span ?? null,
    };
    if (score > bestScore) {
      bestScore = score;
      best = ranked;
    }
    if (picked && score > answerScore) {
      answerScore = score;
      answer = ranked;
    }
  });
  const score =
    SCORE_WEIGHTS.coverage * passageCoverage +
    SCORE_WEIGHTS.sentence * Math.max(0, bestScore) +
    SCORE_WEIGHTS.bm25 * bm25;
  const exact = coverage(
    question.concepts.map((c) => ({ ...c, related: [] })),
    all,
  );
  return { passage, score, coverage: passageCoverage, exact, best, answer };
}
