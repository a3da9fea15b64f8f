import type { CardValue, ModelComparison, ModelLookup } from "../../engine/model.js";
import type { ModelEntry } from "../../knowledge/types.js";
import { citation } from "../cite.js";
import type { Words } from "../words/en.js";
import { type Language, wordsFor } from "../words/language.js";
import { PLAIN_STYLE, type TextStyle } from "./style.js";

const valueText = (value: CardValue, style: TextStyle) =>
  `${value.value} ${style.dim(`(${[...new Set(value.sources.map((s) => citation(s.source)))].join("; ")})`)}`;

/** A card line's label in the reply's language; one it lacks as the catalog has it. */
const labelIn = (words: Words, label: string) => words.factLabels[label] ?? label;

/** Not found, or several models the name could mean. */
function unresolved(lookup: ModelLookup, words: Words): string {
  if (lookup.choices.length)
    return [words.textWhichModel(lookup.query), ...lookup.choices.map((c) => `  - ${c.name}`)].join(
      "\n",
    );
  const hint = lookup.suggestions.length
    ? ` ${words.didYouMean(lookup.suggestions.join(", "))}`
    : "";
  return `${words.textModelNotFound(lookup.query)}${hint}`;
}

/**
 * A model card as text: one line per kind of fact, each value with its sources. The bot's own
 * words are in `language`, the values the documents' English.
 */
export function modelToText(
  lookup: ModelLookup,
  language: Language,
  style: TextStyle = PLAIN_STYLE,
): string {
  const words = wordsFor(language);
  const model = lookup.model;
  if (!model) return unresolved(lookup, words);
  const lines = [style.bold(model.name)];
  if (lookup.readFromShortName) lines.push(words.textShowingFor(model.name, lookup.query));
  if (model.aliases.length) lines.push(words.alsoNamed(model.aliases.join(", ")));
  for (const line of lookup.card) {
    const differ = line.disagree ? ` (${words.sourcesDifferMark})` : "";
    const label = `${labelIn(words, line.label)}${differ}:`;
    const [first, ...more] = line.values.map((v) => valueText(v, style));
    lines.push(`${label} ${first ?? ""}`, ...more.map((v) => `  ${" ".repeat(label.length)}${v}`));
  }
  return lines.join("\n");
}

/** Two models side by side as text: a row per kind of fact, each model's values under it. */
export function comparisonToText(
  comparison: ModelComparison,
  language: Language,
  style: TextStyle = PLAIN_STYLE,
): string {
  const words = wordsFor(language);
  const [left, right] = comparison.lookups;
  if (!left.model) return modelToText(left, language, style);
  if (!right.model) return modelToText(right, language, style);
  const names = [left.model.name, right.model.name];
  const lines = [style.bold(words.versus(names[0] ?? "", names[1] ?? ""))];
  for (const row of comparison.rows) {
    lines.push(`${labelIn(words, row.label)}:`);
    row.values.forEach((values, i) => {
      const shown = values.length ? values.map((v) => valueText(v, style)).join(" · ") : "—";
      const differ = row.disagree[i] ? ` (${words.sourcesDifferMark})` : "";
      lines.push(`  ${names[i]}:${differ} ${shown}`);
    });
  }
  return lines.join("\n");
}

export function modelsToText(models: readonly ModelEntry[]): string {
  return models
    .map((m) => `${m.released[0]?.text.padEnd(18) ?? "".padEnd(18)} ${m.name}`)
    .join("\n");
}
