import { describe, expect, it } from "vitest";
import { modelById } from "../../src/engine/model.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { EN } from "../../src/presenters/words/en.js";
import { replyLanguage, wordsFor } from "../../src/presenters/words/language.js";
import { ZH } from "../../src/presenters/words/zh.js";
import { hasHan } from "../../src/text/script.js";

const ARGUMENTS = ["X", "Y", "Z"];

/**
 * Each entry as text, a function's called with "X", "Y" and "Z", and the arguments it takes; a
 * table's entries (fact labels, event categories) each as one, keyed "table.entry".
 */
function texts(words: Record<string, unknown>): { key: string; text: string; takes: string[] }[] {
  return Object.entries(words).flatMap(([key, entry]) =>
    typeof entry === "function"
      ? [{ key, text: String(entry(...ARGUMENTS)), takes: ARGUMENTS.slice(0, entry.length) }]
      : typeof entry === "object" && entry !== null
        ? Object.entries(entry).map(([name, text]) => ({
            key: `${key}.${name}`,
            text: String(text),
            takes: [],
          }))
        : [{ key, text: String(entry), takes: [] }],
  );
}

describe("the bot's own words", () => {
  it("does word every Chinese entry in Chinese, with every argument it is given", () => {
    for (const { key, text, takes } of texts(ZH)) {
      // A separator is Chinese punctuation alone: full-width, no word in it.
      expect(hasHan(text) || /^[\u3000-\u303f\uff00-\uffef]+$/.test(text), key).toBe(true);
      for (const argument of takes) expect(text, key).toContain(argument);
    }
  });

  it("does word no English entry in Chinese", () => {
    for (const { key, text } of texts(EN)) expect(hasHan(text), key).toBe(false);
  });

  it("does frame in Chinese when the question holds Chinese or the client is zh-*, else in English", () => {
    expect(replyLanguage(undefined, "R1是什么时候发布的")).toBe("zh");
    expect(replyLanguage("en-US", "深度求索")).toBe("zh");
    expect(replyLanguage("zh-CN", "when was R1 released?")).toBe("zh");
    expect(replyLanguage("zh-TW")).toBe("zh");
    expect(replyLanguage("en-US", "when was R1 released?")).toBe("en");
    expect(replyLanguage("ja", "when was R1 released?")).toBe("en");
    expect(replyLanguage(undefined)).toBe("en");
    expect(wordsFor("zh")).toBe(ZH);
    expect(wordsFor("en")).toBe(EN);
  });

  it("does have a Chinese label for every kind of fact any model card in the corpus shows", () => {
    const knowledge = loadKnowledge();
    const labels = new Set(
      knowledge.catalog.models.flatMap((m) => modelById(knowledge, m.id).card.map((l) => l.label)),
    );
    expect(labels.size).toBeGreaterThan(5);
    for (const label of labels) expect(ZH.factLabels[label], label).toMatch(/\p{Script=Han}/u);
  });
});
