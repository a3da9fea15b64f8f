import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { makeAnalyzer } from "../../src/index/analyzer.js";
import { loadAliases } from "../../src/ingest/load-aliases.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { ALIASES_FILE } from "../../src/paths.js";

const analyze = makeAnalyzer(loadAliases(ALIASES_FILE));

describe("makeAnalyzer", () => {
  it("does index a name and its number joined by a hyphen as one word too", () => {
    expect(analyze("the initial version of GPT-3.5 only has 4k context")).toEqual(
      expect.arrayContaining(["gpt", "3.5", "gpt3.5"]),
    );
    expect(analyze("DS-1000 was 5.9% ahead")).toContain("ds1000");
  });

  it("does not join a name and a number that a space or other words part", () => {
    expect(analyze("GPT 4 and 5,000 A100 GPUs")).not.toContain("gpt4");
    expect(analyze("in 2021 with")).not.toContain("in2021");
  });
});

describe("a question naming a hyphenated model the documents write both ways", () => {
  const knowledge = loadKnowledge();

  it("does find GPT-3.5's context when asked of gpt-3.5, though GPT3.5-Turbo is one word", () => {
    const result = ask(knowledge, "GPT-3.5最早那版上下文才多长");
    expect(result.answer).toBe("4k");
    expect(result.passages[0]?.text).toContain("GPT-3.5 only has 4k context");
  });

  it("does not bold another model's amount from a sentence that names the one asked", () => {
    // "This model [DeepSeekMath] has only 7B parameters, but … close to that of GPT-4."
    expect(ask(knowledge, "How many parameters does GPT-4 have?").answer).toBeNull();
    // "DS-1000 was 5.9% ahead": the joined name is where the sentence writes it, not MBPP's 10.8%.
    expect(ask(knowledge, "how much was deepseek coder ahead on ds-1000").answer).toBe("5.9%");
    // What is counted is no subject: 5,000 is how many A100s Fire-Flyer 2 has.
    expect(ask(knowledge, "how many a100s did fire flyer 2 end up with").answer).toBe(
      "5,000 PCIe A100",
    );
  });
});
