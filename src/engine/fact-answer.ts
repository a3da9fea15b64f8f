import { FACT_KINDS } from "../knowledge/kinds.js";
import type { Cited, Conflict, DatedQuote, ModelEntry } from "../knowledge/types.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { coverage, credit } from "./coverage.js";
import type { ParsedQuestion, QueryConcept } from "./question.js";
import { RANKING } from "./ranking.js";
import type { DirectAnswer } from "./result.js";
import { spanFinders } from "./spans.js";
import { isEvent } from "./subjects.js";
import { inMonthAsked } from "./typed-spans.js";

export interface FactAnswer {
  answer: DirectAnswer;
  /** What the documents disagree on about this answer, shown beside it. */
  conflicts: Conflict[];
}

/**
 * The catalog models a question names, each once, with the concept naming it first; a model
 * the question rules out ("not v3, v2") weighs nothing and is left out.
 */
export function modelsNamed(
  knowledge: Knowledge,
  question: ParsedQuestion,
): { model: ModelEntry; concept: QueryConcept }[] {
  const named: { model: ModelEntry; concept: QueryConcept }[] = [];
  for (const concept of question.concepts) {
    if (concept.kind !== "alias" || concept.weight === 0) continue;
    for (const model of knowledge.catalog.models)
      if (concept.terms.includes(`§${model.id}`) && !named.some((n) => n.model === model))
        named.push({ model, concept });
  }
  return named;
}

/** The one model a question names, if it names exactly one. */
function modelAsked(knowledge: Knowledge, question: ParsedQuestion): ModelEntry | null {
  const named = modelsNamed(knowledge, question);
  return named.length === 1 ? (named[0]?.model ?? null) : null;
}

function covered(knowledge: Knowledge, question: ParsedQuestion, text: string): number {
  return coverage(question.concepts, knowledge.index.termsOf(text));
}

/** The verbatim span of a fact's quote that holds its value: its first to its last amount. */
function valueSpan(knowledge: Knowledge, fact: Cited & { value: string }): DirectAnswer | null {
  const { quote, source } = fact;
  if (quote.length !== source.end - source.start) return null;
  const amounts = spanFinders(knowledge.measures)
    .findQuantities(quote)
    .filter((q) => fact.value.includes(q.text));
  const first = amounts[0];
  const last = amounts.at(-1);
  if (!first || !last) return null;
  return {
    text: quote.slice(first.start, last.end),
    quote,
    source: { ...source, start: source.start + first.start, end: source.start + last.end },
  };
}

/** The verbatim span of `text` in a fact's quote, cited where it is, or null. */
function spanOfText(fact: Cited, text: string): DirectAnswer | null {
  const { quote, source } = fact;
  const at = quote.indexOf(text);
  if (at < 0 || quote.length !== source.end - source.start) return null;
  return {
    text,
    quote,
    source: { ...source, start: source.start + at, end: source.start + at + text.length },
  };
}

/**
 * Of release dates, the most precise ("November 2, 2023" over "November 2023"), then the
 * earliest, as a verbatim span of its quote; null when none maps back.
 */
export function mostPrecise(
  released: readonly DatedQuote[],
): { date: string; answer: DirectAnswer } | null {
  let best: DirectAnswer | null = null;
  let bestDate = "";
  for (const r of released) {
    const better: boolean =
      !best ||
      r.date.length > bestDate.length ||
      (r.date.length === bestDate.length && r.date < bestDate);
    const answer: DirectAnswer | null = better ? spanOfText(r, r.text) : null;
    if (answer) {
      best = answer;
      bestDate = r.date;
    }
  }
  return best ? { date: bestDate, answer: best } : null;
}

/**
 * A model's releases that say every event asked besides the release ("open sourced", 技术报告),
 * by the fact's label or its quote: the day R1-Lite came out on the website is not when its
 * weights were opened.
 */
export function releasesSaying(
  knowledge: Knowledge,
  events: readonly QueryConcept[],
  model: ModelEntry,
): DatedQuote[] {
  const label = FACT_KINDS.releaseDate.label;
  return model.released.filter((r) => {
    const said = knowledge.index.termsOf(`${label}. ${r.quote}`);
    return !events.some((c) => credit(c, said) === 0);
  });
}

/** "When did <model> come out": the most precise release date, if its quote answers. */
function releaseAnswer(
  knowledge: Knowledge,
  question: ParsedQuestion,
  model: ModelEntry,
): FactAnswer | null {
  const events = question.concepts.filter((c) => isEvent(knowledge.index, c));
  const answering = releasesSaying(knowledge, events, model).filter(
    (r) =>
      covered(knowledge, question, r.quote) >= RANKING.minFactCoverage &&
      inMonthAsked(question, r.text),
  );
  const best = mostPrecise(answering);
  if (!best) return null;
  return {
    answer: best.answer,
    conflicts: model.conflicts.filter((c) => c.label === FACT_KINDS.releaseDate.label),
  };
}

/** "How many routed experts did V2 have": the amount of the fact whose label is asked. */
function amountAnswer(
  knowledge: Knowledge,
  question: ParsedQuestion,
  model: ModelEntry,
): FactAnswer | null {
  let best: { answer: DirectAnswer; label: string; score: number } | null = null;
  const named = `§${model.id}`;
  const asked = {
    ...question,
    concepts: question.concepts.filter((c) => !c.terms.includes(named)),
  };
  for (const fact of model.facts) {
    if (fact.label === FACT_KINDS.result.label || !/\d/.test(fact.value)) continue;
    // The label must be what is asked: "routed experts", "parameters", "training cost".
    if (covered(knowledge, question, fact.label) === 0) continue;
    // The fact must cover the question as a sentence would, the model's name included (a quote
    // that does not name the model leaves the answer to the passages), and what the question
    // asks of the model, the name aside: else a quote naming the model wins on the name ("how
    // many activated params in v3" is not answered by 671 billion total parameters).
    const text = `${fact.label}. ${fact.quote}`;
    if (covered(knowledge, question, text) < RANKING.minFactCoverage) continue;
    const score = covered(knowledge, asked, text);
    if (score < RANKING.minFactAskedCoverage || (best && score <= best.score)) continue;
    const answer = valueSpan(knowledge, fact);
    if (answer) best = { answer, label: fact.label, score };
  }
  if (!best) return null;
  const { label } = best;
  return { answer: best.answer, conflicts: model.conflicts.filter((c) => c.label === label) };
}

/**
 * Answers from the model catalog (curated facts included) before any passage: a release date
 * or an amount of the one model the question names, as a verbatim span of the fact's quote,
 * with any disagreement between sources. Only when the fact's label and quote cover the
 * question as well as a sentence would.
 */
export function factAnswer(knowledge: Knowledge, question: ParsedQuestion): FactAnswer | null {
  const model = modelAsked(knowledge, question);
  if (!model) return null;
  // The catalog dates releases to the day at most: "what time of day" is the passages' to answer.
  if (question.type === "date")
    return question.wants === "time" ? null : releaseAnswer(knowledge, question, model);
  if (question.type === "quantity") return amountAnswer(knowledge, question, model);
  return null;
}
