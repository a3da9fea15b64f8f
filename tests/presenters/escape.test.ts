import { escapeMarkdown } from "discord.js";
import { describe, expect, it } from "vitest";
import { escapeQuote } from "../../src/presenters/discord/escape.js";

describe("escapeQuote", () => {
  it("does escape as discord.js does when the same text comes again", () => {
    const text = "MoE *experts*, `code`, __bold__ and ~~strike~~ > quote # heading";
    expect(escapeQuote(text)).toBe(escapeMarkdown(text));
    expect(escapeQuote(text)).toBe(escapeMarkdown(text));
  });

  it("does give each text its own escape when many distinct texts pass through", () => {
    for (let i = 0; i < 10_000; i++) {
      const text = `passage ${i} with *stars* and _under_${"`".repeat(i % 3)}`;
      expect(escapeQuote(text)).toBe(escapeMarkdown(text));
    }
  });
});
