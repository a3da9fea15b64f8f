/**
 * Where a second question starts: "and", "n" (already read as "and"), "also" or "plus" after a
 * comma or a space, followed by a question word or an auxiliary verb ("wen did coder v2 ship,
 * and wen could u run code", "who founded it and when"). A plain "and" between nouns is not a
 * break: "V2 and V3" is one question.
 */
const SECOND_QUESTION =
  /(?:\s*[,;?]\s*|\s+)(?:and|also|plus|&)\s+(?=(?:when|what|who|whom|how|which|where|why|was|is|did|does|do|can|could|were|are|has|have)\b)/gi;
const QUESTION_WORD = /^(?:when|what|who|whom|how|which|where|why)\b\s*/i;
/** A part that is only a question word ("and when") borrows the first part's words. */
const ONLY_QUESTION_WORDS = /^(?:when|what|who|whom|how( many| much| long)?|which|where|why)\W*$/i;

/** The questions a question holds, in order: one, or each part of a two-part question. */
export function splitQuestion(text: string): string[] {
  const parts = text
    .split(SECOND_QUESTION)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2) return [text];
  const first = parts[0] as string;
  return parts.map((part) =>
    ONLY_QUESTION_WORDS.test(part) ? `${part} ${first.replace(QUESTION_WORD, "")}` : part,
  );
}
