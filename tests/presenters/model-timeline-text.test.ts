import { describe, expect, it } from "vitest";
import { compareModels, lookupModel } from "../../src/engine/model.js";
import { queryTimeline } from "../../src/engine/timeline.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { comparisonToText, modelToText } from "../../src/presenters/text/model.js";
import { timelineToText } from "../../src/presenters/text/timeline.js";
import { ZH } from "../../src/presenters/words/zh.js";
import { hasHan } from "../../src/text/script.js";

const knowledge = loadKnowledge();

/** A text card's lines with the label before the first ": " cut off: the values and sources. */
const valuesOf = (text: string) =>
  text
    .split("\n")
    .slice(1)
    .filter((line) => /[:：] /.test(line) && !/^(Showing|Also|显示|又名)/.test(line))
    .map((line) => line.slice(line.indexOf(": ") + 2));

describe("model and timeline as text, in the reply's language", () => {
  it("does label the R1 text card in Chinese around its English values when the language is zh", () => {
    const lookup = lookupModel(knowledge, "r1");
    const zh = modelToText(lookup, "zh");
    const en = modelToText(lookup, "en");
    expect(zh).toContain("显示 DeepSeek-R1（对应“r1”）");
    expect(zh).toMatch(/^发布日期: January 20, 2025 \(/m);
    expect(en).toMatch(/^release date: January 20, 2025 \(/m);
    expect(en).toContain('Showing DeepSeek-R1 (for "r1")');
    expect(hasHan(en)).toBe(false);
    expect(valuesOf(zh)).toEqual(valuesOf(en));
    expect(valuesOf(zh).length).toBeGreaterThan(3);
  });

  it("does say in Chinese that a name typed in Chinese characters names no model", () => {
    expect(modelToText(lookupModel(knowledge, "深度求索R9"), "zh")).toBe(
      "文档中没有名为“深度求索R9”的模型。",
    );
  });

  it("does head a zh comparison in Chinese and keep both models' English values", () => {
    const comparison = compareModels(knowledge, "v3", "r1");
    const zh = comparisonToText(comparison, "zh");
    const en = comparisonToText(comparison, "en");
    expect(zh.split("\n")[0]).toBe("**DeepSeek-V3 与 DeepSeek-R1 对比**");
    expect(zh.split("\n")[1]).toBe("发布日期:");
    expect(en.split("\n")[0]).toBe("**DeepSeek-V3 vs DeepSeek-R1**");
    const rows = (text: string) => text.split("\n").filter((l) => l.startsWith("  DeepSeek-"));
    const unmarked = (text: string) =>
      rows(text).map((l) => l.replace(/ \((sources differ|各来源说法不一)\)/, ""));
    expect(unmarked(zh)).toEqual(unmarked(en));
  });

  it("does file each event under a Chinese category in a zh text timeline, the events in English", () => {
    const result = queryTimeline(knowledge, { from: "2024" });
    const zh = timelineToText(result, "zh");
    const en = timelineToText(result, "en");
    const categories = (text: string) =>
      [...text.matchAll(/^\S+ \[([^\]]+)\] /gm)].map((m) => m[1] ?? "");
    expect(categories(zh).length).toBeGreaterThan(6);
    for (const category of categories(zh))
      expect(Object.values(ZH.eventCategories)).toContain(category);
    const uncategorized = (text: string) => text.replace(/^(\S+) \[[^\]]+\] /gm, "$1 ");
    expect(uncategorized(zh)).toBe(uncategorized(en));
    expect(hasHan(en)).toBe(false);
  });

  it("does say in Chinese that no dated events match, for a zh text timeline", () => {
    const result = queryTimeline(knowledge, { from: "1990", to: "1991" });
    expect(timelineToText(result, "zh")).toBe(ZH.textNoEvents);
    expect(timelineToText(result, "en")).toBe("No dated events match.");
  });
});
