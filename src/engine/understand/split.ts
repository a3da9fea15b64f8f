/**
 * Where a second question starts: "and", "n" (already read as "and"), "also", "plus" or "+" after a
 * comma or a space, followed by a question word or an auxiliary verb ("wen did coder v2 ship,
 * and wen could u run code", "who founded it and when"). A plain "and" between nouns is not a
 * break: "V2 and V3" is one question.
 */
const STARTS_QUESTION =
  "(?:when|what|who|whom|how|which|where|why|was|is|did|does|do|can|could|were|are|has|have)\\b";
const SECOND_QUESTION = new RegExp(
  `(?:\\s*[,;?]\\s*|\\s+)(?:and|also|plus|&|\\+)\\s+(?=${STARTS_QUESTION})`,
  "gi",
);
const QUESTION_WORD = /^(?:when|what|who|whom|how|which|where|why)\b\s*/i;
/** A part that is only a question word ("and when") borrows the first part's words. */
const ONLY_QUESTION_WORDS = /^(?:when|what|who|whom|how( many| much| long)?|which|where|why)\W*$/i;

/** A question mark with more after it: where a second question may start (kept when split). */
const QUESTION_MARK = /([?？]\s*)(?=\S)/;
/** An English question starts with a question word or an auxiliary verb. */
const ASKS = new RegExp(`^${STARTS_QUESTION}`, "i");
export const asksInEnglish = (part: string) => ASKS.test(part);

/**
 * The questions a question holds, in order: one, or each part of a two-part question. After a
 * question mark, what follows is a second question only when `asks` says it asks something
 * ("wen did r1 drop? how big is it"), not when it comments ("…? the two docs disagree").
 */
export function splitQuestion(
  text: string,
  asks: (part: string) => boolean = asksInEnglish,
): string[] {
  const parts = text
    .split(SECOND_QUESTION)
    .flatMap((p) => splitAtMarks(p, asks))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2) return [text];
  const first = parts[0] as string;
  return parts.map((part) =>
    ONLY_QUESTION_WORDS.test(part) ? `${part} ${first.replace(QUESTION_WORD, "")}` : part,
  );
}

/**
 * A part cut at each question mark between two questions; a clause that asks nothing stays with
 * its neighbour ("they made 3D too, called DreamCraft3D? what is it": one question), and so
 * does a first clause that is only a question word ("wat? when was it founded").
 */
function splitAtMarks(text: string, asks: (part: string) => boolean): string[] {
  // Split with the mark captured: pieces alternate text, mark, text…
  const [head = "", ...rest] = text.split(QUESTION_MARK);
  const parts = [head];
  for (let i = 0; i + 1 < rest.length; i += 2) {
    const mark = rest[i] as string;
    const piece = rest[i + 1] as string;
    const last = parts.length - 1;
    const before = (parts[last] as string).trim();
    const question = asks(before) && !ONLY_QUESTION_WORDS.test(before);
    if (question && asks(piece.trim())) parts.push(piece);
    else parts[last] = `${parts[last]}${mark}${piece}`;
  }
  return parts;
}
