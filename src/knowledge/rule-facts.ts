import type { AliasTable } from "../text/aliases.js";
import { FACT_KINDS, type FactKind } from "./kinds.js";
import { cited } from "./quotes.js";
import type { ReadSentence } from "./sentences.js";
import type { ModelFact } from "./types.js";

/** Sizes such as "7B", "1.3B"; read only before a comparison ("…, while CodeLlama is 34B"). */
const SIZE = /\b\d+(?:\.\d+)?B\b/g;
const SIZE_CUE = /\b(sizes?|versions|scales?|parameters|in size|is a \d+(?:\.\d+)?B model)\b/i;
const CONTRAST = /\b(while|whereas|compared|than|between|against|benchmarked)\b/i;
const PARAMETERS =
  /(~?\d+(?:\.\d+)?\s*(?:billion|[MB]))[\s-]+(total|activated|active)?\s*(?:parameters|params|parameter)\b/gi;
const ARCHITECTURE = ["moe", "mla", "dsa", "mha"] as const;
const OPEN_SOURCE = /\b(open[- ]sourced?|opened source|open source)\b/i;
const LICENCE = /\b(MIT license|free for commercial use|supports commercial use|commercial use)\b/i;
const RESULT =
  /\b(surpass\w*|outperform\w*|ahead|topped|leading|comparable to|beat|close to that of|best scores?|#1)\b/i;

/**
 * Whether the sentence's result is the model's: no word naming something else (its app, the
 * company's stock) stands between the model's last mention before the result word (or the
 * sentence's start) and that word. "…when its mobile app briefly topped…, following the release
 * of R1" is the app's result, not R1's.
 */
function resultOfModel(s: ReadSentence, result: RegExpExecArray, notTheModel: RegExp): boolean {
  const before = s.models.filter((m) => m.id === s.subject && m.end <= result.index);
  const from = before.at(-1)?.end ?? 0;
  return !notTheModel.test(s.sentence.text.slice(from, result.index));
}

/**
 * The facts a sentence states about the model it is about: sizes, parameters, licence, results.
 * `notTheModel` matches the words of things other than models (corpus/models.json).
 */
export function ruleFacts(s: ReadSentence, notTheModel: RegExp): ModelFact[] {
  const text = s.sentence.text;
  const facts: ModelFact[] = [];
  const add = ({ label }: FactKind, value: string) =>
    facts.push({ label, value, ...cited(s.quote), origin: "rule" });
  const beforeContrast = text.split(CONTRAST)[0] ?? text;
  if (SIZE_CUE.test(text)) {
    const sizes = [...beforeContrast.matchAll(SIZE)].map((m) => m[0]);
    if (sizes.length > 0) add(FACT_KINDS.sizes, [...new Set(sizes)].join(", "));
  }
  for (const m of text.matchAll(PARAMETERS)) {
    const which = m[2]?.toLowerCase();
    const kind =
      which === "total"
        ? FACT_KINDS.totalParameters
        : which
          ? FACT_KINDS.activatedParameters
          : FACT_KINDS.parameters;
    add(kind, (m[1] ?? "").trim());
  }
  const open = OPEN_SOURCE.exec(text);
  if (open) add(FACT_KINDS.openSource, open[0]);
  const licence = LICENCE.exec(text);
  if (licence) add(FACT_KINDS.licence, licence[0]);
  const result = RESULT.exec(text);
  if (result && resultOfModel(s, result, notTheModel)) add(FACT_KINDS.result, text);
  return facts;
}

/** The architectures (alias groups such as MoE, MLA) a sentence names. */
export function architectureFacts(aliases: AliasTable, s: ReadSentence): ModelFact[] {
  const found = aliases
    .match(s.sentence.text.toLowerCase().match(/[\p{L}\p{N}.]+/gu) ?? [])
    .filter((m) => (ARCHITECTURE as readonly string[]).includes(m.group.id))
    .map((m) => m.group.names[0] as string);
  return [...new Set(found)].map((value) => ({
    label: FACT_KINDS.architecture.label,
    value,
    ...cited(s.quote),
    origin: "rule" as const,
  }));
}
