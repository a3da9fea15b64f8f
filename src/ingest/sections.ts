import { HAN } from "../text/script.js";
import { type Line, stripCitations } from "./clean.js";

export type BlockKind = "heading" | "item" | "paragraph";

export interface Block {
  kind: BlockKind;
  line: Line;
  /** Heading path of the section this block is in ("" before the first heading). */
  section: string;
}

/** Headings are short: longer lines without a full stop are sentences that lost theirs. */
const MAX_HEADING_WORDS = 9;
const MAX_HEADING_CHARS = 80;
const BULLET = /^\s*(?:[•·▪●◦*-]|\d{1,2}[.)])\s+/;
const ENDS_LIKE_SENTENCE = /[.!?:;,…"”'’*]$/;
/** A list item is a fragment: a line with a full stop at its end or inside is a paragraph. */
const HAS_FULL_STOP = /[.!?。！？]["”’)]*(\s+\p{Lu}|$)/u;
const STARTS_LIKE_TITLE = new RegExp(`^[\\p{Lu}\\p{N}${HAN}]`, "u");
/** Short words a Title Case heading leaves in lower case. */
const MINOR_WORDS = new Set(
  "a an and as at but by for from in into of on or per the to via vs with without".split(" "),
);

/** Separates path levels in a section label: "History › Background". */
export const SECTION_SEPARATOR = " › ";

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function hasHeadingShape(text: string): boolean {
  const words = wordsOf(text);
  return (
    words.length > 0 &&
    words.length <= MAX_HEADING_WORDS &&
    text.length <= MAX_HEADING_CHARS &&
    STARTS_LIKE_TITLE.test(text) &&
    !ENDS_LIKE_SENTENCE.test(text) &&
    !BULLET.test(text) &&
    !text.includes(": ")
  );
}

function isTitleCase(text: string): boolean {
  return wordsOf(text).every(
    (word) => MINOR_WORDS.has(word.toLowerCase()) || /^[^\p{Ll}]/u.test(word),
  );
}

/**
 * Classifies content lines as headings, list items or paragraphs and records the section each
 * one is in. Plain text has no markup, so the rules read the shape of lines:
 * - a line ending in ":" introduces a list, and the lines right under it are items until one
 *   has a full stop;
 * - a heading is short, starts like a title and does not end like a sentence; right under a
 *   list it must also be in Title Case, else it is one more item ("Lower cost for long context");
 * - a heading with no text of its own is the parent of the next one ("History › Background").
 */
export function detectBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let section = "";
  let parent = "";
  let previous: Block | undefined;
  let previousAdjacent = false; // no blank line between `previous` and this line

  for (const line of lines) {
    if (line.blank || line.dropped) {
      previousAdjacent = false;
      continue;
    }
    const text = stripCitations(line.text).trim();
    const underList =
      previousAdjacent &&
      !HAS_FULL_STOP.test(text) &&
      previous !== undefined &&
      (previous.kind === "item" || stripCitations(previous.line.text).trim().endsWith(":"));

    let kind: BlockKind;
    if (BULLET.test(line.text)) kind = "item";
    else if (hasHeadingShape(text) && (!underList || isTitleCase(text))) kind = "heading";
    else kind = underList ? "item" : "paragraph";

    if (kind === "heading") {
      parent = previous?.kind === "heading" ? previous.section : "";
      section = parent ? `${parent}${SECTION_SEPARATOR}${text}` : text;
    }
    const block: Block = { kind, line, section };
    blocks.push(block);
    previous = block;
    previousAdjacent = true;
  }
  return blocks;
}
