import type { AskResult, Suggestion } from "../../engine/result.js";
import { citation } from "../cite.js";
import { passageExcerpt } from "../excerpt.js";
import { PLAIN_STYLE, type TextStyle } from "./style.js";

export const NOT_IN_DOCUMENTS =
  "Not in the documents: nothing in the corpus answers this question.";

/** What the documents cover closest to an unanswered question, each with its source. */
function suggestionLines(suggestions: readonly Suggestion[], style: TextStyle): string[] {
  if (suggestions.length === 0) return [];
  return [
    "The closest they cover (ask one):",
    ...suggestions.map((s) => `  • ${s.question}  ${style.dim(`(${citation(s.source)})`)}`),
  ];
}

/**
 * An answer as readable text: the direct answer first, then each passage's excerpt around its
 * best sentence with its source (`ask --json` has the passages whole).
 */
export function askToText(result: AskResult, style: TextStyle = PLAIN_STYLE): string {
  const lines = [style.bold(`Q: ${result.question || "(empty question)"}`)];
  if (result.unknownModel) {
    lines.push(`Not in the documents: they name no model called ${result.unknownModel.name}.`);
    lines.push(...suggestionLines(result.suggestions ?? [], style));
    return lines.join("\n");
  }
  if (!result.answered) {
    lines.push(NOT_IN_DOCUMENTS, ...suggestionLines(result.suggestions ?? [], style));
    return lines.join("\n");
  }
  // A two-part question has a bold answer for each part, or none at all.
  const answers = result.parts?.map((p) => p.answer) ?? [result.answerSource];
  if (result.answer) {
    for (const answer of answers) {
      if (!answer) continue;
      lines.push(
        `Answer: ${style.bold(answer.text)}  ${style.dim(`(${citation(answer.source)})`)}`,
      );
    }
  }
  result.passages.forEach((passage, i) => {
    lines.push("", `[${i + 1}] ${style.dim(citation(passage.source))}`);
    const { text, focus } = passageExcerpt(passage);
    const marked = focus
      ? `${text.slice(0, focus.start)}${style.bold(text.slice(focus.start, focus.end))}${text.slice(focus.end)}`
      : text;
    lines.push(...marked.split(/\n+/).map((line) => `    ${line.trim()}`));
  });
  return lines.join("\n");
}
