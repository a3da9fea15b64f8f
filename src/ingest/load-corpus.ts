import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describeIssues } from "./data-file.js";
import { type CorpusDocument, documentMetaSchema } from "./document.js";

/** Thrown for any problem with a corpus file; the message names the file and the problem. */
export class CorpusError extends Error {
  override name = "CorpusError";
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const DOCUMENT_EXTENSIONS = [".txt", ".md"];

/**
 * Parses one corpus file: a `---` front matter block of `key: value` lines, then the text.
 * `file` is only used in error messages.
 */
export function parseDocument(file: string, source: string): CorpusDocument {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    throw new CorpusError(`corpus: ${file}: missing front matter (a block between --- lines)`);
  }
  const fields: Record<string, string> = {};
  for (const [index, line] of (match[1] ?? "").split(/\r?\n/).entries()) {
    if (line.trim() === "") continue;
    const colon = line.indexOf(":");
    if (colon <= 0) {
      throw new CorpusError(
        `corpus: ${file}: front matter line ${index + 2} is not "key: value": ${JSON.stringify(line)}`,
      );
    }
    fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  const meta = documentMetaSchema.safeParse(fields);
  if (!meta.success) {
    throw new CorpusError(`corpus: ${file}: ${describeIssues(meta.error)}`);
  }
  const text = source.slice(match[0].length);
  if (text.trim() === "") throw new CorpusError(`corpus: ${file}: the document has no text`);
  return { ...meta.data, file, text };
}

/**
 * Loads every document in `dir`, sorted by file name. Any broken file stops the load: we never
 * serve half a corpus.
 */
export function loadCorpus(dir: string): CorpusDocument[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((name) => DOCUMENT_EXTENSIONS.some((ext) => name.endsWith(ext)))
      .sort();
  } catch (error) {
    throw new CorpusError(`corpus: cannot read folder ${dir}: ${(error as Error).message}`);
  }
  if (files.length === 0) throw new CorpusError(`corpus: no documents (*.txt, *.md) in ${dir}`);

  const documents = files.map((name) => parseDocument(name, readFileSync(join(dir, name), "utf8")));
  const seen = new Map<string, string>();
  for (const doc of documents) {
    const other = seen.get(doc.id);
    if (other)
      throw new CorpusError(`corpus: ${doc.file}: id "${doc.id}" is already used by ${other}`);
    seen.set(doc.id, doc.file);
  }
  return documents;
}
