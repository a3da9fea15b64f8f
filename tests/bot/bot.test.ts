import {
  ApplicationCommandOptionType,
  escapeMarkdown,
  InteractionResponseType,
  MessageFlags,
} from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/commands/context.js";
import type { Command } from "../../src/commands/index.js";
import { commands, hasSubcommands } from "../../src/commands/index.js";
import { ask } from "../../src/engine/ask.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { DOCUMENTS_DIR } from "../../src/paths.js";
import { expectVerbatim, rawDocuments } from "../helpers/raw-documents.js";
import { gate, type Harness, startHarness } from "./harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };
const embedsOf = (data: unknown) => ((data as { embeds?: Embed[] }).embeds ?? []) as Embed[];
const textOf = (data: unknown) => JSON.stringify(data);
const isEphemeral = (data: { flags?: number | null } | undefined) =>
  ((data?.flags ?? 0) & MessageFlags.Ephemeral) === MessageFlags.Ephemeral;
/** The texts set in bold (`**…**`) in a piece of Discord markdown, in order. */
const boldIn = (markdown: string | undefined) =>
  [...(markdown ?? "").matchAll(/\*\*(.+?)\*\*/gs)].map((m) => m[1]);

/** /deepseek with the real subcommands plus one more, for behaviour no real command shows. */
function withExtra(name: string, execute: (ctx: CommandContext) => Promise<void>): Command {
  return {
    data: { name: "deepseek", description: "deepseek" },
    subcommands: [
      ...commands.filter(hasSubcommands).flatMap((c) => c.subcommands),
      {
        data: { type: ApplicationCommandOptionType.Subcommand, name, description: name },
        execute,
      },
    ],
  };
}

