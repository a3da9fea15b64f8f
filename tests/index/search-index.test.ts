import type MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/index/search-index.js";
import { loadAliases } from "../../src/ingest/load-aliases.js";
import type { Passage } from "../../src/ingest/passages.js";
import { ALIASES_FILE } from "../../src/paths.js";
import { fixtureKnowledge } from "../helpers/fixture-knowledge.js";

const aliases = loadAliases(ALIASES_FILE);

function passage(n: number, text: string): Passage {
  const start = n * 1000;
  const end = start + text.length;
  return {
    id: `notes#${n}`,
    docId: "notes",
    docTitle: "Infrastructure notes",
    section: "Hardware",
    start,
    end,
    text,
    sentences: [{ start, end, text }],
  };
}

/** Five passages about clusters; the second and fourth dwell on them, the others mention them. */
const passages = [
  "The fund rented a cluster in Hangzhou for its early trading models and paid by the hour.",
  "The cluster grew, the cluster was rebuilt, and the cluster finally held ten thousand GPUs.",
  "Engineers moved the trading stack to a cluster of their own after two years of renting.",
  "A second cluster followed; the cluster used faster networking than the first cluster did.",
  "The cluster team also wrote a file system, later released as open source on GitHub.",
].map((text, n) => passage(n, text));

describe("SearchIndex with posting lists cut to maxPostings", () => {
  const index = SearchIndex.build(passages, aliases, { maxPostings: 2 });
  const cluster = index.analyze("cluster")[0] ?? "";

  it("does keep the exact document frequency when a term's list is cut", () => {
    expect(index.frequency(cluster)).toBe(5);
    expect(index.isCommon(cluster)).toBe(true);
  });

  it("does keep the passages where a cut term weighs most", () => {
    const ids = index.search([cluster], 10).map((hit) => hit.passage.id);
    expect(ids.sort()).toEqual(["notes#1", "notes#3"]);
  });

  it("does score a kept passage as the uncut index does when a term's list is cut", () => {
    const whole = SearchIndex.build(passages, aliases);
    const scores = (i: SearchIndex) =>
      new Map(i.search([cluster], 10).map((hit) => [hit.passage.id, hit.score]));
    const cut = scores(index);
    const uncut = scores(whole);
    for (const id of ["notes#1", "notes#3"]) expect(cut.get(id)).toBeCloseTo(uncut.get(id) ?? 0, 9);
  });

  it("does keep every posting of a term under the limit", () => {
    const github = index.analyze("GitHub");
    expect(index.isCommon(github[0] ?? "")).toBe(false);
    expect(index.search(github, 10).map((hit) => hit.passage.id)).toEqual(["notes#4"]);
  });

  it("does cut nothing when no term passes the limit", () => {
    const whole = SearchIndex.build(passages, aliases);
    expect(whole.isCommon(cluster)).toBe(false);
    expect(whole.search([cluster], 10)).toHaveLength(5);
  });
});

describe("SearchIndex.search, scored apart from MiniSearch's own search", () => {
  const knowledge = fixtureKnowledge();
  const questions = [
    "When did the lab build Fire-Flyer 2, and how many GPUs did the cluster have?",
    "how much did the API fee drop with hard disk caching in 2024",
    "who co-founded the hedge fund High-Flyer and the lab in 2023",
  ];

  /** MiniSearch's own search, with the options `SearchIndex.search` gives it. */
  function reference(index: SearchIndex, terms: string[], boost: Map<string, number>) {
    const miniSearch = (index as unknown as { miniSearch: MiniSearch }).miniSearch;
    const cutIdf = Math.log(1 + (index.size - index.maxPostings + 0.5) / (index.maxPostings + 0.5));
    return miniSearch
      .search(terms.join(" "), {
        boost: { text: 1, section: 0.6, docTitle: 0.2 },
        boostTerm: (term) =>
          (boost.get(term) ?? 1) * (index.isCommon(term) ? index.idf(term) / cutIdf : 1),
        combineWith: "OR",
      })
      .map((r) => ({ id: r.id as string, score: r.score }));
  }

  for (const maxPostings of [1_000, 3]) {
    it(`does rank and score exactly as MiniSearch does (maxPostings ${maxPostings})`, () => {
      const index = SearchIndex.build(knowledge.index.passages, aliases, { maxPostings });
      for (const question of questions) {
        const terms = [...new Set(index.analyze(question)), "unknownword"];
        const boost = new Map(terms.map((t, i) => [t, i % 2 ? 0.5 : 1]));
        const ours = index.search(terms, 1_000, boost);
        expect(ours.length).toBeGreaterThan(1);
        expect(ours.map((h) => ({ id: h.passage.id, score: h.score }))).toEqual(
          reference(index, terms, boost),
        );
      }
    });
  }
});

describe("SearchIndex.termsOf", () => {
  const index = SearchIndex.build(passages, aliases);

  it("does read a text's terms as the analyzer does, once per text", () => {
    const text = "The fund's first cluster held 10,000 A100 GPUs";
    const terms = index.termsOf(text);
    expect([...terms].sort()).toEqual([...new Set(index.analyze(text))].sort());
    expect(index.termsOf(text)).toBe(terms);
    expect(index.termsOf("another text")).not.toBe(terms);
  });
});

describe("SearchIndex.compoundsEndingIn", () => {
  const index = SearchIndex.build(
    [
      passage(0, "A 380M-parameter DeepEncoder feeds a MoE decoder."),
      passage(1, "DeepSeek-Coder beat CodeLlama; Meta's HumanEval scores were lower."),
    ],
    aliases,
  );

  it("does find a word the passages write only as the last part of a name", () => {
    expect(index.compoundsEndingIn("encod")).toEqual([index.analyze("DeepEncoder")[0]]);
    expect(index.compoundsEndingIn("llama")).toEqual(["codellama"]);
  });

  it("does not read an alias name as its last part", () => {
    // DeepSeek is the alias table's; "seek" is none of its words.
    expect(index.compoundsEndingIn("seek")).toEqual([]);
  });
});
