import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CorpusError, loadCorpus, parseDocument } from "../../src/ingest/load-corpus.js";
import { DOCUMENTS_DIR, ROOT } from "../../src/paths.js";

const header = (fields: string) => `---\n${fields}\n---\n`;
const VALID = 'id: doc-one\ntitle: "One: a title with a colon"\nkind: article\nlanguage: en';

function corpusDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "corpus-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The front-matter example the README shows, as a whole file. */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = /```text\n(---\n[\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README: no front-matter example");
  return block.replace("The text, untouched…", "Some text.");
}

describe("parseDocument", () => {
  it("does accept the README's own front-matter example when it has comments", () => {
    const doc = parseDocument("readme.txt", readmeExample());
    expect(doc).toMatchObject({
      id: "deepseek-history",
      title: "DeepSeek: a history from Magic Cube Quant to R1",
      kind: "article",
      translated_from: "zh",
    });
    expect(doc.text.trim()).toBe("Some text.");
  });

  it("does read the front matter when the file starts with a UTF-8 byte-order mark", () => {
    const doc = parseDocument("bom.txt", `\uFEFF${header(VALID)}Text after a BOM.`);
    expect(doc).toMatchObject({ id: "doc-one", text: "Text after a BOM." });
  });

  it("does refuse a file naming it when valid front matter is followed by random bytes", () => {
    const bytes = Buffer.from(Array.from({ length: 4_000 }, (_, i) => (i * 7919 + 13) % 256));
    const source = Buffer.concat([Buffer.from(header(VALID)), bytes]).toString("utf8");
    expect(() => parseDocument("noise.bin.txt", source)).toThrow(
      /^corpus: noise\.bin\.txt: the text (holds NUL|is not UTF-8|holds \d+ control)/,
    );
  });

  it("does refuse a file naming it when text that is not UTF-8 follows the front matter", () => {
    const latin1 = Buffer.from("Caf\xe9 na\xefve r\xe9sum\xe9 ".repeat(50), "latin1");
    const source = Buffer.concat([Buffer.from(header(VALID)), latin1]).toString("utf8");
    expect(() => parseDocument("latin1.txt", source)).toThrow(
      /^corpus: latin1\.txt: the text is not UTF-8 text/,
    );
  });

  it("does name the file and say to quote when a value holds a colon unquoted", () => {
    const bad = "id: doc-one\ntitle: One: unquoted\nkind: article\nlanguage: en";
    expect(() => parseDocument("colon.txt", `${header(bad)}Text.`)).toThrow(
      /^corpus: colon\.txt: front matter is not valid YAML \(quote a value that holds ": "\)/,
    );
  });

  it("does keep the text after the front matter byte for byte when the file is valid", () => {
    const doc = parseDocument("one.txt", `${header(VALID)}Line one.\n\nLine two [1].`);
    expect(doc).toMatchObject({
      id: "doc-one",
      title: "One: a title with a colon",
      kind: "article",
    });
    expect(doc.text).toBe("Line one.\n\nLine two [1].");
  });

  it("does name the file and the problem when the front matter is missing", () => {
    expect(() => parseDocument("bare.txt", "Just text.")).toThrow(
      /corpus: bare\.txt: missing front matter/,
    );
  });

  it("does list every invalid field when the metadata is wrong", () => {
    const bad = header("id: Not An Id\ntitle: T\nkind: blog\nlanguage: english");
    const error = (() => {
      try {
        parseDocument("bad.txt", `${bad}Text.`);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(CorpusError);
    expect(error?.message).toMatch(/^corpus: bad\.txt: /);
    expect(error?.message).toMatch(/id: /);
    expect(error?.message).toMatch(/kind: /);
    expect(error?.message).toMatch(/language: /);
  });

  it("does reject an unknown key when the metadata has a typo", () => {
    expect(() => parseDocument("typo.txt", `${header(`${VALID}\ntilte: x`)}Text.`)).toThrow(
      /tilte/,
    );
  });

  it("does reject a document when it has no text", () => {
    expect(() => parseDocument("empty.txt", `${header(VALID)}\n  \n`)).toThrow(/has no text/);
  });
});

describe("loadCorpus", () => {
  it("does load the real corpus when run on corpus/documents", () => {
    const docs = loadCorpus(DOCUMENTS_DIR);
    expect(docs.map((d) => d.id).sort()).toEqual(["deepseek-encyclopedia", "deepseek-history"]);
    expect(docs.every((d) => d.text.length > 5_000)).toBe(true);
  });

  it("does stop the whole load when one file is broken", () => {
    const dir = corpusDir({ "a.txt": `${header(VALID)}Fine.`, "b.txt": "no front matter" });
    expect(() => loadCorpus(dir)).toThrow(/corpus: b\.txt: missing front matter/);
  });

  it("does refuse two documents when they share an id", () => {
    const dir = corpusDir({ "a.txt": `${header(VALID)}One.`, "b.md": `${header(VALID)}Two.` });
    expect(() => loadCorpus(dir)).toThrow(/b\.md: id "doc-one" is already used by a\.txt/);
  });

  it("does ignore files that are not documents when the folder holds others", () => {
    const dir = corpusDir({ "a.txt": `${header(VALID)}One.`, "notes.json": "{}" });
    expect(loadCorpus(dir)).toHaveLength(1);
  });

  it("does fail clearly when the folder is empty", () => {
    expect(() => loadCorpus(corpusDir({}))).toThrow(/corpus: no documents/);
  });
});
