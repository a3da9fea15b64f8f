import type { Knowledge } from "../index/knowledge.js";
import type { SearchIndex } from "../index/search-index.js";
import type { Passage } from "../ingest/passages.js";
import { factAnswer } from "./fact-answer.js";
import { type ParsedQuestion, parseQuestion } from "./question.js";
import { credit, type Ranked, type RankedSentence, rankPassage } from "./rank.js";
import type { AskPassage, AskResult, DirectAnswer, Source } from "./result.js";
import type { AnswerSpan } from "./spans.js";

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
   * Share the best passage must cover with the question's own words, related ones aside: a
   * passage that matches only through synonyms ("valuation" → value, price) proves nothing.
   */
  minExactCoverage: number;
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
  minExactCoverage: 0.3,
  keepRarest: 2,
};

/** Alias kinds that name a subject a question can be about; "concept" groups are words. */
const SUBJECT_KINDS = new Set(["organization", "person", "publication", "system", "model"]);
/** A subject named by nearly every passage is the corpus's topic ("DeepSeek"), not a question's. */
const BACKGROUND_SHARE = 0.9;

/** The named things a question asks about, with their kind ("High-Flyer": organization). */
function subjectsOf(index: SearchIndex, question: ParsedQuestion) {
  return question.concepts.flatMap((c) => {
    const term = c.terms[0];
    const kind = c.kind === "alias" && term ? index.aliases.byId(term.slice(1))?.kind : undefined;
    return kind && SUBJECT_KINDS.has(kind) ? [{ concept: c, term: term as string, kind }] : [];
  });
}

/**
 * Whether the span belongs to the question's subjects: of the things of the same kind the
 * sentence names, the one nearest the span is asked about ("incorporated as DeepSeek on July
 * 17, 2023, with High-Flyer…" dates DeepSeek, not High-Flyer).
 */
function ownsSpan(
  index: SearchIndex,
  subjects: ReturnType<typeof subjectsOf>,
  answer: RankedSentence,
  span: AnswerSpan,
): boolean {
  const from = span.start - answer.sentence.start;
  const to = span.end - answer.sentence.start;
  return subjects.every(({ kind }) => {
    let nearest: { term: string; distance: number } | null = null;
    for (const c of answer.concepts) {
      if (!c.alias || index.aliases.byId(c.term.slice(1))?.kind !== kind) continue;
      const end = c.start + c.surface.length;
      const distance = c.start >= to ? c.start - to : Math.max(0, from - end);
      if (!nearest || distance < nearest.distance) nearest = { term: c.term, distance };
    }
    return !nearest || subjects.some((s) => s.term === nearest.term);
  });
}

/**
 * The direct answer: the typed span of the best sentence, when that sentence covers enough,
 * names every subject the question names and the span is theirs (High-Flyer's founding is not
 * DeepSeek's), and the span is not one of the question's own names ("who did Liang start the
 * fund with" is not answered "Liang Wenfeng").
 */
function directAnswer(
  index: SearchIndex,
  question: ParsedQuestion,
  ranked: Ranked,
  minCoverage: number,
): DirectAnswer | null {
  const { answer } = ranked;
  if (!answer?.span || answer.coverage < minCoverage) return null;
  const subjects = subjectsOf(index, question);
  const required = subjects.filter((s) => index.frequency(s.term) < BACKGROUND_SHARE * index.size);
  if (required.some((s) => credit(s.concept, answer.terms) < 1)) return null;
  if (!ownsSpan(index, subjects, answer, answer.span)) return null;
  const named = new Set(index.analyze(answer.span.text));
  const asked = question.type === "person" ? question.concepts : subjects.map((s) => s.concept);
  if (asked.some((c) => c.terms.some((t) => named.has(t)))) return null;
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
  const parsed = parseQuestion(index, knowledge.lexicon, question);
  if (parsed.concepts.length === 0) return abstain(parsed.text, "empty-question");

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
  if (hits.length === 0) return abstain(parsed.text, "no-match");

  const top = hits[0]?.score ?? 1;
  const ranked = hits
    .map((hit) => rankPassage(index, parsed, hit.passage, hit.score / top))
    .sort((a, b) => b.score - a.score);
  const first = ranked[0] as Ranked;
  const confidence = Math.round(first.coverage * 1000) / 1000;
  // "How many employees…" met by a sentence that names employees but holds no number at all.
  const typed = parsed.type === "date" || parsed.type === "quantity";
  if (
    first.coverage < opts.minCoverage ||
    first.exact < opts.minExactCoverage ||
    (typed && !first.answer)
  ) {
    return abstain(parsed.text, "not-relevant-enough", confidence);
  }

  // The catalog answers release dates and parameter counts with every source's value.
  const fact = factAnswer(knowledge, parsed);
  const answer = fact?.answer ?? directAnswer(index, parsed, first, opts.minAnswerCoverage);
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
