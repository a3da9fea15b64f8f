import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describeIssues } from "./data-file.js";
import { type CorpusDocument, documentMetaSchema } from "./document.js";

/** Thrown for any problem with a corpus file; the message names the file and the problem. */
export class CorpusError extends Error {
  override name = "CorpusError";
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const DOCUMENT_EXTENSIONS = [".txt", ".md"];
/** A UTF-8 byte-order mark, as some editors write at the start of a file. */
const BOM = "\uFEFF";

/**
 * Why `text` is not a readable document, or null when it is: text decoded from bytes that are
 * not UTF-8 holds replacement characters, and binary data holds NULs and control characters.
 * A stray replacement character or two passes; a share of them that no prose has does not.
 */
export function garbageIn(text: string): string | null {
  let replaced = 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return "holds NUL bytes (a binary file?)";
    if (c === 0xfffd) replaced++;
    else if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) controls++;
  }
  const limit = Math.max(2, text.length / 1000);
  if (replaced > limit) return `is not UTF-8 text (${replaced} undecodable bytes)`;
  if (controls > limit) return `holds ${controls} control characters (a binary file?)`;
  return null;
}

/**
 * The YAML parser, loaded on first use: a start that finds a fresh prebuilt file parses no
 * front matter, and importing the parser costs about 30 ms. Loaded with `require` (the package
 * ships CommonJS for Node) so parsing stays synchronous.
 */
let yaml: typeof import("yaml") | undefined;
function parseYaml(text: string): unknown {
  yaml ??= createRequire(import.meta.url)("yaml") as typeof import("yaml");
  return yaml.parse(text, { schema: "core", uniqueKeys: true });
}

/**
 * A corpus file's front matter (the text between the `---` lines) and its text after the block,
 * or null when it has no front matter block. A byte-order mark before the block is skipped.
 */
export function splitDocument(source: string): { front: string; text: string } | null {
  const body = source.startsWith(BOM) ? source.slice(BOM.length) : source;
  const match = FRONT_MATTER.exec(body);
  return match ? { front: match[1] ?? "", text: body.slice(match[0].length) } : null;
}

/**
 * Parses one corpus file: a `---` front matter block (YAML: `key: value` lines, comments,
 * quoted values), then the text. A byte-order mark before the block is skipped, and so are the
 * text's offsets: they count from after it. `file` is only used in error messages.
 */
export function parseDocument(file: string, source: string): CorpusDocument {
  const split = splitDocument(source);
  if (!split) {
    throw new CorpusError(`corpus: ${file}: missing front matter (a block between --- lines)`);
  }
  let fields: unknown;
  try {
    fields = parseYaml(split.front) ?? {};
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    throw new CorpusError(
      `corpus: ${file}: front matter is not valid YAML (quote a value that holds ": "): ${message}`,
    );
  }
  if (typeof fields !== "object" || Array.isArray(fields))
    throw new CorpusError(`corpus: ${file}: front matter must be "key: value" lines`);
  // YAML reads `language: no` or a date as other types; the schema wants the text as written.
  const strings = Object.fromEntries(
    Object.entries(fields as Record<string, unknown>).map(([k, v]) => [
      k,
      v === null || typeof v === "object" ? v : String(v),
    ]),
  );
  const meta = documentMetaSchema.safeParse(strings);
  if (!meta.success) {
    throw new CorpusError(`corpus: ${file}: ${describeIssues(meta.error)}`);
  }
  const { text } = split;
  if (text.trim() === "") throw new CorpusError(`corpus: ${file}: the document has no text`);
  const garbage = garbageIn(text);
  if (garbage) throw new CorpusError(`corpus: ${file}: the text ${garbage}`);
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
