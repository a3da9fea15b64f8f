import type { ChineseLexicon } from "../../ingest/load-chinese.js";
import { everyMention } from "../../text/mentions.js";

/** A name right after "which" or "what", then the thing asked: "which OpenAI model". */
const WHICH_BEFORE = /\b(?:which|what)\s+$/i;
const THING_AFTER = /^[\s-]*\p{L}/u;

/**
 * Whether every mention of a name in the question only qualifies the thing asked: "which OpenAI
 * model is R1-Lite comparable to", "R1-Lite对标的是OpenAI哪个模型" (zh-questions.json qualifiers).
 * The answer is OpenAI's, and a passage naming o1-preview need not say so. Not before a cue that
 * only begins with a qualifier: "DeepSeek哪个月成立的" asks DeepSeek's month.
 */
export function onlyQualifies(
  question: string,
  surface: string,
  zh: Pick<ChineseLexicon, "qualifiers" | "cues"> | undefined,
): boolean {
  return everyMention(question, surface, (at, text) => {
    const after = text.slice(at + surface.toLowerCase().length);
    const english = WHICH_BEFORE.test(text.slice(0, at)) && THING_AFTER.test(after);
    return english || qualifiesInChinese(after.replace(/^\s*的?/u, ""), zh);
  });
}

function qualifiesInChinese(
  after: string,
  zh: Pick<ChineseLexicon, "qualifiers" | "cues"> | undefined,
): boolean {
  const qualifier = zh?.qualifiers.find((q) => after.startsWith(q));
  if (!qualifier || !/^\p{Script=Han}/u.test(after.slice(qualifier.length))) return false;
  // A longer cue that begins with the qualifier (哪个月 asks a month) is the question's cue.
  const longer = (cue: string) => cue.length > qualifier.length && after.startsWith(cue);
  return !zh?.cues.some(({ parts: [cue, ...more] }) => more.length === 0 && cue && longer(cue));
}

/**
 * Right after "compared to", "versus", "than" or "same as" (chat's "vs" is read as "versus"
 * before this, "vs." as "versus."): what the thing asked is measured against. English only:
 * 比 and 相比 are not read so.
 */
const COMPARED_WITH = /\b(?:compared (?:to|with)|versus\.?|than|same as)\s+(?:the\s+)?$/i;

/**
 * Whether every mention of a name in the question is what the thing asked is compared with:
 * "how big was codellama compared to deepseek coder" asks CodeLlama's size, and "DeepSeek
 * Coder is a 7B model, while CodeLlama is a 34B model" answers with the span nearer CodeLlama.
 */
export const onlyComparedWith = (question: string, surface: string): boolean =>
  everyMention(question, surface, (at, text) => COMPARED_WITH.test(text.slice(0, at)));
