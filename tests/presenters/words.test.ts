import { describe, expect, it } from "vitest";
import { EN } from "../../src/presenters/words/en.js";
import { replyLanguage, wordsFor } from "../../src/presenters/words/language.js";
import { ZH } from "../../src/presenters/words/zh.js";
import { hasHan } from "../../src/text/script.js";

/** Each entry as text, a function's called with "X" and "Y", and the arguments it takes. */
function texts(words: Record<string, unknown>): { key: string; text: string; takes: string[] }[] {
  return Object.entries(words).map(([key, entry]) =>
    typeof entry === "function"
      ? { key, text: String(entry("X", "Y")), takes: ["X", "Y"].slice(0, entry.length) }
      : { key, text: String(entry), takes: [] },
  );
}

describe("the bot's own words", () => {
  it("does word every Chinese entry in Chinese, with every argument it is given", () => {
    for (const { key, text, takes } of texts(ZH)) {
      expect(hasHan(text), key).toBe(true);
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
});
