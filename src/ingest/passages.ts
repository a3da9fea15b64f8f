import type { Span } from "../text/span.js";
import { quoteOf, stripCitations } from "./clean.js";
import type { CorpusDocument } from "./document.js";
import type { Block } from "./sections.js";
import { splitSentences } from "./sentences.js";

export interface Sentence extends Span {
  /** The original text of the span, citation markers removed. */
  text: string;
}

/** A retrievable piece of a document, small enough for one Discord embed field. */
export interface Passage extends Span {
  /** `${docId}#${ordinal}`, stable while the document does not change. */
  id: string;
  docId: string;
  docTitle: string;
  /** Heading path of the section, "" for a document's lead. */
  section: string;
  /** `doc.text.slice(start, end)` with citation markers removed: the quote, verbatim. */
  text: string;
  sentences: Sentence[];
}

/** Passage sizes in characters of original text. */
export const PASSAGE_LIMITS = {
  /** Larger groups are split: a Discord embed field holds 1,024 characters. */
  max: 900,
  /** Length to aim for when splitting a long paragraph. */
  target: 600,
  /** Smaller pieces join a neighbour in the same section: alone they lack context. */
  min: 220,
} as const;

type Piece = { section: string; sentences: Span[] };

const length = (piece: Piece): number =>
  (piece.sentences.at(-1)?.end ?? 0) - (piece.sentences[0]?.start ?? 0);

/** Groups blocks into paragraphs and lists; a line ending in ":" leads the list under it. */
function groupBlocks(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  const flush = () => {
    if (current.length > 0) groups.push(current);
    current = [];
  };
  for (const block of blocks) {
    if (block.kind === "heading") {
      flush();
      continue;
    }
    const last = current.at(-1);
    const continuesList =
      block.kind === "item" &&
      last !== undefined &&
      (last.kind === "item" || stripCitations(last.line.text).trim().endsWith(":"));
    if (!continuesList) flush();
    current.push(block);
  }
  flush();
  return groups;
}

/** Cuts a group into pieces of at most `target` characters, at sentence or item boundaries. */
function cutGroup(text: string, group: readonly Block[]): Piece[] {
  const section = group[0]?.section ?? "";
  const units = group.map((block) => splitSentences(text, block.line)).filter((s) => s.length > 0);
  const all = units.flat();
  const whole: Piece = { section, sentences: all };
  if (all.length === 0 || length(whole) <= PASSAGE_LIMITS.max) return all.length ? [whole] : [];

  const pieces: Piece[] = [];
  let current: Piece = { section, sentences: [] };
  for (const sentence of all) {
    const candidate = { section, sentences: [...current.sentences, sentence] };
    if (current.sentences.length > 0 && length(candidate) > PASSAGE_LIMITS.target) {
      pieces.push(current);
      current = { section, sentences: [sentence] };
    } else {
      current = candidate;
    }
  }
  if (current.sentences.length > 0) pieces.push(current);
  return pieces;
}

/** Joins each too-small piece to its previous (else next) neighbour in the same section. */
function mergeSmall(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const previous = merged.at(-1);
    const joined = previous && {
      section: piece.section,
      sentences: [...previous.sentences, ...piece.sentences],
    };
    const small =
      length(piece) < PASSAGE_LIMITS.min ||
      (previous !== undefined && length(previous) < PASSAGE_LIMITS.min);
    if (
      previous &&
      joined &&
      previous.section === piece.section &&
      small &&
      length(joined) <= PASSAGE_LIMITS.max
    ) {
      merged[merged.length - 1] = joined;
    } else {
      merged.push(piece);
    }
  }
  return merged;
}

/** Cuts a document's content blocks into passages that each quote a span of the original. */
export function buildPassages(doc: CorpusDocument, blocks: readonly Block[]): Passage[] {
  const pieces = mergeSmall(groupBlocks(blocks).flatMap((group) => cutGroup(doc.text, group)));
  return pieces.map((piece, ordinal) => {
    const first = piece.sentences[0] as Span;
    const last = piece.sentences.at(-1) as Span;
    return {
      id: `${doc.id}#${ordinal}`,
      docId: doc.id,
      docTitle: doc.title,
      section: piece.section,
      start: first.start,
      end: last.end,
      text: quoteOf(doc.text, { start: first.start, end: last.end }),
      sentences: piece.sentences.map((s) => ({ ...s, text: quoteOf(doc.text, s) })),
    };
  });
}
