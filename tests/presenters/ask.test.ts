import { describe, expect, it } from "vitest";
import type { AskResult } from "../../src/engine/result.js";
import { askReply } from "../../src/presenters/discord/ask.js";
import { DISCORD_LIMITS } from "../../src/presenters/discord/limits.js";
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
      ).embeds ?? [];
    const field = embed?.fields?.[0];
    expect(field?.name).toBe("[1] History › Models");
    expect(field?.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    expect(field?.value).toContain(`**${sentence}**`);
  });
});
