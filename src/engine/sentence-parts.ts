/**
 * The parts of a sentence a span belongs to, from widest to narrowest: a clause (between
 * colons and semicolons), a side (of its semicolons), a part (between commas, semicolons,
 * colons and "and"s). Which one a rule reads says how far the span's own words reach.
 */

/**
 * The clause of a sentence around an offset: colons and semicolons end clauses. What follows a
 * colon details the clause before it ("the price war…: 1 yuan per million"), so a span there
 * keeps that clause; a span before one is cut off from what follows ("born in the 1980s: he …").
 */
export function clauseOf(sentence: string, offset: number): string {
  // A colon between digits is a clock time's ("1:00 a.m."), no break.
  const breaks = [...sentence.matchAll(/;|:(?!\d)/g)].map((m) => m.index);
  const before = breaks.filter((b) => b < offset);
  const after = breaks.find((b) => b >= offset);
  const from = before.length >= 2 ? (before.at(-2) as number) + 1 : 0;
  return sentence.slice(from, after ?? sentence.length);
}

/** The side of a sentence's semicolons an offset is on. */
export function sideOf(sentence: string, offset: number): string {
  const from = sentence.lastIndexOf(";", offset - 1) + 1;
  const to = sentence.indexOf(";", offset);
  return sentence.slice(from, to < 0 ? sentence.length : to);
}

/** Where a sentence's parts break: a comma, semicolon or colon and a space, or an "and". */
const PART_BREAK = /[,;:]\s|\sand\s/g;

/** Where the part of a sentence holding offsets `from` to `to` starts and ends. */
export function partBounds(
  sentence: string,
  from: number,
  to: number,
): { start: number; end: number } {
  const breaks = [...sentence.matchAll(PART_BREAK)];
  const before = breaks.filter((b) => b.index < from).at(-1);
  const after = breaks.find((b) => b.index >= to);
  return {
    start: before ? before.index + before[0].length : 0,
    end: after ? after.index : sentence.length,
  };
}

/**
 * A span's part of a sentence up to its end: `from` and `to` are the span's offsets in the
 * sentence.
 */
export const leadUpTo = (sentence: string, from: number, to: number): string =>
  sentence.slice(partBounds(sentence, from, to).start, to);

/** A sentence's parts, in order: "DeepSeek once again made a big push", "releasing…". */
export const partsOf = (sentence: string): string[] => sentence.split(PART_BREAK);
