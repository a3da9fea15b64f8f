import { FACT_KINDS } from "../knowledge/kinds.js";
import type { Conflict, DatedQuote, ModelEntry } from "../knowledge/types.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import type { ParsedQuestion } from "./question.js";
import type { DirectAnswer } from "./result.js";

const RELEASE_CUE =
  /\b(release[ds]?|launch(ed)?|come out|came out|drop(ped)?|out|publish(ed)?|ship(ped)?|open[- ]sourced?)\b|^\s*when (was|is|did)\b/i;
const PARAMETERS_CUE = /\b(param(eter)?s?|how big|how large|size)\b/i;

export interface FactAnswer {
  answer: DirectAnswer;
  /** What the documents disagree on about this answer, shown beside it. */
  conflicts: Conflict[];
}

/** The one model a question names, if it names exactly one. */
function modelAsked(knowledge: Knowledge, question: ParsedQuestion): ModelEntry | null {
  const ids = question.concepts.flatMap((c) => c.terms).filter((t) => t.startsWith("§"));
  const models = knowledge.catalog.models.filter((m) => ids.includes(`§${m.id}`));
  return models.length === 1 ? (models[0] as ModelEntry) : null;
}

/**
 * Answers "when was <model> released" and "how many parameters does <model> have" from the
 * catalog, citing the quote the fact comes from, with any disagreement between sources.
 */
export function factAnswer(knowledge: Knowledge, question: ParsedQuestion): FactAnswer | null {
  const model = modelAsked(knowledge, question);
  if (!model) return null;
  if (question.type === "date" && RELEASE_CUE.test(question.text)) {
    // The most precise date first: "December 26, 2024" says more than "December 2024".
    // One pass, not a sort: a model of a large corpus has thousands of release quotes.
    let release: DatedQuote | undefined;
    for (const r of model.released) {
      const longer = !release || r.date.length > release.date.length;
      if (longer || (r.date.length === release?.date.length && r.date < release.date)) release = r;
    }
    if (!release) return null;
    return {
      answer: { text: release.text, quote: release.quote, source: release.source },
      conflicts: model.conflicts.filter((c) => c.label === FACT_KINDS.releaseDate.label),
    };
  }
  if (question.type === "quantity" && PARAMETERS_CUE.test(question.text)) {
    const counts = [FACT_KINDS.totalParameters.label, FACT_KINDS.activatedParameters.label].flatMap(
      (label) => model.facts.find((f) => f.label === label) ?? [],
    );
    const first = counts[0];
    if (!first) return null;
    return {
      answer: {
        text: counts.map((f) => `${f.value} ${f.label}`).join(", "),
        quote: first.quote,
        source: first.source,
      },
      conflicts: model.conflicts.filter((c) => c.label.includes(FACT_KINDS.parameters.label)),
    };
  }
  return null;
}
