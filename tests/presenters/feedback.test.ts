import { describe, expect, it } from "vitest";
import type { AskResult } from "../../src/engine/result.js";
import { askReply } from "../../src/presenters/discord/ask.js";
import {
  plainText,
  readShownAnswer,
  verdictOf,
  voteRow,
} from "../../src/presenters/discord/feedback.js";
import { DISCORD_LIMITS, messagePayloadSchema } from "../../src/presenters/discord/limits.js";
import { toMessage } from "../../src/presenters/discord/message.js";
import { ZH } from "../../src/presenters/words/zh.js";
import { source } from "../helpers/sources.js";

const answered: AskResult = {
  question: "How big is *V3*?",
  answered: true,
  answer: "671 billion",
  answerSource: { text: "671 billion", quote: "…", source: source("Paper_one", "Sizes") },
  passages: [
    { text: "It has 671 billion parameters.", highlight: null, source: source("A", "B"), score: 1 },
    { text: "More.", highlight: null, source: source("C", ""), score: 0.5 },
  ],
  conflicts: [],
  confidence: 1,
};

describe("the 👍/👎 buttons and reading an answer back", () => {
  it("does fit the buttons in Discord's limits with short custom ids that carry only the verdict", () => {
    const ids = voteRow().components.map((b) => b.custom_id);
    expect(ids).toEqual(["vote|up", "vote|down"]);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
    expect(ids.map(verdictOf)).toEqual(["up", "down"]);
    expect(verdictOf("vote|sideways")).toBeNull();
    expect(verdictOf("timeline|1|0|||")).toBeNull();
    const reply = askReply(answered, false, "en");
    expect(messagePayloadSchema.safeParse(toMessage(reply)).error).toBeUndefined();
    // 👍/👎 follow Show passages in the answer's one row.
    expect(reply.components?.[0]?.components.slice(1)).toEqual(voteRow().components);
  });

  it("does read back the question, the answer with its citation and the sources an answer shows", () => {
    const message = toMessage(askReply(answered, true, "en"));
    expect(readShownAnswer(message.embeds ?? [])).toEqual({
      question: "How big is *V3*?",
      answer: "671 billion\n— Paper_one › Sizes",
      sources: ["[1] A › B", "[2] C"],
    });
  });

  it("does read the abstention as the answer when the documents do not answer", () => {
    const none = { ...answered, answered: false, answer: null, answerSource: null, passages: [] };
    const shown = readShownAnswer(toMessage(askReply(none, false, "en")).embeds ?? []);
    expect(shown?.answer).toMatch(/^Not in the documents\. /);
    expect(shown?.sources).toEqual([]);
  });

  it("does read the abstention and its suggestions as the answer, with no sources, when it offers some", () => {
    const none: AskResult = {
      ...answered,
      answered: false,
      answer: null,
      answerSource: null,
      passages: [],
      suggestions: [{ label: "DeepSeek-V3", question: "DeepSeek-V3", source: source("A", "B") }],
    };
    const shown = readShownAnswer(toMessage(askReply(none, false, "en")).embeds ?? []);
    expect(shown?.answer).toMatch(/^Not in the documents\. [^\n]*\n\nThe closest they cover/);
    expect(shown?.answer).toContain("• DeepSeek-V3 — A › B");
    expect(shown?.sources).toEqual([]);
  });

  it("does read back the question, the answer with its citation and the sources a Chinese-framed answer shows", () => {
    const chinese = { ...answered, question: "V3 有多大？*粗体*" };
    const shown = readShownAnswer(toMessage(askReply(chinese, false, "zh")).embeds ?? []);
    expect(shown).toEqual({
      question: "V3 有多大？*粗体*",
      answer: "671 billion\n— Paper_one › Sizes",
      sources: ["[1] A › B", "[2] C"],
    });
  });

  it("does read the Chinese abstention and its suggestions as the answer when it is framed in Chinese", () => {
    const none: AskResult = {
      ...answered,
      question: "R2 什么时候发布",
      answered: false,
      answer: null,
      answerSource: null,
      passages: [],
      suggestions: [{ label: "DeepSeek-V3", question: "DeepSeek-V3", source: source("A", "B") }],
    };
    const shown = readShownAnswer(toMessage(askReply(none, false, "zh")).embeds ?? []);
    expect(shown?.question).toBe("R2 什么时候发布");
    expect(shown?.answer).toBe(
      `${plainText(ZH.notInDocuments)}\n\n${ZH.suggestionsHeading}\n• DeepSeek-V3 — A › B`,
    );
    expect(shown?.answer).toMatch(/^文档中找不到答案。 /);
    expect(shown?.sources).toEqual([]);
  });

  it("does read nothing when the message is not an answer", () => {
    expect(readShownAnswer([])).toBeNull();
    expect(readShownAnswer([{ description: "no title" }])).toBeNull();
  });

  it("does remove Discord's emphasis and escapes when making plain text", () => {
    expect(plainText("**bold** and *italic* \\*star\\* a\\_b")).toBe("bold and italic *star* a_b");
  });
});
