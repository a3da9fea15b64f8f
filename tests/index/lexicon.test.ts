import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EMPTY_LEXICON, loadLexicon } from "../../src/ingest/load-lexicon.js";
import { LEXICON_DIR } from "../../src/paths.js";
import { baseTokens } from "../../src/text/tokens.js";

describe("the lexicon files", () => {
  it("does load every committed file of corpus/lexicon", () => {
    const lexicon = loadLexicon(LEXICON_DIR);
    expect(Object.keys(lexicon.chat).length).toBeGreaterThan(0);
    expect(Object.keys(lexicon.related).sort()).toEqual(["vectors", "wordnet"]);
  });

  it("does key chat words by one token, as the tokenizer cuts them", () => {
    for (const word of Object.keys(loadLexicon(LEXICON_DIR).chat)) {
      expect(baseTokens(word), word).toEqual([word]);
    }
  });

  it("does leave a resource out when asked to, to measure what it adds", () => {
    const lexicon = loadLexicon(LEXICON_DIR, ["vectors", "chat"]);
    expect(Object.keys(lexicon.related)).toEqual(["wordnet"]);
    expect(lexicon.chat).toEqual({});
  });

  it("does read a missing folder as an empty lexicon", () => {
    expect(loadLexicon(join(tmpdir(), "no-such-lexicon"))).toEqual(EMPTY_LEXICON);
  });

  it("does name the file when one is invalid", () => {
    const dir = mkdtempSync(join(tmpdir(), "lexicon-"));
    writeFileSync(join(dir, "chat.json"), JSON.stringify({ replace: { "two words": "x" } }));
    expect(() => loadLexicon(dir)).toThrow(/lexicon: .*chat\.json: replace/);
  });
});

describe("the Chinese lexicon files", () => {
  it("does read zh.json and zh-questions.json when a Chinese question first needs them", () => {
    const { chinese } = loadLexicon(LEXICON_DIR);
    expect(chinese?.words.发布).toMatch(/releas/);
    expect(chinese?.cues.some((c) => c.type === "date" && c.parts.join("") === "什么时候")).toBe(
      true,
    );
    expect(chinese?.filler.has("吗")).toBe(true);
  });

  it("does name the file when a cue is not Chinese", () => {
    const dir = mkdtempSync(join(tmpdir(), "lexicon-"));
    writeFileSync(
      join(dir, "zh-questions.json"),
      JSON.stringify({ cues: { date: ["when"] }, filler: [] }),
    );
    expect(() => loadLexicon(dir).chinese).toThrow(/lexicon: .*zh-questions\.json: cues/);
  });
});
