import type { APIEmbed, APIMessage } from "discord.js";
import { InteractionResponseType, MessageFlags } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { citation } from "../../src/presenters/cite.js";
import { embedCharacters } from "../../src/presenters/discord/limits.js";
import { askThrough, type Harness, startHarness } from "./harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

type Button = { custom_id: string; label?: string; emoji?: { name: string } };
const buttonsOf = (message: APIMessage | undefined) =>
  (message?.components ?? []).flatMap((row) =>
    "components" in row ? (row.components as unknown as Button[]) : [],
  );
const isEphemeral = (data: { flags?: number | null } | undefined) =>
  ((data?.flags ?? 0) & MessageFlags.Ephemeral) === MessageFlags.Ephemeral;
const embedsOf = (data: unknown) => ((data as { embeds?: APIEmbed[] }).embeds ?? []) as APIEmbed[];

const press = (h: Harness, message: APIMessage, button: Button | undefined, user?: string) =>
  h.call(
    h.discord.buttonInteraction({
      customId: button?.custom_id ?? "",
      message,
      user: user ? h.discord.makeUser({ id: user, username: "reader" }) : undefined,
    }),
  );

describe("ask replies, through discord.js and a fake Discord", () => {
  it("does answer in at most 1,200 characters with the answer and three cited excerpts, and Show passages gives them whole, privately, even after a restart", async () => {
    harness = await startHarness();
    const question = "who founded deepseek?";
    const answer = await askThrough(harness, question);
    const [embed] = answer.embeds;
    expect(embedCharacters(embed ?? {})).toBeLessThanOrEqual(1200);
    expect(embed?.description).toMatch(/^\*\*Liang Wenfeng\*\*\n— \*/);
    const expected = ask(loadKnowledge(), question).passages;
    expect(embed?.fields).toHaveLength(3);
    for (const field of embed?.fields ?? []) {
      expect(field.name).toMatch(/^\[\d\] DeepSeek/);
      expect(field.value.length).toBeLessThanOrEqual(300 + 4);
      expect(field.value).toMatch(/\*\*.+\*\*/);
    }
    const show = buttonsOf(answer).find((b) => b.label === "Show passages");
    expect(buttonsOf(answer).map((b) => b.emoji?.name ?? b.label)).toEqual([
      "Show passages",
      "👍",
      "👎",
    ]);

    // A new process: nothing remembered, the button still shows the passages, to the presser alone.
    await harness.stop();
    harness = await startHarness();
    const shown = await press(harness, answer, show, "777777777777777777");
    expect(shown.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(shown.data)).toBe(true);
    const full = embedsOf(shown.data);
    expect(full.map((e) => e.title)).toEqual(
      expected.map((p, i) => `[${i + 1}] ${citation(p.source)}`),
    );
    // Whole passages, as the documents word them (Markdown escaped).
    const asWritten = (text: string) => text.replace(/\\([^\s\w])/g, "$1");
    expect(full.map((e) => asWritten(e.description ?? ""))).toEqual(expected.map((p) => p.text));
  });

  it("does offer things the documents cover as buttons and give no answer when they do not answer, and a suggestion asks privately", async () => {
    harness = await startHarness();
    const abstention = await askThrough(harness, "how many params does r1 lite have");
    const [embed] = abstention.embeds;
    expect(embed?.description).toMatch(/^\*\*Not in the documents\.\*\*/);
    expect(embed?.description?.match(/\*\*/g)).toHaveLength(2);
    expect(embed?.fields ?? []).toEqual([]);
    const offers = buttonsOf(abstention).filter((b) => b.custom_id.startsWith("ask|"));
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.length).toBeLessThanOrEqual(3);
    expect(offers[0]?.label).toBe("DeepSeek-R1-Lite");
    for (const offer of offers) expect(embed?.description).toContain(offer.label);

    const asked = await press(harness, abstention, offers[0]);
    expect(isEphemeral(asked.data)).toBe(true);
    const [reply] = embedsOf(asked.data);
    expect(reply?.title).toBe("DeepSeek-R1-Lite");
    expect(reply?.fields?.length).toBeGreaterThan(0);
    expect(reply?.description ?? "").not.toMatch(/Not in the documents/);
  });

  it("does give the message command the same short reply and a working Show passages button", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const interaction = discord.messageCommandInteraction({
      message: { content: "who founded deepseek?" },
    });
    await harness.call(interaction);
    const message = discord.originalMessage(interaction.id);
    if (!message) throw new Error("no answer message");
    const slash = await askThrough(harness, "who founded deepseek?");
    expect(message.embeds).toEqual(slash.embeds);
    expect(buttonsOf(message)).toEqual(buttonsOf(slash));
    const show = buttonsOf(message).find((b) => b.label === "Show passages");
    const shown = await press(harness, message, show);
    expect(isEphemeral(shown.data)).toBe(true);
    expect(embedsOf(shown.data)).toHaveLength(3);
  });
});
