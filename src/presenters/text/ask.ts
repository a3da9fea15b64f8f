import type { AskResult, Suggestion } from "../../engine/result.js";
import { citation } from "../cite.js";
import { passageExcerpt } from "../excerpt.js";
import type { Words } from "../words/en.js";
import { type Language, wordsFor } from "../words/language.js";
import { PLAIN_STYLE, type TextStyle } from "./style.js";

/** What the documents cover closest to an unanswered question, each with its source. */
function suggestionLines(
  suggestions: readonly Suggestion[],
  style: TextStyle,
  words: Words,
): string[] {
  if (suggestions.length === 0) return [];
  return [
    words.textSuggestionsHeading,
    ...suggestions.map((s) => `  • ${s.question}  ${style.dim(`(${citation(s.source)})`)}`),
  ];
}

/**
 * An answer as readable text: the direct answer first, then each passage's excerpt around its
 * best sentence with its source (`ask --json` has the passages whole). The bot's own words are
 * in `language`, the quotes the documents' English.
 */
export function askToText(
  result: AskResult,
  language: Language,
  style: TextStyle = PLAIN_STYLE,
): string {
  const words = wordsFor(language);
  const lines = [style.bold(words.textQuestion(result.question || words.emptyQuestion))];
  if (result.unknownModel) {
    lines.push(words.textUnknownModel(result.unknownModel.name));
    lines.push(...suggestionLines(result.suggestions ?? [], style, words));
    return lines.join("\n");
  }
  if (!result.answered) {
    const said = result.lessPrecise ?? result.otherCurrency;
    const say = result.lessPrecise ? words.textLessPrecise : words.textOtherCurrency;
    lines.push(
      said
        ? `${say(style.bold(said.text))}  ${style.dim(`(${citation(said.source)})`)}`
        : words.textNotInDocuments,
      ...suggestionLines(result.suggestions ?? [], style, words),
    );
    return lines.join("\n");
  }
  // A two-part question has a bold answer for each part, or none at all.
  const answers = result.parts?.map((p) => p.answer) ?? [result.answerSource];
  if (result.answer) {
    for (const answer of answers) {
      if (!answer) continue;
      lines.push(
        `${words.textAnswer(style.bold(answer.text))}  ${style.dim(`(${citation(answer.source)})`)}`,
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
