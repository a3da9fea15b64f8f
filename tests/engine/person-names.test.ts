import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { parseQuestion } from "../../src/engine/question.js";
import { asksPersonName } from "../../src/engine/understand/answer-type.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";

const knowledge = loadKnowledge();
const people = new Set(["analyst", "classmate", "reporter", "ceo", "guy", "friend"]);
const isPerson = (noun: string) => people.has(noun);

describe("asksPersonName", () => {
  it("does find a person's name asked by pronoun, after 'of', or before 'name'", () => {
    expect(asksPersonName("which microsoft ceo praised it, whats his name", isPerson)).toBe(true);
    expect(asksPersonName("what are the names of the 2 classmates", isPerson)).toBe(true);
    expect(
      asksPersonName("What is the name of the lead analyst at SemiAnalysis who said", isPerson),
    ).toBe(true);
    expect(
      asksPersonName("the names of the two Zhejiang University classmates who", isPerson),
    ).toBe(true);
    expect(asksPersonName("who interviewed liang, like the reporters name", isPerson)).toBe(true);
  });

  it("does find one asked by role after 'who was'", () => {
    expect(asksPersonName("Who was the friend from Magic Cube Quant who asked", isPerson)).toBe(
      true,
    );
    expect(asksPersonName("who’s the guy who started deepseek", isPerson)).toBe(true);
    expect(asksPersonName("who is andrew carr and what did he think", isPerson)).toBe(false);
  });

  it("does not when the name is a thing's", () => {
    expect(asksPersonName("whats the name of the hedge fund behind deepseek", isPerson)).toBe(
      false,
    );
    expect(asksPersonName("which team won aimo, whats their team name", isPerson)).toBe(false);
    expect(asksPersonName("whats the name of liangs gtc talk", isPerson)).toBe(false);
    expect(asksPersonName("who named it janus", isPerson)).toBe(false);
  });
});

describe("a question asking a person's name", () => {
  it("does ask for a person, whatever its question word, with the lexicon's person nouns", () => {
    const parsed = parseQuestion(
      knowledge.index,
      knowledge.lexicon,
      "what are the names of the two classmates liang started high flyer with",
    );
    expect(parsed.asksName).toBe(true);
    expect(parsed.type).toBe("person");
    expect(parsed.concepts.map((c) => c.surface)).not.toContain("names");
    const fund = parseQuestion(
      knowledge.index,
      knowledge.lexicon,
      "whats the name of the hedge fund",
    );
    expect(fund.asksName).toBe(false);
  });

  it("does abstain when the best sentence names no one but whom the question names", () => {
    // "…co-founded … by Liang Wenfeng and two classmates": the classmates are never named.
    for (const q of [
      "what are the names of the two classmates liang started high flyer with",
      "What is the name of the lead analyst at SemiAnalysis who praised the DeepSeek V2 paper?",
    ]) {
      expect(ask(knowledge, q).answered, q).toBe(false);
    }
  });

  it("does answer in bold when the best sentence names the person", () => {
    const result = ask(
      knowledge,
      "which microsoft ceo said deepseek was impressive, whats his name",
    );
    expect(result.answer).toBe("Satya Nadella");
  });
});
