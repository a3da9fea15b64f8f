import type { Passage } from "../ingest/passages.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { sourceOf } from "./answer.js";
import type { AskPassage, Source } from "./result.js";

/** FNV-1a, 32 bits: short, fast and stable across processes and machines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A short name for one passage of one version of the corpus (at most 7 characters of [0-9a-z]):
 * a hash of its document, place and text. Three fit in a button's custom id, and a passage whose
 * document changed no longer answers to its old key, so a key never shows other words.
 */
export function passageKey(passage: {
  text: string;
  source: Pick<Source, "doc" | "start" | "end">;
}): string {
  const { doc, start, end } = passage.source;
  return fnv1a(`${doc}\u0000${start}\u0000${end}\u0000${passage.text}`).toString(36);
}

const keyOf = (passage: Passage) =>
  passageKey({ text: passage.text, source: sourceOf(passage, passage) });

/** Each knowledge base's passages by key, computed once per loaded knowledge base. */
const byKey = new WeakMap<Knowledge, Map<string, Passage>>();

/**
 * The passages with these keys, in the keys' order, each whole with its source; a key no passage
 * has any more (the corpus changed since) is left out.
 */
export function passagesByKey(
  knowledge: Knowledge,
  keys: readonly string[],
): Pick<AskPassage, "text" | "source">[] {
  let passages = byKey.get(knowledge);
  if (!passages) {
    passages = new Map(knowledge.index.passages.map((p) => [keyOf(p), p]));
    byKey.set(knowledge, passages);
  }
  const found = passages;
  return keys.flatMap((key) => {
    const passage = found.get(key);
    return passage ? [{ text: passage.text, source: sourceOf(passage, passage) }] : [];
  });
}
