import type { ModelEntry } from "../knowledge/types.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { baseTokens } from "../text/tokens.js";

/** How many near names to suggest when a name is unknown. */
const MAX_SUGGESTIONS = 5;

export interface ModelLookup {
  query: string;
  found: boolean;
  model: ModelEntry | null;
  /** Close names from the catalog when nothing matched. */
  suggestions: string[];
}

const key = (name: string) => baseTokens(name).join(" ");

/** Edit distance with a cap: names are short, so the quadratic table is tiny. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Resolves a model name the way the index reads names: case, hyphens and spacing do not
 * matter and the longest alias wins, so "v3", "DeepSeek V3" and "deepseek-v3" are DeepSeek-V3,
 * never DeepSeek-V3.2-Exp. The whole query must be one model's name.
 */
export function resolveModel(knowledge: Knowledge, name: string): ModelEntry | null {
  const tokens = baseTokens(name);
  if (tokens.length === 0) return null;
  const matches = knowledge.index.aliases.match(tokens);
  const only = matches.length === 1 ? matches[0] : undefined;
  if (!only || only.length !== tokens.length || only.group.kind !== "model") return null;
  return knowledge.catalog.models.find((m) => m.id === only.group.id) ?? null;
}

/** Catalog names nearest to `name`: prefixes first, then by edit distance. */
export function suggestModels(
  knowledge: Knowledge,
  name: string,
  limit = MAX_SUGGESTIONS,
): string[] {
  const wanted = key(name);
  const scored = knowledge.catalog.models.map((model) => {
    const names = [model.name, ...model.aliases].map(key);
    const prefix = wanted !== "" && names.some((n) => n.startsWith(wanted) || n.includes(wanted));
    const best = Math.min(...names.map((n) => distance(wanted, n)));
    return { name: model.name, score: prefix ? -1 : best };
  });
  return scored
    .filter((s) => s.score <= Math.max(2, Math.floor(wanted.length / 2)))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
}

export function lookupModel(knowledge: Knowledge, name: string): ModelLookup {
  const query = name.replace(/\s+/g, " ").trim().slice(0, 100);
  const model = resolveModel(knowledge, query);
  return {
    query,
    found: model !== null,
    model,
    suggestions: model ? [] : suggestModels(knowledge, query),
  };
}

/** Every model in the catalog, in order of first release (undated last). */
export function listModels(knowledge: Knowledge): ModelEntry[] {
  const first = (m: ModelEntry) => m.released[0]?.date ?? "9999";
  return [...knowledge.catalog.models].sort((a, b) => first(a).localeCompare(first(b)));
}
