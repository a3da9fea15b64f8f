import { describe, expect, it } from "vitest";
import { completeModelName, lookupModel, modelKey } from "../../src/engine/model.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { baseTokens } from "../../src/text/tokens.js";

const knowledge = loadKnowledge();
const idOf = (name: string) => lookupModel(knowledge, name).model?.id;

describe("model names as people type them", () => {
  it("does read each short name of issue #11 as the one model it means", () => {
    const expected: Record<string, string> = {
      coder: "deepseek-coder",
      ocr: "deepseek-ocr",
      moe: "deepseek-moe",
      math: "deepseek-math",
      vl: "deepseek-vl",
      prover: "deepseek-prover-v1.5",
      janus: "janus-pro",
      "llm 67b": "deepseek-llm",
      "coder v2": "deepseek-coder-v2",
      "r1 lite": "deepseek-r1-lite",
    };
    for (const [typed, id] of Object.entries(expected)) expect(idOf(typed), typed).toBe(id);
  });

  it("does read a name followed by a size as the size's family when no name holds the size", () => {
    expect(idOf("coder 33b")).toBe("deepseek-coder");
    expect(idOf("math 7b")).toBe("deepseek-math");
    expect(idOf("vl2 27B")).toBe("deepseek-vl2");
  });

  it("does say it read a short name only when the name typed is not the model's own", () => {
    expect(lookupModel(knowledge, "coder").readFromShortName).toBe(true);
    expect(lookupModel(knowledge, "DeepSeek-V3").readFromShortName).toBe(false);
  });

  it("does offer every model whose name begins with the words when they mean several", () => {
    const lookup = lookupModel(knowledge, "deepseek v");
    expect(lookup.found).toBe(false);
    const names = lookup.choices.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["DeepSeek-V2", "DeepSeek-V3", "DeepSeek-VL"]));
    expect(names).not.toContain("DeepSeek Coder");
    expect(lookup.suggestions).toEqual([]);
  });

  it("does leave how questions read MoE alone: there it is still the architecture", () => {
    const [match] = knowledge.index.aliases.match(baseTokens("moe"));
    expect(match?.group.id).toBe("moe");
    expect(match?.group.kind).toBe("concept");
  });

  it("does suggest the model a short name means first as the user types", () => {
    expect(completeModelName(knowledge, "moe", 25)[0]?.name).toBe("DeepSeekMoE");
    expect(completeModelName(knowledge, "llm 67", 25)[0]?.name).toBe("DeepSeek LLM");
    expect(completeModelName(knowledge, "coder", 25).map((m) => m.name)).toEqual([
      "DeepSeek Coder",
      "DeepSeek Coder V2",
    ]);
    expect(completeModelName(knowledge, "", 25)).toHaveLength(knowledge.catalog.models.length);
  });

  it("does keep each model by a short key that reads back as the same model", () => {
    for (const model of knowledge.catalog.models) {
      const key = modelKey(knowledge, model);
      expect(idOf(key), key).toBe(model.id);
      expect(key.length, key).toBeLessThanOrEqual(15);
    }
  });
});
