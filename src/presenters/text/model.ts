import type { ModelLookup } from "../../engine/model.js";
import type { ModelEntry } from "../../knowledge/types.js";
import { citation } from "../cite.js";
import { PLAIN_STYLE, type TextStyle } from "./style.js";

/** A model card as text: names, releases and facts with their sources, disagreements first. */
export function modelToText(lookup: ModelLookup, style: TextStyle = PLAIN_STYLE): string {
  const model = lookup.model;
  if (!model) {
    const hint = lookup.suggestions.length
      ? ` Did you mean: ${lookup.suggestions.join(", ")}?`
      : "";
    return `No model named "${lookup.query}" in the documents.${hint}`;
  }
  const lines = [style.bold(model.name)];
  if (model.aliases.length) lines.push(`Also: ${model.aliases.join(", ")}`);
  for (const conflict of model.conflicts) {
    lines.push(`Sources differ on ${conflict.label}:`);
    for (const v of conflict.values)
      lines.push(`  - ${v.value} ${style.dim(`(${citation(v.source)})`)}`);
  }
  for (const r of model.released)
    lines.push(`Released: ${r.text} ${style.dim(`(${citation(r.source)})`)}`);
  for (const f of model.facts)
    lines.push(`${f.label}: ${f.value} ${style.dim(`(${citation(f.source)})`)}`);
  return lines.join("\n");
}

export function modelsToText(models: readonly ModelEntry[]): string {
  return models
    .map((m) => `${m.released[0]?.text.padEnd(18) ?? "".padEnd(18)} ${m.name}`)
    .join("\n");
}
