import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS, messagePayloadSchema } from "../../src/presenters/discord/limits.js";
import { toMessage } from "../../src/presenters/discord/message.js";

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
        author: { name: long },
      })),
      components: Array.from({ length: 7 }, (_, row) => ({
        type: 1,
        components: [{ type: 2, style: 2, label: "Next", custom_id: `next-${row}` }],
      })),
    });
    expect(messagePayloadSchema.safeParse(message).error).toBeUndefined();
    expect(message.embeds?.length).toBeGreaterThan(0);
    expect(message.components).toHaveLength(DISCORD_LIMITS.components);
    expect(message.embeds?.[0]?.title).toMatch(/^A sentence that goes on\./);
  });

  it("does block every mention and set the ephemeral flag when asked", () => {
    const message = toMessage({ content: "@everyone", ephemeral: true });
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.flags).toBe(64);
  });

  it("does fill an empty field so that Discord accepts it", () => {
    const message = toMessage({ embeds: [{ title: "t", fields: [{ name: "", value: "" }] }] });
    expect(messagePayloadSchema.safeParse(message).success).toBe(true);
  });
});

describe("messagePayloadSchema", () => {
  const valid = { embeds: [{ title: "t" }], allowed_mentions: { parse: [] } };
  const button = (id: string) => ({ type: 2, style: 2, label: "Next", custom_id: id });

  it("does accept a payload when it keeps every limit", () => {
    expect(messagePayloadSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ["mentions parsed", { ...valid, allowed_mentions: { parse: ["everyone"] } }],
    ["no allowed_mentions", { embeds: [{ title: "t" }] }],
    ["a long title", { ...valid, embeds: [{ title: "x".repeat(257) }] }],
    ["26 fields", { ...valid, embeds: [{ fields: Array(26).fill({ name: "n", value: "v" }) }] }],
    [
      "a long field value",
      { ...valid, embeds: [{ fields: [{ name: "n", value: "v".repeat(1025) }] }] },
    ],
    ["11 embeds", { ...valid, embeds: Array(11).fill({ title: "t" }) }],
    [
      "6,001 characters",
      { ...valid, embeds: [{ description: "d".repeat(4096) }, { description: "d".repeat(1905) }] },
    ],
    [
      "a long custom id",
      { ...valid, components: [{ type: 1, components: [button("x".repeat(101))] }] },
    ],
    [
      "a repeated custom id",
      { ...valid, components: [{ type: 1, components: [button("a"), button("a")] }] },
    ],
  ])("does reject a payload when it has %s", (_, payload) => {
    expect(messagePayloadSchema.safeParse(payload).success).toBe(false);
  });
});
