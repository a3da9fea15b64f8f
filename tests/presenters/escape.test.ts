import { escapeMarkdown } from "discord.js";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { askReply } from "../../src/presenters/discord/ask.js";
import { escapeMarkdownCached, rememberEscapes } from "../../src/presenters/discord/escape.js";
import { fixtureKnowledge } from "../helpers/fixture-knowledge.js";

/** escapeMarkdown, counting how often it really runs. */
function countingEscape() {
  const calls: string[] = [];
  const counted = (text: string) => {
    calls.push(text);
    return escapeMarkdown(text);
  };
  return { calls, counted };
}

describe("escapeMarkdownCached", () => {
  it("does escape exactly as discord.js does when the text is full of markdown", () => {
    const text = "MoE *experts*, `code`, __bold__ and ~~strike~~ > quote # heading";
    expect(escapeMarkdownCached(text)).toBe(escapeMarkdown(text));
    expect(escapeMarkdownCached(text)).toBe(escapeMarkdown(text));
  });

  it("does remember the passages an answer quotes when the same answer is asked again", () => {
    const result = ask(fixtureKnowledge(), "Which hedge fund is Huanfang?");
    expect(result.passages.length).toBeGreaterThan(0);
    const before = escapeMarkdownCached.remembered;
    const first = askReply(result, false, "en");
    const held = escapeMarkdownCached.remembered;
    expect(held).toBeGreaterThan(before);
    expect(askReply(result, false, "en")).toEqual(first);
    expect(escapeMarkdownCached.remembered).toBe(held);
  });
});

describe("rememberEscapes", () => {
  it("does escape a text once when the same text comes again", () => {
    const { calls, counted } = countingEscape();
    const escaper = rememberEscapes(counted, 10);
    expect(escaper("a *b*")).toBe("a \\*b\\*");
    expect(escaper("a *b*")).toBe("a \\*b\\*");
    expect(escaper("_c_")).toBe("\\_c\\_");
    expect(calls).toEqual(["a *b*", "_c_"]);
    expect(escaper.remembered).toBe(2);
  });

  it("does start over, still escaping right, when more distinct texts come than it keeps", () => {
    const { calls, counted } = countingEscape();
    const escaper = rememberEscapes(counted, 3);
    for (const text of ["*1*", "*2*", "*3*"]) escaper(text);
    expect(escaper.remembered).toBe(3);
    expect(escaper("*4*")).toBe("\\*4\\*");
    expect(escaper.remembered).toBe(1);
    expect(escaper("*1*")).toBe("\\*1\\*");
    expect(calls).toEqual(["*1*", "*2*", "*3*", "*4*", "*1*"]);
  });
});
