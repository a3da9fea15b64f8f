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

/** A corpus file as read from disk, before parsing. */
export interface CorpusFile {
  name: string;
  /** The raw bytes, for hashing: cheaper than hashing the decoded text again. */
  bytes: Buffer;
  source: string;
}

/** Reads every document file in `dir` (*.txt, *.md), sorted by name. */
export function readCorpusFiles(dir: string): CorpusFile[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => DOCUMENT_EXTENSIONS.some((ext) => name.endsWith(ext)))
      .sort();
  } catch (error) {
    throw new CorpusError(`corpus: cannot read folder ${dir}: ${(error as Error).message}`);
  }
  if (names.length === 0) throw new CorpusError(`corpus: no documents (*.txt, *.md) in ${dir}`);
  return names.map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, bytes, source: bytes.toString("utf8") };
  });
}

/** Parses files read by `readCorpusFiles`. Any broken file stops the load: we never serve half a corpus. */
export function parseCorpus(files: readonly CorpusFile[]): CorpusDocument[] {
  const documents = files.map((file) => parseDocument(file.name, file.source));
  const seen = new Map<string, string>();
  for (const doc of documents) {
    const other = seen.get(doc.id);
    if (other)
      throw new CorpusError(`corpus: ${doc.file}: id "${doc.id}" is already used by ${other}`);
    seen.set(doc.id, doc.file);
  }
  return documents;
}

/** Loads every document in `dir`, sorted by file name. */
export function loadCorpus(dir: string): CorpusDocument[] {
  return parseCorpus(readCorpusFiles(dir));
}
