import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { FIXTURE_DOCUMENTS, fixtureKnowledge } from "../helpers/fixture-knowledge.js";
import { expectVerbatim, rawDocuments } from "../helpers/raw-documents.js";

const knowledge = fixtureKnowledge();
const raw = rawDocuments(FIXTURE_DOCUMENTS);

describe("ask on a small corpus", () => {
  it("does find the fund when the question uses another of its translated names", () => {
    const result = ask(knowledge, "Which hedge fund is Huanfang?");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.highlight?.text).toContain("High-Flyer, a hedge fund co-founded");
  });

  it("does find Fire-Flyer 2 when the question names it in Chinese", () => {
    const result = ask(knowledge, "萤火二号 用了多少 GPU？");
    expect(result.passages[0]?.highlight?.text).toContain("Construction of Fire-Flyer 2");
  });

  it("does still match when the question has a typo", () => {
    const result = ask(knowledge, "what cluster did High-Flyer biuld in 2019 with how many GPUs");
    expect(result.answered).toBe(true);
    expect(result.answer).toBe("1,100 GPUs");
  });

  it("does pick the amount in the clause the question names when a sentence has several", () => {
    expect(ask(knowledge, "How far ahead was the code model on MBPP?").answer).toBe("10.8%");
    expect(ask(knowledge, "How far ahead was the code model on HumanEval?").answer).toBe("9.3%");
  });

  it("does answer with a date when asked when", () => {
    expect(ask(knowledge, "When was hard disk caching introduced?").answer).toBe("August 2, 2024");
  });

  it("does abstain when the question is about something the documents lack", () => {
    for (const question of [
      "What is the capital of France?",
      "best pizza dough recipe?",
      "When will V4 be released?",
    ]) {
      const result = ask(knowledge, question);
      expect(result, question).toMatchObject({ answered: false, answer: null, passages: [] });
      expect(["no-match", "not-relevant-enough", "unknown-model"]).toContain(result.reason);
    }
  });

  it("does name the person when asked who", () => {
    expect(ask(knowledge, "Who founded the lab?").answer).toBe("Liang Wenfeng");
  });

  it("does abstain when asked how many and the matching sentence holds no amount", () => {
    const result = ask(knowledge, "How many investors does the lab have?");
    expect(result.answered).toBe(false);
  });

  it("does abstain with a reason when the question has no words", () => {
    expect(ask(knowledge, "   ?! ").reason).toBe("empty-question");
    expect(ask(knowledge, "what is the").reason).toBe("empty-question");
  });

  it("does quote verbatim spans of the original when it answers", () => {
    const result = ask(knowledge, "How many routed experts per layer?");
    expect(result.passages.length).toBeGreaterThan(0);
    for (const passage of result.passages) {
      const { doc } = passage.source;
      expectVerbatim(raw, passage.text, passage.source);
      if (passage.highlight) {
        expectVerbatim(raw, passage.highlight.text, { ...passage.highlight, doc });
        expect(passage.text).toContain(passage.highlight.text);
      }
    }
    const answer = result.answerSource;
    expect(answer?.text).toBe("256 routed experts");
    expect(result.answer).toBe("256 routed experts");
    if (answer) expectVerbatim(raw, answer.text, answer.source);
  });

  it("does return at most the requested number of passages, best first", () => {
    const result = ask(knowledge, "Fire-Flyer GPUs", { limit: 2 });
    expect(result.passages).toHaveLength(2);
    const scores = result.passages.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
