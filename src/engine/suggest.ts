import type { Passage } from "../ingest/passages.js";
import { SECTION_SEPARATOR } from "../ingest/sections.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { baseTokens } from "../text/tokens.js";
import { sourceOf } from "./answer.js";
import type { Suggestion } from "./result.js";

/** At most this many things are offered: a reader weighs three, not ten. */
export const MAX_SUGGESTIONS = 3;

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s-]+/g, " ")
    .trim();

/** The catalog models `text` names ("prover v1.5" → DeepSeek-Prover-V1.5), with a passage naming each. */
function namedModels(knowledge: Knowledge, text: string): Suggestion[] {
  const ids = new Set(knowledge.index.aliases.match(baseTokens(text)).map((m) => m.group.id));
  return knowledge.catalog.models.flatMap((model) => {
    const cited = model.released[0] ?? model.facts[0];
    if (!ids.has(model.id) || !cited) return [];
    return [{ label: model.name, question: model.name, source: cited.source }];
  });
}

/** The sections of the passages nearest the question, nearest first; a lead has no heading to ask. */
function nearSections(nearest: readonly Passage[]): Suggestion[] {
  return nearest.flatMap((passage) => {
    const heading = passage.section.split(SECTION_SEPARATOR).at(-1)?.trim();
    if (!heading) return [];
    return [{ label: heading, question: heading, source: sourceOf(passage, passage) }];
  });
}

/**
 * What to offer when the documents do not answer `question`: the catalog models it names, then
 * the sections of the passages nearest it (below the answer threshold), each kept only when
 * `answers` says asking it gets an answer, so every offer leads somewhere. Pure: the caller
 * decides how to ask.
 */
export function suggestAlternatives(
  knowledge: Knowledge,
  question: string,
  nearest: readonly Passage[],
  answers: (question: string) => boolean,
): Suggestion[] {
  const asked = key(question);
  const offered = new Set<string>();
  const picked: Suggestion[] = [];
  for (const candidate of [...namedModels(knowledge, question), ...nearSections(nearest)]) {
    if (picked.length >= MAX_SUGGESTIONS) break;
    const id = key(candidate.question);
    if (id === asked || offered.has(id)) continue;
    offered.add(id);
    if (answers(candidate.question)) picked.push(candidate);
  }
  return picked;
}

/** Catalog models by name, each with a passage naming it: what an unknown model name is offered. */
export function modelSuggestions(knowledge: Knowledge, names: readonly string[]): Suggestion[] {
  return names.flatMap((name) => {
    const model = knowledge.catalog.models.find((m) => m.name === name);
    const cited = model && (model.released[0] ?? model.facts[0]);
    return cited ? [{ label: name, question: name, source: cited.source }] : [];
  });
}
