import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { parseQuestion } from "../../src/engine/question.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";

const knowledge = loadKnowledge();
const parse = (q: string) => parseQuestion(knowledge.index, knowledge.lexicon, q);

describe("alternatives a question offers", () => {
  it("does read two words joined by or as one concept met by either", () => {
    const months = parse("was r1 released in january or february").concepts;
    expect(months.find((c) => c.surface === "january or february")?.terms).toEqual([
      "januari",
      "februari",
    ]);
    const zh = parse("DeepSeekMath到底是2月还是4月出的").concepts;
    expect(zh.some((c) => c.surface.toLowerCase() === "february or april")).toBe(true);
  });

  it("does keep apart names, and a word the documents lack, when or joins them", () => {
    expect(parse("is v2 or v3 bigger").concepts.some((c) => c.surface.includes(" or "))).toBe(
      false,
    );
    // Two models are two subjects: DeepSeekMath's "7B parameters" is neither's.
    const models = parse("how many parameters does gpt-4 or llama2 have").concepts;
    expect(models.some((c) => c.surface.includes(" or "))).toBe(false);
    expect(ask(knowledge, "how many parameters does gpt-4 or llama2 have").answer).toBeNull();
    // "Europe" is not in the documents: a passage about the US does not answer for it.
    const office = parse("does deepseek have an office in the us or europe").concepts;
    expect(office.some((c) => c.surface.includes(" or "))).toBe(false);
  });

  it("does rank the event of the alternative the documents hold first", () => {
    const result = ask(knowledge, "was r1 released in january or february");
    expect(result.passages[0]?.highlight?.text).toContain("January 20, 2025");
  });
});

describe("month names", () => {
  it("does carry a month onto no other month", () => {
    const july = parse("what happened in july 2024").concepts.find((c) => c.surface === "july");
    expect(july?.related.map((r) => r.term)).not.toContain("june");
    expect(july?.related.map((r) => r.term)).not.toContain("august");
  });
});
