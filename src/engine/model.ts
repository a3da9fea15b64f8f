import SearchableMap from "minisearch/SearchableMap";
import { type CardLine, type CardValue, cardRank, modelCard } from "../knowledge/card.js";
import type { ModelEntry } from "../knowledge/types.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { baseTokens } from "../text/tokens.js";
import { readModelName } from "./model-names.js";

export type { CardLine, CardValue };

/** How many near names to suggest when a name is unknown. */
const MAX_SUGGESTIONS = 5;
/** How many models a name may offer to choose from: Discord shows 25 buttons at most. */
const MAX_CHOICES = 25;

/** A model a name may mean, offered to choose from. */
export interface ModelChoice {
  id: string;
  name: string;
}

export interface ModelLookup {
  query: string;
  found: boolean;
  model: ModelEntry | null;
  /** The model as a spec sheet (see knowledge/card.ts); empty when none is found. */
  card: CardLine[];
  /** The model was read from a name that is not its own ("coder"): replies say which it is. */
  readFromShortName: boolean;
  /** The models the name could mean when it clearly means no one of them. */
  choices: ModelChoice[];
  /** Close names from the catalog when nothing matched. */
  suggestions: string[];
}

const key = (name: string) => baseTokens(name).join(" ");

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

const cardOf = (knowledge: Knowledge, model: ModelEntry) =>
  modelCard(model, knowledge.modelWords.cardOrder);

/**
 * A model as people type its name (see model-names.ts): the one model clearly meant with its
 * card, or the several it could mean, or near names when it means none.
 */
export function lookupModel(knowledge: Knowledge, name: string): ModelLookup {
  const query = name.replace(/\s+/g, " ").trim().slice(0, 100);
  const reading = readModelName(knowledge, query);
  const model = reading.kind === "one" ? reading.model : null;
  const choices =
    reading.kind === "several"
      ? reading.models.slice(0, MAX_CHOICES).map(({ id, name }) => ({ id, name }))
      : [];
  return {
    query,
    found: model !== null,
    model,
    card: model ? cardOf(knowledge, model) : [],
    readFromShortName: model !== null && key(query) !== key(model.name),
    choices,
    suggestions: model || choices.length ? [] : suggestModels(knowledge, query),
  };
}

/** The model with this catalog id (a choice offered before), or not found. */
export function modelById(knowledge: Knowledge, id: string): ModelLookup {
  const model = knowledge.catalog.models.find((m) => m.id === id) ?? null;
  return {
    query: model?.name ?? id.slice(0, 100),
    found: model !== null,
    model,
    card: model ? cardOf(knowledge, model) : [],
    readFromShortName: false,
    choices: [],
    suggestions: [],
  };
}

/** One kind of fact for two models: each model's values, empty where its documents say none. */
export interface ComparisonRow {
  label: string;
  values: [CardValue[], CardValue[]];
  disagree: [boolean, boolean];
}

export interface ModelComparison {
  lookups: [ModelLookup, ModelLookup];
  /** One row per kind of fact either model has, in card order; empty unless both are found. */
  rows: ComparisonRow[];
}

/** Two models side by side, one row per kind of fact, each value with its sources. */
export function compareModels(knowledge: Knowledge, a: string, b: string): ModelComparison {
  const lookups: [ModelLookup, ModelLookup] = [
    lookupModel(knowledge, a),
    lookupModel(knowledge, b),
  ];
  if (!lookups[0].model || !lookups[1].model) return { lookups, rows: [] };
  const [left, right] = lookups.map((l) => new Map(l.card.map((line) => [line.label, line])));
  const labels = [...new Set([...lookups[0].card, ...lookups[1].card].map((l) => l.label))];
  const order = knowledge.modelWords.cardOrder;
  const rows = labels
    .sort((x, y) => cardRank(order, x) - cardRank(order, y))
    .map((label): ComparisonRow => {
      const l = left?.get(label);
      const r = right?.get(label);
      return {
        label,
        values: [l?.values ?? [], r?.values ?? []],
        disagree: [l?.disagree ?? false, r?.disagree ?? false],
      };
    });
  return { lookups, rows };
}

/**
 * Names to offer as the user types, best first, at most `limit`: what the name reads as (the
 * model clearly meant, or the several it could mean), then every catalog model one of whose
 * names starts with or holds what is typed; all models when nothing is typed.
 */
export function completeModelName(
  knowledge: Knowledge,
  typed: string,
  limit: number,
): ModelEntry[] {
  const wanted = key(typed);
  const reading = readModelName(knowledge, typed);
  const read =
    reading.kind === "one" ? [reading.model] : reading.kind === "several" ? reading.models : [];
  const rank = (model: ModelEntry) =>
    Math.min(
      ...[model.name, ...model.aliases].map(key).map((name) => {
        if (name === wanted) return 0;
        if (name.startsWith(wanted)) return 1;
        return name.includes(wanted) ? 2 : Number.POSITIVE_INFINITY;
      }),
    );
  const matching = listModels(knowledge)
    .map((model) => ({ model, rank: rank(model) }))
    .filter((m) => Number.isFinite(m.rank))
    .sort((a, b) => a.rank - b.rank)
    .map((m) => m.model);
  return [...new Set([...read, ...matching])].slice(0, limit);
}

/**
 * The shortest name that still reads as this model alone (see model-names.ts): "moe" for
 * DeepSeekMoE. It keeps a model in a button's 100-character custom id.
 */
export function modelKey(knowledge: Knowledge, model: ModelEntry): string {
  const prefixes = knowledge.modelWords.impliedPrefixes.map(key).filter(Boolean);
  const names = [model.name, ...model.aliases].flatMap((name) => {
    const k = key(name);
    const prefix = prefixes.find((p) => k.startsWith(`${p} `));
    return prefix ? [k, k.slice(prefix.length + 1)] : [k];
  });
  const reads = (name: string) => {
    const reading = readModelName(knowledge, name);
    return reading.kind === "one" && reading.model.id === model.id;
  };
  return [...names].sort((a, b) => a.length - b.length).find(reads) ?? model.id;
}

/** Every model in the catalog, in order of first release (undated last). */
export function listModels(knowledge: Knowledge): ModelEntry[] {
  const first = (m: ModelEntry) => m.released[0]?.date ?? "9999";
  return [...knowledge.catalog.models].sort((a, b) => first(a).localeCompare(first(b)));
}
