import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import {
  buildKnowledge,
  DEFAULT_SOURCES,
  loadKnowledge,
  saveKnowledge,
} from "../../src/knowledge-base/knowledge-base.js";
import { LEXICON_DIR, ROOT } from "../../src/paths.js";
import { FIXTURE_DOCUMENTS } from "../helpers/fixture-knowledge.js";

const scratch = () => mkdtempSync(join(tmpdir(), "knowledge-"));

describe("saveKnowledge and loadKnowledge", () => {
  it("does give back the same passages, facts and answers when the corpus is unchanged", () => {
    const built = buildKnowledge(DEFAULT_SOURCES);
    const file = join(scratch(), "index.json");
    saveKnowledge(built, file);
    const loaded = loadKnowledge(DEFAULT_SOURCES, file);

    expect(loaded.fingerprint).toBe(built.fingerprint);
    expect(loaded.documents).toEqual(built.documents);
    expect(loaded.index.passages).toEqual(built.index.passages);
    expect(loaded.catalog).toEqual(built.catalog);
    expect(loaded.lexicon).toEqual(built.lexicon);
    // Lazily unpacked facts print the same JSON, key order included, as freshly built ones.
    expect(JSON.stringify(loaded.catalog)).toBe(JSON.stringify(built.catalog));
    for (const question of [
      "When was DeepSeek-R1 released?",
      "How many parameters does V3 have?",
      "Who founded High-Flyer?",
    ]) {
      expect(ask(loaded, question)).toEqual(ask(built, question));
    }
  });

  it("does store spans, not the text the documents already hold", () => {
    const built = buildKnowledge(DEFAULT_SOURCES);
    const file = join(scratch(), "index.json");
    saveKnowledge(built, file);
    const saved = readFileSync(file, "utf8");
    const longest = [...built.index.passages].sort((a, b) => b.text.length - a.text.length)[0];
    expect(longest?.text.length).toBeGreaterThan(300);
    expect(saved).not.toContain(longest?.text.slice(0, 200));
    // Non-ASCII is escaped so the file reads into a one-byte string.
    expect(built.index.passages.some((p) => /[^ -~\s]/.test(p.section + p.text))).toBe(true);
    expect(saved).toMatch(/^[ -~\s]*$/);
  });

  it("does rebuild from the documents when the prebuilt file is cut short", () => {
    const built = buildKnowledge(DEFAULT_SOURCES);
    const file = join(scratch(), "index.json");
    saveKnowledge(built, file);
    const whole = readFileSync(file, "utf8");
    writeFileSync(file, whole.slice(0, Math.floor(whole.length * 0.9)));
    expect(loadKnowledge(DEFAULT_SOURCES, file).index.passages).toEqual(built.index.passages);
  });

  it("does rebuild from the documents when a line of the prebuilt file is damaged", () => {
    const built = buildKnowledge(DEFAULT_SOURCES);
    const file = join(scratch(), "index.json");
    saveKnowledge(built, file);
    const lines = readFileSync(file, "utf8").split("\n");
    lines[1] = `${lines[1]?.slice(0, 100)}`;
    writeFileSync(file, lines.join("\n"));
    expect(loadKnowledge(DEFAULT_SOURCES, file).index.passages).toEqual(built.index.passages);
  });

  it("does rebuild from the documents when the file is valid JSON with the right fingerprint but gutted", () => {
    const built = buildKnowledge(DEFAULT_SOURCES);
    const file = join(scratch(), "index.json");
    saveKnowledge(built, file);
    const whole = readFileSync(file, "utf8").split("\n");
    const index = JSON.parse(whole[2] ?? "null");
    const emptied = { ...index, miniSearch: { ...index.miniSearch, documentCount: 0, index: [] } };
    for (const gutted of [
      [whole[0], "[]", JSON.stringify(emptied), ...whole.slice(3)],
      [whole[0], whole[1], JSON.stringify(emptied), ...whole.slice(3)],
      [
        whole[0],
        JSON.stringify([{ id: "x", docId: "nope", section: "", start: 0, end: 1, sentences: [] }]),
        ...whole.slice(2),
      ],
      [whole[0], "{}", "{}", ...whole.slice(3)],
    ]) {
      writeFileSync(file, gutted.join("\n"));
      const loaded = loadKnowledge(DEFAULT_SOURCES, file);
      expect(loaded.index.passages).toEqual(built.index.passages);
      expect(ask(loaded, "What is MLA?").answered).toBe(true);
    }
  });

  it("does rebuild from the documents when one changed after the index was saved", () => {
    const documentsDir = join(scratch(), "documents");
    cpSync(FIXTURE_DOCUMENTS, documentsDir, { recursive: true });
    const sources = { ...DEFAULT_SOURCES, documentsDir, factsFile: undefined };
    const file = join(scratch(), "index.json");
    saveKnowledge(buildKnowledge(sources), file);

    appendFileSync(
      join(documentsDir, "lab-entry.txt"),
      "\nIn 2031 the lab opened an observatory for measuring tidal energy in Patagonia.\n",
    );
    const loaded = loadKnowledge(sources, file);
    expect(loaded.index.passages.some((p) => p.text.includes("tidal energy"))).toBe(true);
    expect(ask(loaded, "Where did the lab open an observatory?").answered).toBe(true);
  });

  it("does neither load the YAML parser nor parse front matter when the prebuilt file is fresh", () => {
    const file = join(scratch(), "index.json");
    saveKnowledge(buildKnowledge(DEFAULT_SOURCES), file);
    // A fresh process, so no other test has loaded the parser; building is the control.
    const script = `
      import { createRequire } from "node:module";
      import { buildKnowledge, loadKnowledge } from "./src/knowledge-base/knowledge-base.ts";
      const yamlLoaded = () =>
        Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes("/node_modules/yaml/"));
      const loaded = loadKnowledge(undefined, ${JSON.stringify(file)});
      const before = yamlLoaded();
      buildKnowledge();
      console.log(JSON.stringify({ before, after: yamlLoaded(), documents: loaded.documents.length }));`;
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ before: false, after: true, documents: 2 });
  });

  it("does rebuild from the documents when the stored documents do not match the corpus", () => {
    const built = buildKnowledge(DEFAULT_SOURCES);
    const file = join(scratch(), "index.json");
    saveKnowledge(built, file);
    const whole = readFileSync(file, "utf8").split("\n");
    const stored = JSON.parse(whole[3] ?? "null");
    const [first, second] = stored;
    for (const documents of [
      [],
      [first],
      [second, first],
      [first, { ...second, id: first.id }],
      [first, { ...second, id: "Not An Id" }],
      [first, { ...second, tilte: "typo" }],
      [first, { ...second, file: "elsewhere.txt" }],
      [first, null],
      {},
    ]) {
      writeFileSync(
        file,
        [...whole.slice(0, 3), JSON.stringify(documents), ...whole.slice(4)].join("\n"),
      );
      const loaded = loadKnowledge(DEFAULT_SOURCES, file);
      expect(loaded.documents).toEqual(built.documents);
      expect(loaded.index.passages).toEqual(built.index.passages);
    }
  });

  it("does rebuild the lexicon from its files when the stored one is gutted", () => {
    const built = buildKnowledge(DEFAULT_SOURCES);
    const file = join(scratch(), "index.json");
    saveKnowledge(built, file);
    const whole = readFileSync(file, "utf8").split("\n");
    const stored = JSON.parse(whole[4] ?? "null");
    for (const lexicon of [
      {},
      null,
      { ...stored, words: [] },
      { ...stored, chat: {}, filler: [] },
      { ...stored, related: { wordnet: stored.related.wordnet } },
      { ...stored, related: { ...stored.related, extra: {} } },
      { ...stored, phrases: [] },
    ]) {
      writeFileSync(
        file,
        [...whole.slice(0, 4), JSON.stringify(lexicon), ...whole.slice(5)].join("\n"),
      );
      const loaded = loadKnowledge(DEFAULT_SOURCES, file);
      expect(loaded.lexicon.wordRank).toEqual(built.lexicon.wordRank);
      expect(loaded.lexicon.related).toEqual(built.lexicon.related);
      expect(loaded.lexicon.chat).toEqual(built.lexicon.chat);
    }
  });

  it("does read the lexicon again when one of its files changed after the index was saved", () => {
    const lexiconDir = join(scratch(), "lexicon");
    cpSync(LEXICON_DIR, lexiconDir, { recursive: true });
    const sources = { ...DEFAULT_SOURCES, lexiconDir };
    const file = join(scratch(), "index.json");
    saveKnowledge(buildKnowledge(sources), file);

    const chatFile = join(lexiconDir, "chat.json");
    const chat = JSON.parse(readFileSync(chatFile, "utf8"));
    writeFileSync(chatFile, JSON.stringify({ ...chat, replace: { ...chat.replace, wot: "what" } }));
    expect(loadKnowledge(sources, file).lexicon.chat.wot).toBe("what");

    writeFileSync(chatFile, JSON.stringify({ ...chat, replace: { "two words": "x" } }));
    expect(() => loadKnowledge(sources, file)).toThrow(/lexicon: .*chat\.json: replace/);
  });
});
