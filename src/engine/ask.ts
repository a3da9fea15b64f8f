import type { SearchIndex } from "../index/search-index.js";
import type { Passage, Sentence } from "../ingest/passages.js";
import { type ParsedQuestion, parseQuestion, type QueryConcept } from "./question.js";
import type { AskPassage, AskResult, DirectAnswer, Source } from "./result.js";
import { type AnswerSpan, findDates, findQuantities } from "./spans.js";

export interface AskOptions {
  /** How many passages to return. */
  limit: number;
  /** How many BM25 hits to re-rank. */
  candidates: number;
  /**
   * Share of the question's weight the best passage must cover, else we abstain. Weights are
   * IDF, so missing a rare word ("France", "V4") costs far more than missing "DeepSeek".
   */
  minCoverage: number;
  /** Share of the question's weight one sentence must cover to give a direct answer. */
  minAnswerCoverage: number;
}

export const ASK_DEFAULTS: AskOptions = {
  limit: 3,
  candidates: 24,
  minCoverage: 0.48,
  minAnswerCoverage: 0.5,
};

/** How the parts of a passage's score add up; coverage dominates, BM25 breaks ties. */
const SCORE_WEIGHTS = { coverage: 1, sentence: 0.5, bm25: 0.25, answerType: 0.15 } as const;

interface Scored {
  passage: Passage;
  score: number;
  coverage: number;
  best: { sentence: Sentence; coverage: number; spans: AnswerSpan[] } | null;
}

/** Index terms of each sentence of a passage, computed on first use. */
const sentenceTermsCache = new WeakMap<Passage, Set<string>[]>();

function sentenceTerms(index: SearchIndex, passage: Passage): Set<string>[] {
  let terms = sentenceTermsCache.get(passage);
  if (!terms) {
    terms = passage.sentences.map((s) => new Set(index.analyze(s.text)));
    sentenceTermsCache.set(passage, terms);
  }
  return terms;
}

function covers(concept: QueryConcept, terms: ReadonlySet<string>): boolean {
  return concept.terms.some((t) => terms.has(t));
}

function coverage(concepts: readonly QueryConcept[], terms: ReadonlySet<string>): number {
  let total = 0;
  let hit = 0;
  for (const concept of concepts) {
    total += concept.weight;
    if (covers(concept, terms)) hit += concept.weight;
  }
  return total === 0 ? 0 : hit / total;
}

function typedSpans(question: ParsedQuestion, sentence: Sentence): AnswerSpan[] {
  const offset = sentence.text.length === sentence.end - sentence.start ? sentence.start : -1;
  if (offset < 0) return []; // a citation marker inside: offsets would not map back
  if (question.type === "date") return findDates(sentence.text, offset);
  if (question.type === "quantity") return findQuantities(sentence.text, offset);
  return [];
}

function scorePassage(
  index: SearchIndex,
  question: ParsedQuestion,
  passage: Passage,
  bm25: number,
): Scored {
  const perSentence = sentenceTerms(index, passage);
  const sectionTerms = index.analyze(passage.section);
  const all = new Set([...perSentence.flatMap((s) => [...s]), ...sectionTerms]);
  const passageCoverage = coverage(question.concepts, all);

  let best: Scored["best"] = null;
  let bestScore = -1;
  passage.sentences.forEach((sentence, i) => {
    const terms = perSentence[i] as Set<string>;
    const c = coverage(question.concepts, terms);
    const spans = typedSpans(question, sentence);
    const score = c + (spans.length > 0 ? SCORE_WEIGHTS.answerType : 0);
    if (score > bestScore) {
      bestScore = score;
      best = { sentence, coverage: c, spans };
    }
  });
  const typed = question.type === "date" || question.type === "quantity";
  const hasTyped = (best as Scored["best"])?.spans.length ?? 0;
  const score =
    SCORE_WEIGHTS.coverage * passageCoverage +
    SCORE_WEIGHTS.sentence * Math.max(0, bestScore) +
    SCORE_WEIGHTS.bm25 * bm25 +
    (typed && hasTyped ? SCORE_WEIGHTS.answerType : 0);
  return { passage, score, coverage: passageCoverage, best };
}

