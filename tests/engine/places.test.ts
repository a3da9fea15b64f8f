import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { isPlace, namesPlace } from "../../src/engine/places.js";
import { parseQuestion } from "../../src/engine/question.js";
import { answerTypeOf } from "../../src/engine/understand/answer-type.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";

const knowledge = loadKnowledge();

describe("a question that asks for a place", () => {
  it("does ask for a place when it asks which city or where a thing is based or held", () => {
    expect(answerTypeOf("what city is liang originally from")).toBe("place");
    expect(answerTypeOf("Where was the NVIDIA GTC 2024 conference held?")).toBe("place");
    expect(answerTypeOf("where is deepseek headquartered")).toBe("place");
    // A site, not a place: GitHub answers it. Nor is the state of the art a state.
    expect(answerTypeOf("where are the ocr weights hosted")).not.toBe("place");
    expect(answerTypeOf("where are ocr weights located")).not.toBe("place");
    expect(answerTypeOf("what state-of-the-art closed model did coder v2 beat")).not.toBe("place");
    expect(answerTypeOf("where did liang study")).not.toBe("place");
    const zh = parseQuestion(knowledge.index, knowledge.lexicon, "萤火二号建在哪个城市");
    expect(zh.type).toBe("place");
  });

  it("does abstain when the best sentence names no place", () => {
    // "NVIDIA GTC 2024 conference": the documents never say where it was held.
    expect(ask(knowledge, "Where was the NVIDIA GTC 2024 conference held?").answered).toBe(false);
    expect(ask(knowledge, "英伟达 GTC 2024 大会是在哪个城市开的？").answered).toBe(false);
  });
});

describe("a place given as who", () => {
  it("does abstain when the only name a 'who' question's sentence gives is a place", () => {
    // "…topped the Apple App Store's free charts in the United States": no attacker is named.
    const result = ask(knowledge, "who was behind the cyberattack on deepseek in jan 2025");
    expect(result.answer).toBeNull();
    expect(result.answered).toBe(false);
  });
});

describe("namesPlace", () => {
  const places = ["China", "Korea", "South Korea", "Silicon Valley"];

  it("does find a place as a whole word, as written", () => {
    expect(namesPlace(places, "export restrictions on advanced chips to China,")).toBe(true);
    expect(namesPlace(places, "a lab in Silicon Valley")).toBe(true);
  });

  it("does not find a place inside a word or in another case", () => {
    expect(namesPlace(places, "fine china and Chinatown")).toBe(false);
    expect(namesPlace(places, "Koreans")).toBe(false);
    expect(namesPlace([], "China")).toBe(false);
  });

  it("does tell a whole place from a text that only holds one", () => {
    expect(isPlace(places, "South Korea")).toBe(true);
    expect(isPlace(places, "Liang Wenfeng of China")).toBe(false);
  });

  it("does load the lexicon's places, the documents' among them", () => {
    expect(knowledge.lexicon.places).toContain("Hangzhou");
    expect(knowledge.lexicon.places).not.toContain("GB");
  });
});
