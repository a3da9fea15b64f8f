import { describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/ingest.js";
import { loadCorpus } from "../../src/ingest/load-corpus.js";
import { PASSAGE_LIMITS } from "../../src/ingest/passages.js";
import { DOCUMENTS_DIR } from "../../src/paths.js";
import { FIXTURE_DOCUMENTS } from "../helpers/fixture-knowledge.js";
import { expectVerbatim, rawDocuments } from "../helpers/raw-documents.js";

for (const [name, dir] of [
  ["the real corpus", DOCUMENTS_DIR],
  ["the fixture corpus", FIXTURE_DOCUMENTS],
] as const) {
  describe(`passages of ${name}`, () => {
    const documents = loadCorpus(dir);
    const passages = ingest(documents);
    const raw = rawDocuments(dir);

    it("does equal the file's own text at its offsets when citation markers are left out", () => {
      expect(passages.length).toBeGreaterThan(0);
      for (const p of passages) {
        expectVerbatim(raw, p.text, { doc: p.docId, start: p.start, end: p.end });
        for (const s of p.sentences) {
          expectVerbatim(raw, s.text, { doc: p.docId, start: s.start, end: s.end });
          expect(s.start).toBeGreaterThanOrEqual(p.start);
          expect(s.end).toBeLessThanOrEqual(p.end);
        }
      }
    });

    it("does fit an embed field when the passage is shown whole", () => {
      for (const p of passages) expect(p.end - p.start).toBeLessThanOrEqual(PASSAGE_LIMITS.max);
    });

    it("does not contain boilerplate or orphan link texts", () => {
      for (const p of passages) {
        expect(p.text).not.toMatch(/Leave a Reply|Similar Posts|Paper address|\[\d+\]/);
      }
    });

    it("does start and end every sentence on non-space characters", () => {
      for (const p of passages) {
        for (const s of p.sentences) expect(s.text).toBe(s.text.trim());
      }
    });
  });
}

describe("passages of the fixture corpus", () => {
  const passages = ingest(loadCorpus(FIXTURE_DOCUMENTS));

  it("does keep a list with the line that introduces it", () => {
    const list = passages.find((p) => p.text.includes("256 routed experts"));
    expect(list?.text).toMatch(/The MoE framework of its largest model consists of:\n671 billion/);
  });

  it("does record the section a passage is in", () => {
    const cache = passages.find((p) => p.text.includes("hard disk caching"));
    expect(cache?.section).toBe("Models are released");
    const clusters = passages.find((p) => p.text.includes("operates two clusters"));
    expect(clusters?.section).toBe("Infrastructure");
  });

  it("does split sentences without breaking at abbreviations or decimals", () => {
    const sentences = passages.flatMap((p) => p.sentences.map((s) => s.text));
    expect(sentences).toContain("Once a cache hit is made, the API fee drops directly to ¥0.1.");
    expect(sentences).toContain(
      "In code generation, HumanEval was 9.3% ahead, MBPP was 10.8% ahead.",
    );
  });
});
