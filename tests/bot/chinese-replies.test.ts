import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIEmbed, APIMessage } from "discord.js";
import { ApplicationCommandOptionType, Locale } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { type Command, commands, hasSubcommands } from "../../src/commands/index.js";
import { ask } from "../../src/engine/ask.js";
import { openSqliteStore } from "../../src/feedback/sqlite.js";
import type { FeedbackStore } from "../../src/feedback/store.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { askReply } from "../../src/presenters/discord/ask.js";
import { voteCustomId } from "../../src/presenters/discord/feedback.js";
import { toMessage } from "../../src/presenters/discord/message.js";
import { EN } from "../../src/presenters/words/en.js";
import { ZH } from "../../src/presenters/words/zh.js";
import { hasHan } from "../../src/text/script.js";
import { askThrough, type Harness, startHarness } from "./harness.js";

let harness: Harness | undefined;
const stores: FeedbackStore[] = [];
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
  for (const store of stores.splice(0)) store.close();
});

const knowledge = loadKnowledge();

type Button = { custom_id: string; label?: string; emoji?: { name: string } };
const buttonsOf = (message: { components?: unknown[] } | undefined) =>
  ((message?.components ?? []) as { components?: Button[] }[]).flatMap(
    (row) => row.components ?? [],
  );
const labelsOf = (message: { components?: unknown[] } | undefined) =>
  buttonsOf(message).map((b) => b.label ?? b.emoji?.name);
const embedsOf = (data: unknown) => ((data as { embeds?: APIEmbed[] }).embeds ?? []) as APIEmbed[];

/** Presses the button labelled `label` as a user of a client in `locale`. */
function press(h: Harness, message: APIMessage, customId: string, locale: Locale) {
  const user = h.discord.makeUser({ id: "777777777777777777", username: "reader" });
  return h.call(h.discord.buttonInteraction({ customId, message, user, locale }));
}

const showPassagesOf = (message: APIMessage) =>
  buttonsOf(message).find((b) => b.custom_id.startsWith("passages|"))?.custom_id ?? "";

/** The same question's fields as an English reply shows them: the quotes, verbatim. */
const englishFields = (question: string) =>
  toMessage(askReply(ask(knowledge, question), false, "en")).embeds?.[0]?.fields;

