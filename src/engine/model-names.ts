import type { ModelEntry } from "../knowledge/types.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { alternation } from "../text/alternation.js";
import { baseTokens } from "../text/tokens.js";

/** What a typed model name names: one model, several a reader could mean, or none. */
export type NameReading =
  | { kind: "one"; model: ModelEntry }
  | { kind: "several"; models: ModelEntry[] }
  | { kind: "none" };

/** The name as typed, and with each implied prefix the user may have left out ("coder"). */
function spellings(knowledge: Knowledge, tokens: readonly string[]): string[][] {
  const prefixes = knowledge.modelWords.impliedPrefixes.map((p) => baseTokens(p));
  const omitted = prefixes.filter((p) => p.length > 0 && !p.every((t, i) => tokens[i] === t));
  return [[...tokens], ...omitted.map((p) => [...p, ...tokens])];
}

/** The model one whole alias names: "v3", "deepseek moe"; never a concept such as MoE. */
function named(knowledge: Knowledge, tokens: readonly string[]): ModelEntry | null {
  const [only, ...more] = knowledge.index.aliases.match(tokens);
  if (!only || more.length > 0 || only.length !== tokens.length || only.group.kind !== "model")
    return null;
  return knowledge.catalog.models.find((m) => m.id === only.group.id) ?? null;
}

function namedBySpelling(knowledge: Knowledge, tokens: readonly string[]): ModelEntry | null {
  for (const spelling of spellings(knowledge, tokens)) {
    const model = named(knowledge, spelling);
    if (model) return model;
  }
  return null;
}

/** A size such as "67b": a number and one of corpus/models.json's size units. */
function isSize(knowledge: Knowledge, token: string): boolean {
  const units = knowledge.modelWords.sizeUnits;
  if (units.length === 0) return false;
  return new RegExp(`^\\d+(?:\\.\\d+)?${alternation(units.map((u) => u.toLowerCase()))}$`).test(
    token,
  );
}

/** Whether a name's words begin with the typed words, the last typed word possibly unfinished. */
function beginsWith(name: readonly string[], typed: readonly string[]): boolean {
  if (typed.length === 0 || typed.length > name.length) return false;
  const last = typed.length - 1;
  return typed.every((t, i) => (i < last ? name[i] === t : (name[i] ?? "").startsWith(t)));
}

/** Models one of whose names begins with the typed words, in catalog order. */
function family(knowledge: Knowledge, tokens: readonly string[]): ModelEntry[] {
  const forms = spellings(knowledge, tokens);
  return knowledge.catalog.models.filter((model) =>
    [model.name, ...model.aliases].some((name) =>
      forms.some((form) => beginsWith(baseTokens(name), form)),
    ),
  );
}

/**
 * Reads a model name as people type it, by three rules and no list of names: a name of the
 * model, with or without its implied prefix ("coder" is DeepSeek Coder, "moe" DeepSeekMoE —
 * here a model is asked for, so MoE the architecture is not meant); a name followed by a size
 * ("llm 67b") is the size's family; else the models whose names begin with the typed words,
 * one of them clearly meant or several to choose from.
 */
export function readModelName(knowledge: Knowledge, typed: string): NameReading {
  const tokens = baseTokens(typed);
  if (tokens.length === 0) return { kind: "none" };
  const exact = namedBySpelling(knowledge, tokens);
  if (exact) return { kind: "one", model: exact };
  const last = tokens.at(-1) ?? "";
  if (tokens.length > 1 && isSize(knowledge, last)) {
    const sized = namedBySpelling(knowledge, tokens.slice(0, -1));
    if (sized) return { kind: "one", model: sized };
  }
  const models = family(knowledge, tokens);
  if (models.length === 1) return { kind: "one", model: models[0] as ModelEntry };
  return models.length > 1 ? { kind: "several", models } : { kind: "none" };
}
