import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ELLIPSIS, excerpt, truncate } from "../../src/presenters/discord/truncate.js";

const graphemes = (text: string) =>
  [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map(
    (s) => s.segment,
  );

describe("truncate", () => {
  it("does return the text unchanged when it fits", () => {
    expect(truncate("Short.", 10)).toBe("Short.");
  });

  it("does cut at the last sentence end when one is in the second half", () => {
    expect(truncate("First sentence here. Second sentence is longer than the room.", 40)).toBe(
      `First sentence here.${ELLIPSIS}`,
    );
  });

  it("does cut after a Chinese full stop when the text has no spaces", () => {
    expect(truncate("深度求索成立于二零二三年。它发布了许多开源模型和论文", 20)).toBe(
      `深度求索成立于二零二三年。${ELLIPSIS}`,
    );
  });

  it("does end a bold sentence whole when the cut follows it", () => {
    expect(truncate("Intro words. **The answer is here.** More text follows on", 40)).toBe(
      `Intro words. **The answer is here.**${ELLIPSIS}`,
    );
  });

  it("does prefer a line break to a space when no sentence ends in reach", () => {
    expect(truncate("one line of words\nsecond line of words goes on", 30)).toBe(
      `one line of words${ELLIPSIS}`,
    );
  });

  it("does cut at a word boundary when no sentence or line ends in reach", () => {
    expect(truncate("alpha beta gamma delta epsilon", 17)).toBe(`alpha beta gamma${ELLIPSIS}`);
  });

  it("does never split a surrogate pair when cutting inside a long emoji run", () => {
    const cut = truncate("😀".repeat(20), 8);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(cut.isWellFormed()).toBe(true);
  });

  it("does keep flags, skin tones and families whole when it must cut inside a run", () => {
    for (const unit of ["🇫🇷", "👍🏽", "👨‍👩‍👧", "e\u0301"]) {
      const text = unit.repeat(30);
      const cut = truncate(text, 23);
      const kept = cut.slice(0, -ELLIPSIS.length);
      expect(graphemes(kept).every((g) => g === unit)).toBe(true);
    }
  });

  it("does keep every flag whole when it cuts a long run of flags anywhere", () => {
    const flags = "🇫🇷🇩🇪".repeat(40);
    for (let max = 2; max <= 120; max++) {
      const kept = truncate(flags, max).slice(0, -ELLIPSIS.length);
      expect(graphemes(kept).every((g) => g === "🇫🇷" || g === "🇩🇪")).toBe(true);
    }
  });

  it("does read only a bounded prefix of the text whatever its length", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 200, maxLength: 400 }), (text) => {
        const max = 100;
        expect(truncate(text, max)).toBe(truncate(text.slice(0, max + 32), max));
      }),
    );
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
          else if (max > 0) expect(cut.endsWith(ELLIPSIS)).toBe(true);
        },
      ),
    );
  });
});

describe("excerpt", () => {
  const filler = "Words that set the scene go on. ".repeat(20);
  const focus = "**The sentence that answers.**";

  it("does keep the focus in view when it sits past the limit", () => {
    const text = `${filler}${focus} After.`;
    const start = text.indexOf(focus);
    const cut = excerpt(text, start, start + focus.length, 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.startsWith(ELLIPSIS)).toBe(true);
    expect(cut).toContain(focus);
  });

  it("does cut only the end when the focus is early", () => {
    const text = `${focus} ${filler}`;
    expect(excerpt(text, 0, focus.length, 200)).toBe(truncate(text, 200));
  });
});
