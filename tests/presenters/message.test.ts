import { describe, expect, it } from "vitest";
import { toMessage } from "../../src/presenters/discord/message.js";
import { discordMessageSchema } from "../helpers/discord-limits.js";

describe("toMessage", () => {
  it("does fit every Discord limit when the reply is far too big", () => {
    const long = "A sentence that goes on. ".repeat(400);
    const message = toMessage({
      content: long,
      embeds: Array.from({ length: 12 }, () => ({
        title: long,
        description: long,
        fields: Array.from({ length: 30 }, () => ({ name: long, value: long })),
        footer: { text: long },
      })),
    });
    expect(discordMessageSchema.safeParse(message).error).toBeUndefined();
    expect(message.embeds?.length).toBeGreaterThan(0);
    expect(message.embeds?.[0]?.title).toMatch(/^A sentence that goes on\./);
  });

  it("does block every mention and set the ephemeral flag when asked", () => {
    const message = toMessage({ content: "@everyone", ephemeral: true });
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.flags).toBe(64);
  });
});
