import type { AskResult } from "../../engine/result.js";
import { citation, markHighlight } from "../cite.js";
import { PLAIN_STYLE, type TextStyle } from "./style.js";

export const NOT_IN_DOCUMENTS =
  "Not in the documents: nothing in the corpus answers this question.";

/** An answer as readable text: the direct answer first, then each passage with its source. */
export function askToText(result: AskResult, style: TextStyle = PLAIN_STYLE): string {
  const lines = [style.bold(`Q: ${result.question || "(empty question)"}`)];
  if (result.unknownModel) {
    const { name, closest } = result.unknownModel;
    const near = closest.length > 0 ? ` The closest they cover: ${closest.join(", ")}.` : "";
    lines.push(`Not in the documents: they name no model called ${name}.${near}`);
    return lines.join("\n");
  }
  if (!result.answered) {
    lines.push(NOT_IN_DOCUMENTS);
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
    const text = markHighlight(passage.text, passage.highlight, style.bold);
    lines.push(...text.split(/\n+/).map((line) => `    ${line.trim()}`));
  });
  return lines.join("\n");
}
