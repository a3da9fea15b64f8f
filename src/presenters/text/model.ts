import type { CardValue, ModelComparison, ModelLookup } from "../../engine/model.js";
import type { ModelEntry } from "../../knowledge/types.js";
import { citation } from "../cite.js";
import { PLAIN_STYLE, type TextStyle } from "./style.js";

const valueText = (value: CardValue, style: TextStyle) =>
  `${value.value} ${style.dim(`(${[...new Set(value.sources.map((s) => citation(s.source)))].join("; ")})`)}`;

/** Not found, or several models the name could mean. */
function unresolved(lookup: ModelLookup): string {
  if (lookup.choices.length)
    return [
      `"${lookup.query}" could be any of these; run model with one of the names:`,
      ...lookup.choices.map((c) => `  - ${c.name}`),
    ].join("\n");
  const hint = lookup.suggestions.length ? ` Did you mean: ${lookup.suggestions.join(", ")}?` : "";
  return `No model named "${lookup.query}" in the documents.${hint}`;
}

/** A model card as text: one line per kind of fact, each value with its sources. */
export function modelToText(lookup: ModelLookup, style: TextStyle = PLAIN_STYLE): string {
  const model = lookup.model;
  if (!model) return unresolved(lookup);
  const lines = [style.bold(model.name)];
  if (lookup.readFromShortName) lines.push(`Showing ${model.name} (for "${lookup.query}")`);
  if (model.aliases.length) lines.push(`Also: ${model.aliases.join(", ")}`);
  for (const line of lookup.card) {
    const label = `${line.label}${line.disagree ? " (sources differ)" : ""}:`;
    const [first, ...more] = line.values.map((v) => valueText(v, style));
    lines.push(`${label} ${first ?? ""}`, ...more.map((v) => `  ${" ".repeat(label.length)}${v}`));
  }
  return lines.join("\n");
}

/** Two models side by side as text: a row per kind of fact, each model's values under it. */
export function comparisonToText(
  comparison: ModelComparison,
  style: TextStyle = PLAIN_STYLE,
): string {
  const [left, right] = comparison.lookups;
  if (!left.model) return modelToText(left, style);
  if (!right.model) return modelToText(right, style);
  const names = [left.model.name, right.model.name];
  const lines = [style.bold(`${names[0]} vs ${names[1]}`)];
  for (const row of comparison.rows) {
    lines.push(`${row.label}:`);
    row.values.forEach((values, i) => {
      const shown = values.length ? values.map((v) => valueText(v, style)).join(" · ") : "—";
      lines.push(`  ${names[i]}:${row.disagree[i] ? " (sources differ)" : ""} ${shown}`);
    });
  }
  return lines.join("\n");
}

export function modelsToText(models: readonly ModelEntry[]): string {
  return models
    .map((m) => `${m.released[0]?.text.padEnd(18) ?? "".padEnd(18)} ${m.name}`)
    .join("\n");
}
