import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { fixtureKnowledge } from "../helpers/fixture-knowledge.js";
import { askResultSchema } from "../helpers/schemas.js";

const knowledge = fixtureKnowledge();

/** Inputs people (and attackers) paste into a slash command. */
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom(
    "",
    " ",
    "@everyone @here <@123456789012345678> <@&987654321098765432>",
    "**bold** _it_ `code` ```js\nx\n``` > quote [link](https://example.com)",
    "مرحبا، متى تأسست ديب سيك؟ ‏(RTL)‏",
    "‮txet desrever‬ and ‎marks‏",
    "\u0000\u0001\u0007\u001b[31mred\u001b[0m\r\n\t",
    "👨‍👩‍👧‍👦🏳️‍🌈 when was R1 released? 🚀",
    "\ud800 lone surrogate \udfff",
    "x".repeat(10_000),
    "deepseek ".repeat(2_000),
    "萤火二号".repeat(500),
  ),
);

describe("ask with any input", () => {
  it("does return a valid result and never throws when the question is arbitrary", () => {
    fc.assert(
      fc.property(hostileText, (question) => {
        const result = ask(knowledge, question);
        expect(askResultSchema.safeParse(result).error).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it("does cut a question to a bounded length when it is huge", () => {
    const result = ask(knowledge, `${"Fire-Flyer ".repeat(5_000)}GPUs`);
    expect(result.question.length).toBeLessThanOrEqual(500);
  });
});
