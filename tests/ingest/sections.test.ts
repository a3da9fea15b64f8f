import { describe, expect, it } from "vitest";
import { cleanLines } from "../../src/ingest/clean.js";
import { detectBlocks } from "../../src/ingest/sections.js";

const blocks = (text: string) =>
  detectBlocks(cleanLines(text)).map((b) => [b.kind, b.line.text, b.section]);

describe("detectBlocks", () => {
  it("does find a short unpunctuated line as a heading when paragraphs are separated by blank lines", () => {
    const text =
      "Intro paragraph that is long enough to be a paragraph.\n\nModels are frequently released, and open source is practiced\n\nOn May 1, 2024, a model came out.";
    expect(blocks(text)).toEqual([
      ["paragraph", "Intro paragraph that is long enough to be a paragraph.", ""],
      [
        "heading",
        "Models are frequently released, and open source is practiced",
        "Models are frequently released, and open source is practiced",
      ],
      [
        "paragraph",
        "On May 1, 2024, a model came out.",
        "Models are frequently released, and open source is practiced",
      ],
    ]);
  });

  it("does not take a sentence that lost its full stop for a heading when it is long", () => {
    const text = "Later, this model became very popular and ushered in a new era\n\nNext.";
    expect(blocks(text)[0]?.[0]).toBe("paragraph");
  });

  it("does read lines under a colon as list items and a Title Case line after them as a heading", () => {
    const text = [
      "MLA achieves:[2][14]",
      "KV-cache reduction to 5-13% of traditional methods",
      "Lower computational cost for long-context processing",
      "Training Methodology",
      "DeepSeek-R1 employs a distinctive training pipeline:[8]",
      "1. Cold Start Phase: Fine-tuning base model",
    ].join("\n");
    expect(blocks(text).map(([kind, , section]) => [kind, section])).toEqual([
      ["paragraph", ""],
      ["item", ""],
      ["item", ""],
      ["heading", "Training Methodology"],
      ["paragraph", "Training Methodology"],
      ["item", "Training Methodology"],
    ]);
  });

  it("does end a list when a line has a full stop", () => {
    const text =
      "It shipped models:\nJanuary 2024: MoE models\nIn December 2024, it released V3. It was big.";
    expect(blocks(text).map(([kind]) => kind)).toEqual(["paragraph", "item", "paragraph"]);
  });

  it("does nest a heading under one with no text of its own", () => {
    const text =
      "Lead sentence.\nHistory\nBackground and Origins (2016–2023)\nThe fund began in 2016.";
    expect(blocks(text).at(-1)?.[2]).toBe("History › Background and Origins (2016–2023)");
  });

  it("does treat bulleted lines as items when they look like headings", () => {
    const text = "Milestones\n\n  • November 2, 2023: Coder\n  • May 2024: V2";
    expect(blocks(text).map(([kind]) => kind)).toEqual(["heading", "item", "item"]);
  });
});
