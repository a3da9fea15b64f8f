import SearchableMap from "minisearch/SearchableMap";
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

/**
 * Edit distance from `wanted` to each name within `max`, by MiniSearch's own fuzzy lookup
 * (the one that corrects typos in questions): names farther than `max` are absent.
 */
function distances(names: readonly string[], wanted: string, max: number): Map<string, number> {
  const map = new SearchableMap<true>();
  for (const name of names) map.set(name, true);
  return new Map([...map.fuzzyGet(wanted, max)].map(([name, [, distance]]) => [name, distance]));
}

/** Catalog names nearest to `name`: prefixes first, then by edit distance. */
export function suggestModels(
  knowledge: Knowledge,
  name: string,
  limit = MAX_SUGGESTIONS,
): string[] {
  const wanted = key(name);
  const max = Math.max(2, Math.floor(wanted.length / 2));
  const scored = knowledge.catalog.models.map((model) => {
    const names = [model.name, ...model.aliases].map(key);
    const prefix = wanted !== "" && names.some((n) => n.startsWith(wanted) || n.includes(wanted));
    const near = [...distances(names, wanted, max).values()];
    return { name: model.name, score: prefix ? -1 : Math.min(Number.POSITIVE_INFINITY, ...near) };
  });
  return scored
    .filter((s) => s.score <= max)
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
