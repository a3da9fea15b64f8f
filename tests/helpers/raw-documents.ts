import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

/**
 * Each document's text exactly as its file holds it, by id: the bytes after the front matter,
 * read with fs and decoded here, so no code of the loader or of cleaning stands in between.
 */
export function rawDocuments(dir: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) {
    const text = readFileSync(join(dir, name)).toString("utf8");
    const close = text.indexOf("\n---\n", 3);
    const id = /^id:[ \t]*(\S+)[ \t]*$/m.exec(text.slice(0, Math.max(close, 0)))?.[1];
    if (!text.startsWith("---\n") || close < 0 || !id)
      throw new Error(`raw-documents: ${name} has no front matter with an id`);
    documents.set(id, text.slice(close + "\n---\n".length));
  }
  return documents;
}

/**
 * What `quote` leaves out of `original`, run by run, when it is `original` with runs left out
 * only where a citation marker ("[12]") stands; null when it is not.
 */
function leftOut(original: string, quote: string): string[] | null {
  const runs: string[] = [];
  let j = 0;
  for (let i = 0; i < original.length; ) {
    if (original[i] === quote[j]) {
      i++;
      j++;
      continue;
    }
    const marker = /^\[\d{1,3}\]/.exec(original.slice(i))?.[0];
    if (!marker) return null;
    runs.push(marker);
    i += marker.length;
  }
  return j === quote.length ? runs : null;
}

/**
 * Expects `quote` to be the raw document text at `at`: the very characters, except that whole
 * citation markers may be left out (the one change cleaning makes inside kept text).
 */
export function expectVerbatim(
  raw: ReadonlyMap<string, string>,
  quote: string,
  at: { doc: string; start: number; end: number },
): void {
  const original = raw.get(at.doc)?.slice(at.start, at.end);
  expect(original, `no document ${at.doc}`).toBeDefined();
  expect(
    leftOut(original ?? "", quote),
    `${JSON.stringify(quote)} is not ${at.doc}[${at.start}, ${at.end}): ${JSON.stringify(original)}`,
  ).not.toBeNull();
}
