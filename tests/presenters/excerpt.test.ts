import { describe, expect, it } from "vitest";
import { passageExcerpt } from "../../src/presenters/excerpt.js";

const passage = (sentences: string[], best: number) => {
  const text = sentences.join(" ");
  const sentence = sentences[best] as string;
  return { text, highlight: { text: sentence, start: 0, end: sentence.length } };
};

/** The passage's own words between the cut marks. */
const pieces = (excerpt: string) => excerpt.split("…").filter((p) => p !== "");

describe("passageExcerpt", () => {
  it("does return the whole passage, unmarked, when it fits", () => {
    const p = passage(["DeepSeek was founded in 2023.", "It is based in Hangzhou."], 0);
    expect(passageExcerpt(p, 300)).toEqual({ text: p.text, focus: { start: 0, end: 29 } });
  });

  it("does keep the best sentence and whole sentences around it when the passage is long", () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Filler sentence number ${i} says little.`);
    const best = "Founded in 2023 by Liang Wenfeng, it grew fast.";
    const p = passage([...filler.slice(0, 6), best, ...filler.slice(6)], 6);
    const { text, focus } = passageExcerpt(p, 160);
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(focus && text.slice(focus.start, focus.end)).toBe(best);
    // Cut at sentence boundaries: every piece is whole sentences of the passage.
    for (const piece of pieces(text)) {
      expect(p.text).toContain(piece);
      expect(piece).toMatch(/^Filler|^Founded/);
      expect(piece).toMatch(/\.$/);
    }
    // Context on both sides of the best sentence.
    expect(text.indexOf(best)).toBeGreaterThan(1);
    expect(text.indexOf(best) + best.length).toBeLessThan(text.length - 1);
  });

  it("does cut a best sentence longer than the room at a word, marking the cut", () => {
    const best = `It was released ${"after a very long and winding road ".repeat(12)}in 2025.`;
    const p = passage(["A first sentence.", best, "A last one."], 1);
    const { text, focus } = passageExcerpt(p, 120);
    expect(text.length).toBeLessThanOrEqual(120);
    expect(text).toMatch(/^…It was released after/);
    expect(text.endsWith("…")).toBe(true);
    expect(focus?.start).toBe(1);
    expect(focus && text.slice(focus.start, focus.end)).toMatch(/^It was released .*\S$/);
    for (const piece of pieces(text)) expect(p.text).toContain(piece);
  });

  it("does start at the passage's beginning when there is no best sentence", () => {
    const p = {
      text: "One sentence here. Two sentences here. Three sentences here.",
      highlight: null,
    };
    expect(passageExcerpt(p, 45).text).toBe("One sentence here. Two sentences here.…");
  });
});