/** Clause breaks of a sentence: a comma, semicolon or colon and a space, outside answer spans. */
function clauseOf(sentence: Sentence, spans: readonly AnswerSpan[]): (at: number) => number {
  const breaks = [...sentence.text.matchAll(/[,;:] /g)]
    .map((m) => sentence.start + m.index)
    .filter((at) => !spans.some((s) => at >= s.start && at < s.end));
  return (at) => breaks.filter((b) => b < at).length;
}

/**
 * Picks the typed span of the best sentence closest to the question's words, weighted by their
 * rarity, preferring the same clause ("HumanEval was 9.3% ahead, MBPP was 10.8% ahead"). A value
 * the question already states ("over 10,000 GPUs") is not its answer.
 */
function directAnswer(
  index: SearchIndex,
  question: ParsedQuestion,
  scored: Scored,
): DirectAnswer | null {
  const best = scored.best;
  if (!best || best.coverage < ASK_DEFAULTS.minAnswerCoverage) return null;
  const asked = question.text.toLowerCase();
  const spans = best.spans.filter((s) => !asked.includes(s.text.toLowerCase()));
  if (spans.length === 0) return null;
  const { sentence } = best;
  const clause = clauseOf(sentence, spans);
  const anchors: { at: number; weight: number }[] = [];
  for (const concept of index.concepts(sentence.text)) {
    const match = question.concepts.find((c) => c.terms.includes(concept.term));
    if (match) anchors.push({ at: sentence.start + concept.start, weight: match.weight });
  }
  let chosen = spans[0] as AnswerSpan;
  let chosenScore = -1;
  for (const span of spans) {
    let score = 0;
    for (const anchor of anchors) {
      const distance = Math.max(
        0,
        anchor.at < span.start ? span.start - anchor.at : anchor.at - span.end,
      );
      const sameClause = clause(anchor.at) === clause(span.start) ? 2 : 1;
      score += (sameClause * anchor.weight) / (1 + distance / 24);
    }
    // An amount whose unit is a word of the question ("1,100 GPUs" for "how many GPUs").
    const unit = index.analyze(span.text);
    if (question.concepts.some((c) => c.terms.some((t) => unit.includes(t)))) score += 10;
    if (score > chosenScore) {
      chosenScore = score;
      chosen = span;
    }
  }
  return { text: chosen.text, quote: sentence.text, source: sourceOf(scored.passage, chosen) };
}

function sourceOf(passage: Passage, span: { start: number; end: number }): Source {
  return {
    doc: passage.docId,
    title: passage.docTitle,
    section: passage.section,
    start: span.start,
    end: span.end,
  };
}

function present(scored: Scored): AskPassage {
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
  confidence,
  reason,
});

/**
 * Answers a question from the index: BM25 finds candidates, then each is re-scored by how much
 * of the question (weighted by rarity) it covers, by its best sentence, and by whether that
 * sentence holds the kind of answer asked for (a date for "when", an amount for "how many").
 * Abstains when the best passage leaves the question's rare words unanswered.
 */
export function ask(
  index: SearchIndex,
  question: string,
  options: Partial<AskOptions> = {},
): AskResult {
  const opts = { ...ASK_DEFAULTS, ...options };
  const parsed = parseQuestion(index, question);
  if (parsed.concepts.length === 0) return abstain(parsed.text, "empty-question");

  const terms = [...new Set(parsed.concepts.flatMap((c) => c.terms))];
  const hits = index.search(terms, opts.candidates);
  if (hits.length === 0) return abstain(parsed.text, "no-match");

  const top = hits[0]?.score ?? 1;
  const ranked = hits
    .map((hit) => scorePassage(index, parsed, hit.passage, hit.score / top))
    .sort((a, b) => b.score - a.score);
  const first = ranked[0] as Scored;
  const confidence = Math.round(first.coverage * 1000) / 1000;
  if (first.coverage < opts.minCoverage) {
    return abstain(parsed.text, "not-relevant-enough", confidence);
  }

  const answer = directAnswer(index, parsed, first);
  return {
    question: parsed.text,
    answered: true,
    answer: answer?.text ?? null,
    answerSource: answer,
    passages: ranked.slice(0, opts.limit).map(present),
    confidence,
  };
}