describe("replies to Chinese questions and Chinese clients, through discord.js and a fake Discord", () => {
  it("does frame a Chinese question's answer in Chinese around the English bold answer and quotes", async () => {
    harness = await startHarness();
    const question = "R1是什么时候发布的";
    const answer = await askThrough(harness, question);
    const [embed] = answer.embeds;
    expect(embed?.title).toBe(question);
    expect(embed?.description).toMatch(/^\*\*January 20, 2025\*\*\n— \*DeepSeek/);
    expect(embed?.fields?.length).toBeGreaterThan(0);
    expect(embed?.fields).toEqual(englishFields(question));
    expect(embed?.footer?.text).toBe(ZH.quotesFooter);
    expect(labelsOf(answer)).toEqual([ZH.showPassages, "👍", "👎"]);
  });

  it("does frame an English question's answer in Chinese when the client's locale is zh-CN", async () => {
    harness = await startHarness();
    const question = "When was DeepSeek-R1 released?";
    const chinese = await askThrough(harness, question, Locale.ChineseCN);
    const english = await askThrough(harness, question, Locale.EnglishUS);
    const [zh] = chinese.embeds;
    const [en] = english.embeds;
    expect(zh?.title).toBe(question);
    expect(zh?.description).toBe(en?.description);
    expect(zh?.fields).toEqual(en?.fields);
    expect(zh?.footer?.text).toBe(ZH.quotesFooter);
    expect(labelsOf(chinese)).toEqual([ZH.showPassages, "👍", "👎"]);
  });

  it("does keep an English question's answer in English when the client's locale is en-US", async () => {
    harness = await startHarness();
    const answer = await askThrough(harness, "When was DeepSeek-R1 released?", Locale.EnglishUS);
    const [embed] = answer.embeds;
    expect(embed?.footer?.text).toBe(EN.quotesFooter);
    expect(labelsOf(answer)).toEqual([EN.showPassages, "👍", "👎"]);
    const framing = [embed?.title, embed?.description, embed?.footer?.text, ...labelsOf(answer)];
    expect(hasHan(framing.join("\n"))).toBe(false);
  });

  it("does say in Chinese that the documents do not answer a Chinese question, and offer English suggestions", async () => {
    harness = await startHarness();
    const abstention = await askThrough(harness, "深度求索的总部在哪个城市，员工食堂好吃吗");
    const [embed] = abstention.embeds;
    expect(embed?.description?.startsWith(ZH.notInDocuments)).toBe(true);
    expect(embed?.description).not.toContain("Not in the documents");
    expect(embed?.fields ?? []).toEqual([]);
    const offers = buttonsOf(abstention).filter((b) => b.custom_id.startsWith("ask|"));
    expect(offers.length).toBeGreaterThan(0);
    expect(embed?.description).toContain(ZH.suggestionsHeading);
    // The suggestions are the documents' own headings and names: English, as they are written.
    for (const offer of offers) expect(hasHan(offer.label ?? "")).toBe(false);

    // A suggestion answers in the presser's language.
    const [offer] = offers;
    const zh = await press(harness, abstention, offer?.custom_id ?? "", Locale.ChineseCN);
    const en = await press(harness, abstention, offer?.custom_id ?? "", Locale.EnglishUS);
    expect(embedsOf(zh.data)[0]?.footer?.text).toBe(ZH.quotesFooter);
    expect(embedsOf(en.data)[0]?.footer?.text).toBe(EN.quotesFooter);
  });

  it("does name the unknown model in a Chinese sentence when a Chinese question asks about one", async () => {
    harness = await startHarness();
    const [embed] = (await askThrough(harness, "R2什么时候发布")).embeds;
    expect(embed?.description).toMatch(/^\*\*文档中找不到答案。\*\* 文档中没有名为 \S+ 的模型。/);
  });

  it("does answer Show passages in the presser's language, the passages verbatim, whatever the answer's language", async () => {
    harness = await startHarness();
    const answer = await askThrough(harness, "When was DeepSeek-R1 released?");
    const customId = showPassagesOf(answer);
    const zh = await press(harness, answer, customId, Locale.ChineseCN);
    const en = await press(harness, answer, customId, Locale.EnglishUS);
    const zhEmbeds = embedsOf(zh.data);
    const enEmbeds = embedsOf(en.data);
    expect(zhEmbeds.length).toBeGreaterThan(0);
    expect(zhEmbeds.at(-1)?.footer?.text).toBe(ZH.quotesFooter);
    expect(enEmbeds.at(-1)?.footer?.text).toBe(EN.quotesFooter);
    const quotes = (embeds: APIEmbed[]) => embeds.map((e) => [e.title, e.description]);
    expect(quotes(zhEmbeds)).toEqual(quotes(enEmbeds));

    // And an English client pressing it under a Chinese-framed answer reads English.
    const chinese = await askThrough(harness, "R1是什么时候发布的");
    const fromEnglish = await press(harness, chinese, showPassagesOf(chinese), Locale.EnglishUS);
    expect(embedsOf(fromEnglish.data).at(-1)?.footer?.text).toBe(EN.quotesFooter);
  });

  it("does record a vote on a Chinese-framed answer as shown and thank a zh-CN voter in Chinese", async () => {
    const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), "zh-votes-")), "f.db"));
    stores.push(store);
    harness = await startHarness({ feedback: store });
    const question = "R1是什么时候发布的";
    const answer = await askThrough(harness, question);
    const voted = await press(harness, answer, voteCustomId("up"), Locale.ChineseCN);
    expect(voted.data?.content).toBe(ZH.voteRecorded("👍"));
    const [stored] = store.worst(5);
    expect(stored).toMatchObject({ question, up: 1, down: 0 });
    expect(stored?.answer).toMatch(/^January 20, 2025\n— DeepSeek/);
    expect(stored?.sources[0]).toMatch(/^\[1\] DeepSeek/);
  });

  it("does explain in Chinese, naming the command as a zh-CN menu shows it, when the message has no text", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const empty = await harness.call(
      discord.messageCommandInteraction({
        message: { content: "  @everyone  " },
        locale: Locale.ChineseCN,
      }),
    );
    expect(empty.data?.content).toBe(ZH.messageWithoutText("让 deepseek-bot 回答"));
  });

  it("does tell a zh-CN client to slow down in Chinese", async () => {
    harness = await startHarness({ cooldown: { uses: 1, windowMs: 60_000 } });
    await askThrough(harness, "What is MLA?", Locale.ChineseCN);
    const throttled = await harness.call(
      harness.discord.chatInputInteraction({
        subcommand: "ask",
        options: { question: "What is MLA?" },
        locale: Locale.ChineseCN,
      }),
    );
    expect(throttled.data?.content).toMatch(/^你提问太快了：请等 \d+ 秒再试。$/);
  });

  it("does tell someone looking up a model typed in Chinese to slow down in Chinese, from an en-US client", async () => {
    harness = await startHarness({ cooldown: { uses: 1, windowMs: 60_000 } });
    const lookUp = (name: string) =>
      (harness as Harness).call(
        (harness as Harness).discord.chatInputInteraction({
          subcommand: "model",
          options: { name },
          locale: Locale.EnglishUS,
        }),
      );
    await lookUp("r1");
    const throttled = await lookUp("深度求索");
    expect(throttled.data?.content).toMatch(/^你提问太快了：请等 \d+ 秒再试。$/);
    const english = await lookUp("r1");
    expect(english.data?.content).toMatch(/^You're asking quickly/);
  });

  it("does report a failure in Chinese, with its error id, when the question is in Chinese", async () => {
    const broken: Command = {
      data: { name: "deepseek", description: "deepseek" },
      subcommands: [
        ...commands.filter(hasSubcommands).flatMap((c) => c.subcommands),
        {
          data: {
            type: ApplicationCommandOptionType.Subcommand,
            name: "boom",
            description: "boom",
            options: [
              { type: ApplicationCommandOptionType.String, name: "question", description: "q" },
            ],
          },
          execute: async () => {
            throw new Error("kaboom");
          },
        },
      ],
    };
    harness = await startHarness({ commands: [broken] });
    const failed = await harness.call(
      harness.discord.chatInputInteraction({
        subcommand: "boom",
        options: { question: "R1是什么时候发布的" },
      }),
    );
    expect(failed.data?.content).toMatch(/^我们这边出了问题（错误编号 `[0-9a-f]{8}`）。/);
  });
});