describe("the bot through discord.js and a fake Discord", () => {
  it("does answer /deepseek ask with the answer and its sentence in bold, sources and no pings, when the documents answer", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const question = "When was DeepSeek-R1 released?";
    const callback = await harness.call(
      discord.chatInputInteraction({ subcommand: "ask", options: { question } }),
    );
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const [embed] = embedsOf(callback.data);
    expect(embed?.fields?.[0]?.name).toMatch(/^\[1\] DeepSeek/);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(callback.data?.flags ?? 0).toBe(0);

    const expected = ask(loadKnowledge(), question);
    const raw = rawDocuments(DOCUMENTS_DIR);
    // The description leads with the direct answer in bold: this question's, cut from its document.
    const answer = expected.answerSource;
    expect(answer?.text).toBe("January 20, 2025");
    expect(boldIn(embed?.description)[0]).toBe(escapeMarkdown(answer?.text ?? ""));
    const { doc, start, end } = answer?.source ?? { doc: "", start: 0, end: 0 };
    expect(raw.get(doc)?.slice(start, end)).toContain(answer?.text);
    // The first source shows its answering sentence in bold, that sentence verbatim.
    const sentence = expected.passages[0]?.highlight;
    expect(sentence?.text).toContain("R1");
    expect(boldIn(embed?.fields?.[0]?.value)).toEqual([escapeMarkdown(sentence?.text ?? "")]);
    const source = expected.passages[0]?.source.doc ?? "";
    if (sentence) expectVerbatim(raw, sentence.text, { ...sentence, doc: source });
  });

  it("does reply privately when private is true", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const callback = await harness.call(
      discord.chatInputInteraction({
        subcommand: "ask",
        options: { question: "What is MLA?", private: true },
      }),
    );
    expect(isEphemeral(callback.data)).toBe(true);
  });

  it("does ping nobody and answer the question when it carries @everyone and a user mention", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const question = "@everyone <@123456789012345678> when was DeepSeek-R1 released?";
    const callback = await harness.call(
      discord.chatInputInteraction({ subcommand: "ask", options: { question } }),
    );
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    const [embed] = embedsOf(callback.data);
    expect(embed?.title).toBe("when was DeepSeek-R1 released?");
    expect(embed?.description).toContain("**January 20, 2025**");
  });

  it("does say the documents lack an answer when they do", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const callback = await harness.call(
      discord.chatInputInteraction({
        subcommand: "ask",
        options: { question: "What is the capital of France?" },
      }),
    );
    expect(embedsOf(callback.data)[0]?.description).toContain("Not in the documents");
  });

  it("does name the missing model and the closest ones when asked about a model the documents lack", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const callback = await harness.call(
      discord.chatInputInteraction({
        subcommand: "ask",
        options: { question: "wen did deepseek coder v3 drop [free](https://evil.example)" },
      }),
    );
    const description = embedsOf(callback.data)[0]?.description ?? "";
    expect(description).toContain("Not in the documents");
    expect(description).toMatch(/no model called .*coder v3/);
    expect(description).toContain("DeepSeek Coder");
    // The name is shown as its words only: nothing the user typed around them is echoed.
    expect(description).not.toContain("evil.example");
    expect(description).not.toContain("](");
  });

  it("does give each part of a two-part question its own bold answer and source", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const question = "who founded deepseek and when";
    const callback = await harness.call(
      discord.chatInputInteraction({ subcommand: "ask", options: { question } }),
    );
    const description = embedsOf(callback.data)[0]?.description ?? "";
    const expected = ask(loadKnowledge(), question);
    const answers = expected.parts?.map((p) => p.answer?.text) ?? [];
    expect(answers).toHaveLength(2);
    expect(boldIn(description)).toEqual(answers.map((a) => escapeMarkdown(a ?? "")));
  });

  it("does show a model card with cited facts and disagreements", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const callback = await harness.call(
      discord.chatInputInteraction({ subcommand: "model", options: { name: "deepseekmath" } }),
    );
    const [embed] = embedsOf(callback.data);
    expect(embed?.title).toBe("DeepSeekMath");
    const released = embed?.fields?.find((f) => f.name.startsWith("Release date"));
    expect(released?.name).toMatch(/sources differ/);
    expect(released?.value).toContain("February 5, 2024");
    expect(released?.value).toContain("April 2024");
  });

  it("does suggest names privately when the model is unknown", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const callback = await harness.call(
      discord.chatInputInteraction({ subcommand: "model", options: { name: "v4" } }),
    );
    expect(isEphemeral(callback.data)).toBe(true);
    expect(embedsOf(callback.data)[0]?.description).toMatch(/Did you mean: .*DeepSeek-V3/);
  });

  it("does offer at most 25 catalog names when the user types a model name", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const all = await harness.call(
      discord.autocompleteInteraction({ subcommand: "model", focused: "name", value: "" }),
    );
    const some = await harness.call(
      discord.autocompleteInteraction({ subcommand: "model", focused: "name", value: "v3" }),
    );
    expect(all.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const names = (data: unknown) =>
      (data as { choices: { name: string }[] }).choices.map((c) => c.name);
    expect(names(all.data).length).toBeGreaterThan(15);
    expect(names(some.data)).toEqual(["DeepSeek-V3", "DeepSeek-V3.2-Exp"]);
  });

  it("does page the timeline for the asker and refuse others privately", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const asker = discord.makeUser({ id: "111111111111111111", username: "asker" });
    const other = discord.makeUser({ id: "222222222222222222", username: "other" });
    const first = await harness.call(
      discord.chatInputInteraction({
        user: asker,
        subcommand: "timeline",
        options: { from: "2024" },
      }),
    );
    const buttons =
      (
        first.data as {
          components: { components: { custom_id: string; label: string; disabled?: boolean }[] }[];
        }
      ).components[0]?.components ?? [];
    const next = buttons.find((b) => b.label === "Next");
    expect(next?.disabled).toBe(false);
    expect(embedsOf(first.data)[0]?.fields?.length).toBe(6);

    const paged = await harness.call(
      discord.buttonInteraction({ user: asker, customId: next?.custom_id ?? "" }),
    );
    expect(paged.type).toBe(InteractionResponseType.UpdateMessage);
    expect(textOf(paged.data)).toMatch(/Page 2\//);

    const refused = await harness.call(
      discord.buttonInteraction({ user: other, customId: next?.custom_id ?? "" }),
    );
    expect(refused.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(refused.data)).toBe(true);
    expect(refused.data?.content).toMatch(/Only the person who asked/);
  });

  it("does explain a bad date privately when the timeline filter is garbage", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const callback = await harness.call(
      discord.chatInputInteraction({ subcommand: "timeline", options: { from: "2024-13" } }),
    );
    expect(callback.data?.content).toMatch(/^timeline: from must be a date/);
    expect(isEphemeral(callback.data)).toBe(true);
  });

  it("does throttle one user with a private note but not another user", async () => {
    harness = await startHarness({ cooldown: { uses: 2, windowMs: 60_000 } });
    const { discord } = harness;
    const busy = discord.makeUser({ id: "333333333333333333", username: "busy" });
    const calm = discord.makeUser({ id: "444444444444444444", username: "calm" });
    const ask = (user: typeof busy) =>
      harness?.call(
        discord.chatInputInteraction({
          user,
          subcommand: "ask",
          options: { question: "What is MLA?" },
        }),
      );
    await ask(busy);
    await ask(busy);
    const third = await ask(busy);
    expect(third?.data?.content).toMatch(/please wait \d+ s/);
    expect(isEphemeral(third?.data)).toBe(true);
    const other = await ask(calm);
    expect(embedsOf(other?.data)[0]?.title).toBe("What is MLA?");
  });

  it("does turn a handler's error into a private reply with an error id and keep running", async () => {
    const broken = withExtra("boom", async () => {
      throw new Error("kaboom with secret details");
    });
    harness = await startHarness({ commands: [broken] });
    const { discord } = harness;
    const failed = await harness.call(discord.chatInputInteraction({ subcommand: "boom" }));
    expect(failed.data?.content).toMatch(
      /Something went wrong on our side \(error id `[0-9a-f]{8}`\)/,
    );
    expect(failed.data?.content).not.toContain("kaboom");
    expect(isEphemeral(failed.data)).toBe(true);
    const after = await harness.call(
      discord.chatInputInteraction({ subcommand: "ask", options: { question: "What is MLA?" } }),
    );
    expect(embedsOf(after.data)[0]?.title).toBe("What is MLA?");
  });

  it("does follow up privately with the error id when a handler throws after answering", async () => {
    const late = withExtra("late", async (ctx) => {
      await ctx.reply({ content: "Half an answer." });
      throw new Error("failed after answering");
    });
    harness = await startHarness({ commands: [late] });
    const { discord } = harness;
    const interaction = discord.chatInputInteraction({ subcommand: "late" });
    const answered = await harness.call(interaction);
    expect(answered.data?.content).toBe("Half an answer.");
    const followUp = await discord.waitForRequest({
      method: "POST",
      path: `/webhooks/${discord.applicationId}/${interaction.token}`,
    });
    const body = followUp.body as { content: string; flags?: number };
    expect(body.content).toMatch(/error id `[0-9a-f]{8}`/);
    expect(isEphemeral(body)).toBe(true);
  });

  it("does defer privately and then edit in the answer when a handler is slow", async () => {
    const held = gate();
    const slow = withExtra("slow", async (ctx) => {
      await held.opened;
      await ctx.reply({ content: "Done at last." });
    });
    harness = await startHarness({ commands: [slow], deferAfterMs: 1 });
    const { discord } = harness;
    const interaction = discord.chatInputInteraction({
      subcommand: "slow",
      options: { private: true },
    });
    const deferred = await harness.call(interaction);
    expect(deferred.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(isEphemeral(deferred.data)).toBe(true);
    held.open();
    const edit = await discord.waitForRequest({
      method: "PATCH",
      path: `/webhooks/${discord.applicationId}/${interaction.token}/messages/@original`,
    });
    expect(edit.body).toMatchObject({ content: "Done at last.", allowed_mentions: { parse: [] } });
  });

  it("does finish the interaction in flight and take no new one when the bot stops", async () => {
    const held = gate();
    const started = gate();
    const slow = withExtra("slow", async (ctx) => {
      started.open();
      await held.opened;
      await ctx.reply({ content: "Finished before shutdown." });
    });
    harness = await startHarness({ commands: [slow] });
    const { discord, bot } = harness;
    const inFlight = discord.chatInputInteraction({ subcommand: "slow" });
    discord.sendInteraction(inFlight);
    await started.opened;
    const stopping = bot.stop();
    const tooLate = discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "What is MLA?" },
    });
    discord.sendInteraction(tooLate);
    held.open();
    await stopping;
    expect((await discord.waitForCallback(inFlight.id)).data?.content).toBe(
      "Finished before shutdown.",
    );
    expect(discord.callbacks.some((c) => c.interactionId === tooLate.id)).toBe(false);
  });

  it("does resume after the gateway closes with 4000 and answer what was sent meanwhile", async () => {
    harness = await startHarness();
    const { discord } = harness;
    await discord.closeGateway(4000);
    const during = discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "When was DeepSeek incorporated?" },
    });
    expect(discord.sendInteraction(during).delivered).toBe(false); // queued: the gateway is down
    const callback = await discord.waitForCallback(during.id);
    expect(embedsOf(callback.data)[0]?.description).toContain("July 17, 2023");
    expect(discord.gatewayReceived.filter((f) => f.op === 2)).toHaveLength(1); // no second IDENTIFY
    expect(discord.gatewayReceived.some((f) => f.op === 6)).toBe(true); // RESUME
  });
});
