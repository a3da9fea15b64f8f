import { describe, expect, it } from "vitest";
import { withoutMentions } from "../../src/commands/mentions.js";

describe("withoutMentions", () => {
  it("does drop every kind of mention when a question carries them", () => {
    expect(
      withoutMentions(
        "@everyone @here <@123456789012345678> <@!123456789012345678> <@&123456789012345678> <#123456789012345678> what is MLA?",
      ),
    ).toBe("what is MLA?");
  });

  it("does keep an e-mail address and other @ words when they are not mentions", () => {
    expect(withoutMentions("is press@deepseek.com the contact? @everyoneelse")).toBe(
      "is press@deepseek.com the contact? @everyoneelse",
    );
  });
});
