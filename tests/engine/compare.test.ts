import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { earlierRelease } from "../../src/engine/compare.js";
import { parseQuestion } from "../../src/engine/question.js";
import { asksWhichEarlier, englishCues } from "../../src/engine/understand/english-cues.js";
import { EMPTY_ENGLISH } from "../../src/ingest/load-lexicon.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";

const knowledge = loadKnowledge();
const words = englishCues({ ...EMPTY_ENGLISH, earlierWords: ["first", "earlier", "older"] });

describe("asksWhichEarlier", () => {
  it("does read which or what, then an earlier word in its clause", () => {
    expect(asksWhichEarlier("which came first, coder or llm", words, undefined)).toBe(true);
    expect(asksWhichEarlier("what dropped earlier v2 or math", words, undefined)).toBe(true);
    expect(asksWhichEarlier("V2.5和R1-Lite哪个先出的", words, ["哪个先"])).toBe(true);
  });

  it("does not read one thing's first time as a comparison", () => {
    expect(asksWhichEarlier("when did r1 first come out", words, undefined)).toBe(false);
    expect(asksWhichEarlier("what was their first model", words, undefined)).toBe(false);
    expect(asksWhichEarlier("R1是什么时候发布的", words, ["哪个先"])).toBe(false);
  });
});

describe("which of two models came first", () => {
  it("does answer with the earlier model's release, in English and Chinese", () => {
    // "• December 13, 2024: DeepSeek-VL2…", "• December 26, 2024: DeepSeek-V3…".
    const result = ask(knowledge, "Which was released first, DeepSeek-VL2 or DeepSeek-V3?");
    expect(result.answer).toBe("December 13, 2024");
    expect(result.passages[0]?.text).toContain("December 13, 2024");
    expect(ask(knowledge, "which is older, v3 or r1").answer).toBe("December 26, 2024");
    expect(ask(knowledge, "V2.5和R1-Lite哪个先出的").answer).toBe("September 6, 2024");
    // Dated to the month only, V2 still comes before Coder V2's June 17, 2024.
    expect(ask(knowledge, "which came first v2 or coder v2").answer).toBe("May 2024");
  });

  it("does not compare when the question names one model, or things the catalog does not date", () => {
    const parse = (q: string) => parseQuestion(knowledge.index, knowledge.lexicon, q);
    expect(earlierRelease(knowledge, parse("which came first, v3 or the price war"))).toBeNull();
    expect(earlierRelease(knowledge, parse("which came first, v3 or r1"))?.model.id).toBe(
      "deepseek-v3",
    );
    const events =
      "which came first, high flyer announcing the agi lab or deepseek getting incorporated";
    expect(ask(knowledge, events).answer).toBeNull();
  });

  it("does not compare when the question asks something else of the two", () => {
    // R1-Lite came out on the website; its weights were not opened then.
    expect(ask(knowledge, "which was open sourced first, r1-lite or v3").answer).toBeNull();
    expect(ask(knowledge, "哪个先开源，R1-Lite还是V3").answer).toBeNull();
    expect(ask(knowledge, "which first topped chatbot arena, v2 or v2.5").answer).toBeNull();
    expect(ask(knowledge, "which got a paper first, coder or coder v2").answer).toBeNull();
    // Named only to date the question.
    const after = "what did deepseek release first after v2.5 and r1-lite";
    expect(ask(knowledge, after).answer).not.toBe("September 6, 2024");
  });

  it("does not compare when the sources disagree on the order", () => {
    // DeepSeekMath: "February 5, 2024" in one document, "April 2024" in the other; DeepSeek-VL
    // came out on March 11, 2024, between them.
    expect(ask(knowledge, "which came first, deepseekmath or deepseek-vl").answer).toBeNull();
    // "In December 2024 … DeepSeek-V3" only says less than "December 26, 2024".
    expect(ask(knowledge, "which came first vl2 or v3").answer).toBe("December 13, 2024");
  });
});
