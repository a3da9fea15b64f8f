import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/scale/generate-corpus.js";
import { loadCorpus } from "../../src/ingest/load-corpus.js";

const fresh = () => mkdtempSync(join(tmpdir(), "gen-"));
const contents = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));

describe("generateCorpus", () => {
  it("does write the same bytes when given the same seed", () => {
    const a = generateCorpus(fresh(), 2, 7);
    const b = generateCorpus(fresh(), 2, 7);
    expect(contents(a.dir)).toEqual(contents(b.dir));
    expect(contents(generateCorpus(fresh(), 2, 8).dir)).not.toEqual(contents(a.dir));
  });

  it("does write documents the real loader accepts", () => {
    const { dir, documents } = generateCorpus(fresh(), 3);
    expect(loadCorpus(dir)).toHaveLength(documents);
  });

  it("does grow with the scale asked for", () => {
    const one = generateCorpus(fresh(), 10).bytes;
    const five = generateCorpus(fresh(), 50).bytes;
    expect(five / one).toBeGreaterThan(4);
    expect(five / one).toBeLessThan(6);
  });
});
