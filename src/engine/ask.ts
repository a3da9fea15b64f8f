import type { Passage } from "../ingest/passages.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { factAnswer } from "./fact-answer.js";
import { parseQuestion } from "./question.js";
import { type Ranked, rankPassage } from "./rank.js";
import type { AskPassage, AskResult, DirectAnswer, Source } from "./result.js";

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
  /**
   * A common term (one whose posting list the index cut, see IndexOptions) is left out of the
   * BM25 search unless it is among the question's `keepRarest` weightiest; re-ranking still
   * counts it. It adds little to the ranking and much to the time.
   */
  keepRarest: number;
}

export const ASK_DEFAULTS: AskOptions = {
  limit: 3,
  candidates: 24,
  minCoverage: 0.48,
  minAnswerCoverage: 0.5,
  keepRarest: 2,
};

/** The direct answer: the typed span of the best sentence, when that sentence covers enough. */
function directAnswer(ranked: Ranked, minCoverage: number): DirectAnswer | null {
  const { answer } = ranked;
  if (!answer?.span || answer.coverage < minCoverage) return null;
  return {
    text: answer.span.text,
    quote: answer.sentence.text,
    source: sourceOf(ranked.passage, answer.span),
  };
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

/**
 * Answers a question from the index: BM25 finds candidates, then each is re-scored by how much
 * of the question (weighted by rarity) it covers, by its best sentence, and by whether that
 * sentence holds the kind of answer asked for (a date for "when", an amount for "how many").
 * Abstains when the best passage leaves the question's rare words unanswered.
 */
export function ask(
  knowledge: Knowledge,
  question: string,
  options: Partial<AskOptions> = {},
): AskResult {
  const opts = { ...ASK_DEFAULTS, ...options };
  const { index } = knowledge;
  const parsed = parseQuestion(index, question);
  if (parsed.concepts.length === 0) return abstain(parsed.text, "empty-question");

  const weightiest = [...parsed.concepts].sort((a, b) => b.weight - a.weight);
  const searched = weightiest.filter(
    (c, i) => i < opts.keepRarest || !c.terms.some((t) => index.isCommon(t)),
  );
  const terms = [...new Set(searched.flatMap((c) => c.terms))];
  const hits = index.search(terms, opts.candidates);
  if (hits.length === 0) return abstain(parsed.text, "no-match");

  const top = hits[0]?.score ?? 1;
  const ranked = hits
    .map((hit) => rankPassage(index, parsed, hit.passage, hit.score / top))
    .sort((a, b) => b.score - a.score);
  const first = ranked[0] as Ranked;
  const confidence = Math.round(first.coverage * 1000) / 1000;
  // "How many employees…" met by a sentence that names employees but holds no number at all.
  const typed = parsed.type === "date" || parsed.type === "quantity";
  if (first.coverage < opts.minCoverage || (typed && !first.answer)) {
    return abstain(parsed.text, "not-relevant-enough", confidence);
  }

  // The catalog answers release dates and parameter counts with every source's value.
  const fact = factAnswer(knowledge, parsed);
  const answer = fact?.answer ?? directAnswer(first, opts.minAnswerCoverage);
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
