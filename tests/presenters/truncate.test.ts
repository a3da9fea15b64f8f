import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ELLIPSIS, truncate } from "../../src/presenters/discord/truncate.js";

describe("truncate", () => {
  it("does return the text unchanged when it fits", () => {
    expect(truncate("Short.", 10)).toBe("Short.");
  });

  it("does cut at the last sentence end when one is in the second half", () => {
    expect(truncate("First sentence here. Second sentence is longer than the room.", 40)).toBe(
      `First sentence here.${ELLIPSIS}`,
    );
  });

  it("does cut at a word boundary when no sentence ends in reach", () => {
    expect(truncate("alpha beta gamma delta epsilon", 17)).toBe(`alpha beta gamma${ELLIPSIS}`);
  });

  it("does never split a surrogate pair when cutting inside a long emoji run", () => {
    const cut = truncate("😀".repeat(20), 8);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(cut.isWellFormed()).toBe(true);
  });

  it("does stay within the limit and well formed for any text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.integer({ min: 0, max: 200 }),
        (text, max) => {
          const cut = truncate(text, max);
          expect(cut.length).toBeLessThanOrEqual(Math.max(max, 0));
          if (text.isWellFormed()) expect(cut.isWellFormed()).toBe(true);
          if (text.length <= max) expect(cut).toBe(text);
        },
      ),
    );
  });
});
