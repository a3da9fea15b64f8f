import { describe, expect, it } from "vitest";
import type { AskResult } from "../../src/engine/result.js";
import { askReply } from "../../src/presenters/discord/ask.js";
import { DISCORD_LIMITS, embedCharacters } from "../../src/presenters/discord/limits.js";
import { toMessage } from "../../src/presenters/discord/message.js";
import { passageKeysOf } from "../../src/presenters/discord/show-passages.js";
import { suggestedQuestionOf } from "../../src/presenters/discord/suggestions.js";
import { askToText } from "../../src/presenters/text/ask.js";
import { ZH } from "../../src/presenters/words/zh.js";
import { source } from "../helpers/sources.js";

function result(overrides: Partial<AskResult>): AskResult {
  return {
    question: "When was it released?",
    answered: true,
    answer: null,
    answerSource: null,
    passages: [],
    conflicts: [],
    confidence: 1,
    ...overrides,
  };
}

describe("askReply", () => {
  it("does lead with the direct answer and its source when there is one", () => {
    const [embed] =
      askReply(
        result({
          answer: "January 20, 2025",
          answerSource: {
            text: "January 20, 2025",
            quote: "It was released on January 20, 2025.",
            source: source("History", "Models"),
          },
        }),
        false,
        "en",
      ).embeds ?? [];
    expect(embed?.description?.split("\n").slice(0, 2)).toEqual([
      "**January 20, 2025**",
      "— *History › Models*",
    ]);
  });

  it("does show every value with its source when the sources disagree", () => {
    const [embed] =
      askReply(
        result({
          conflicts: [
            {
              label: "release date",
              values: [
                { value: "February 5, 2024", quote: "q", source: source("Paper", "") },
                { value: "April 2024", quote: "q", source: source("History", "Models") },
              ],
            },
          ],
        }),
        false,
        "en",
      ).embeds ?? [];
    expect(embed?.description).toContain("Sources differ on release date");
    expect(embed?.description).toContain("February 5, 2024 — *Paper*");
    expect(embed?.description).toContain("April 2024 — *History › Models*");
  });

  it("does keep the bold answering sentence in view when it ends a passage too long for a field", () => {
    const sentence = "It was released on January 20, 2025.";
    const text = `${"Background that leads up to it. ".repeat(60)}${sentence}`;
    const [embed] =
      askReply(
        result({
          passages: [
            {
              text,
              highlight: { text: sentence, start: 0, end: 1 },
              source: source("History", "Models"),
              score: 1,
            },
          ],
        }),
        false,
        "en",
      ).embeds ?? [];
    const field = embed?.fields?.[0];
    expect(field?.name).toBe("[1] History › Models");
    expect(field?.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    expect(field?.value).toContain(`**${sentence}**`);
  });

  const long = (n: number) =>
    Array.from({ length: 20 }, (_, i) => `Sentence ${i} of passage ${n} says something.`).join(" ");
  const passages = [1, 2, 3].map((n) => ({
    text: long(n),
    highlight: { text: `Sentence 10 of passage ${n} says something.`, start: 0, end: 1 },
    source: {
      ...source(`A document with a long title number ${n}`, "A section › with a long heading"),
      start: n * 1000,
      end: n * 1000 + 900,
    },
    score: 1,
  }));

  it("does keep the embed within 1,200 characters with three cited excerpts when the passages and question are long", () => {
    const reply = askReply(result({ question: "why ".repeat(75), passages }), false, "en");
    const [embed] = toMessage(reply).embeds ?? [];
    expect(embedCharacters(embed ?? {})).toBeLessThanOrEqual(1200);
    expect(embed?.fields?.map((f) => f.name)).toEqual(
      passages.map((p, i) => `[${i + 1}] ${p.source.title} › ${p.source.section}`),
    );
    for (const [i, field] of (embed?.fields ?? []).entries()) {
      expect(field.value).toContain(`**Sentence 10 of passage ${i + 1} says something.**`);
      expect(field.value.length).toBeLessThanOrEqual(300 + 4);
    }
  });

  it("does put Show passages beside 👍/👎 with a custom id naming each passage when it answers", () => {
    const reply = askReply(result({ passages }), false, "en");
    const buttons = (reply.components ?? []).flatMap((row) => row.components);
    const show = buttons.find((b) => "label" in b && b.label === "Show passages");
    const id = show && "custom_id" in show ? show.custom_id : "";
    expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
    expect(passageKeysOf(id)).toHaveLength(3);
    expect(new Set(passageKeysOf(id)).size).toBe(3);
    expect(buttons.map((b) => ("custom_id" in b ? b.custom_id : "")).slice(1)).toEqual([
      "vote|up",
      "vote|down",
    ]);
  });

  it("does list the suggestions with their sources, as buttons that ask them, and no bold answer when the documents do not answer", () => {
    const reply = askReply(
      result({
        answered: false,
        confidence: 0.2,
        reason: "not-relevant-enough",
        suggestions: [
          { label: "DeepSeek-V3", question: "DeepSeek-V3", source: source("History", "Models") },
          { label: "Training", question: "Training", source: source("Encyclopedia", "Training") },
        ],
      }),
      false,
      "en",
    );
    const [embed] = reply.embeds ?? [];
    const description = embed?.description ?? "";
    expect(description).toMatch(/^\*\*Not in the documents\.\*\* /);
    // The only bold is the abstention's own heading.
    expect(description.match(/\*\*/g)).toHaveLength(2);
    expect(description).toContain("• DeepSeek-V3 — *History › Models*");
    expect(description).toContain("• Encyclopedia › Training");
    expect(embed?.fields).toEqual([]);
    const [suggestions, votes] = reply.components ?? [];
    expect(
      suggestions?.components.map((b) => [
        "label" in b && b.label,
        suggestedQuestionOf("custom_id" in b ? b.custom_id : ""),
      ]),
    ).toEqual([
      ["DeepSeek-V3", "DeepSeek-V3"],
      ["Training", "Training"],
    ]);
    expect(votes?.components.map((b) => ("custom_id" in b ? b.custom_id : ""))).toEqual([
      "vote|up",
      "vote|down",
    ]);
  });

  it("does say what date the documents do give, with its source, when they give none as precise as asked", () => {
    const lessPrecise = {
      text: "May 2024",
      quote: "In May 2024, DeepSeek-V2 … was released.",
      source: source("History", "Models"),
    };
    const abstention = result({ answered: false, reason: "not-relevant-enough", lessPrecise });
    const [embed] = askReply(abstention, false, "en").embeds ?? [];
    expect(embed?.description?.split("\n").slice(0, 2)).toEqual([
      "**Not that precisely in the documents.** They give only **May 2024**.",
      "— *History › Models*",
    ]);
    const [zh] = askReply(abstention, false, "zh").embeds ?? [];
    expect(zh?.description?.split("\n")[0]).toBe(
      "**文档中没有这么精确的日期。** 只写到 **May 2024**。",
    );
  });

  it("does say what sum the documents do give, with its source, when they give none in the currency asked", () => {
    const otherCurrency = {
      text: "1 billion yuan",
      quote: "Construction of Fire-Flyer 2 began in 2021 with a 1 billion yuan budget.",
      source: source("History", "Background"),
    };
    const abstention = result({ answered: false, reason: "not-relevant-enough", otherCurrency });
    const [embed] = askReply(abstention, false, "en").embeds ?? [];
    expect(embed?.description?.split("\n").slice(0, 2)).toEqual([
      "**Not in that currency in the documents.** They give **1 billion yuan**.",
      "— *History › Background*",
    ]);
    const [zh] = askReply(abstention, false, "zh").embeds ?? [];
    expect(zh?.description?.split("\n")[0]).toBe(
      "**文档中没有以这种货币计的数字。** 只写到 **1 billion yuan**。",
    );
    const text = askToText(result({ answered: false, otherCurrency }), "en");
    expect(text.split("\n")[1]).toBe(
      "Not in that currency in the documents: they give **1 billion yuan**.  (History › Background)",
    );
  });

  it("does show first the passage the bold answer was read from when the engine ranked it lower", () => {
    const quoted = passages[2] as (typeof passages)[number];
    const reply = askReply(
      result({
        passages,
        answer: "x",
        answerSource: {
          text: "x",
          quote: "q",
          source: {
            ...quoted.source,
            start: quoted.source.start + 5,
            end: quoted.source.start + 8,
          },
        },
      }),
      false,
      "en",
    );
    expect(reply.embeds?.[0]?.fields?.[0]?.name).toBe(
      `[1] ${quoted.source.title} › ${quoted.source.section}`,
    );
  });

  it("does frame the same quotes, citations and bold answer in Chinese when the language is Chinese", () => {
    const answered = result({
      question: "R1是什么时候发布的",
      answer: "January 20, 2025",
      answerSource: {
        text: "January 20, 2025",
        quote: "It was released on January 20, 2025.",
        source: source("History", "Models"),
      },
      passages,
    });
    const english = askReply(answered, false, "en");
    const chinese = askReply(answered, false, "zh");
    const [en] = english.embeds ?? [];
    const [zh] = chinese.embeds ?? [];
    expect(zh?.title).toBe("R1是什么时候发布的");
    expect(zh?.description).toBe(en?.description);
    expect(zh?.fields).toEqual(en?.fields);
    expect(zh?.footer?.text).toBe(ZH.quotesFooter);
    const labels = (reply: typeof chinese) =>
      (reply.components ?? []).flatMap((row) =>
        row.components.map((b) => ("label" in b ? b.label : undefined)),
      );
    expect(labels(chinese)).toEqual([ZH.showPassages, undefined, undefined]);
    expect(labels(english)).toEqual(["Show passages", undefined, undefined]);
  });

  it("does abstain, name the unknown model and frame disagreements and suggestions in Chinese when the language is Chinese", () => {
    const conflicts = [
      {
        label: "release date",
        values: [
          { value: "February 5, 2024", quote: "q", source: source("Paper", "") },
          { value: "April 2024", quote: "q", source: source("History", "Models") },
        ],
      },
    ];
    const suggestions = [
      { label: "DeepSeek-V3", question: "DeepSeek-V3", source: source("History", "Models") },
    ];
    const abstention = result({ answered: false, conflicts, suggestions });
    const [embed] = askReply(abstention, false, "zh").embeds ?? [];
    expect(embed?.description?.split("\n")).toEqual([
      ZH.notInDocuments,
      "",
      `⚠️ ${ZH.sourcesDiffer("release date")}`,
      "• February 5, 2024 — *Paper*",
      "• April 2024 — *History › Models*",
      "",
      ZH.suggestionsHeading,
      "• DeepSeek-V3 — *History › Models*",
    ]);
    const unknown = result({
      answered: false,
      reason: "unknown-model",
      unknownModel: { name: "R2*", closest: [] },
    });
    const [named] = askReply(unknown, false, "zh").embeds ?? [];
    // The name is the question's own words: escaped as user text in either language.
    expect(named?.description).toBe(ZH.unknownModel("R2\\*"));
    const [empty] = askReply(result({ question: "", answered: false }), false, "zh").embeds ?? [];
    expect(empty?.title).toBe(ZH.emptyQuestion);
  });
});

describe("askToText", () => {
  it("does say what date the documents do give when they give none as precise as asked", () => {
    const lessPrecise = {
      text: "2019",
      quote: "Built 2019",
      source: source("Encyclopedia", "Infra"),
    };
    const text = askToText(result({ answered: false, lessPrecise }), "en");
    expect(text.split("\n")[1]).toBe(
      "Not that precisely in the documents: they give only **2019**.  (Encyclopedia › Infra)",
    );
  });
});
