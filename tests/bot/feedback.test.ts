import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIMessage } from "discord.js";
import { InteractionResponseType, MessageFlags } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/feedback/sqlite.js";
import type { FeedbackStore } from "../../src/feedback/store.js";
import { createLogger } from "../../src/log.js";
import { voteCustomId } from "../../src/presenters/discord/feedback.js";
import { openFeedback } from "../../src/transports/feedback.js";
import type { FakeDiscord } from "../fake-discord/server.js";
import { startFakeDiscord } from "../fake-discord/server.js";
import { openFoldersTo, unprivileged } from "../helpers/unprivileged.js";
import { askThrough, checkCaptured, type Harness, startHarness } from "./harness.js";
import { run } from "./process.js";

let harness: Harness | undefined;
const stores: FeedbackStore[] = [];
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
  for (const store of stores.splice(0)) store.close();
});

const freshPath = () => join(mkdtempSync(join(tmpdir(), "votes-")), "feedback.db");
function store(path: string): FeedbackStore {
  const opened = openSqliteStore(path);
  stores.push(opened);
  return opened;
}
const isEphemeral = (data: { flags?: number | null } | undefined) =>
  ((data?.flags ?? 0) & MessageFlags.Ephemeral) === MessageFlags.Ephemeral;

type Button = { custom_id: string; emoji?: { name: string } };
const buttonsOf = (message: APIMessage | undefined) =>
  (message?.components ?? []).flatMap((row) =>
    "components" in row ? (row.components as unknown as Button[]) : [],
  );

const press = (
  h: Harness,
  message: APIMessage,
  verdict: "up" | "down",
  user = h.discord.defaultUser,
) => h.call(h.discord.buttonInteraction({ user, customId: voteCustomId(verdict), message }));

describe("👍/👎 on answers, through discord.js and a fake Discord", () => {
  it("does show 👍 and 👎 with short stateless custom ids under every ask answer", async () => {
    harness = await startHarness();
    const answer = await askThrough(harness, "how big is deepseek v3");
    expect(buttonsOf(answer)).toEqual([
      expect.objectContaining({ label: "Show passages" }),
      expect.objectContaining({ custom_id: "vote|up", emoji: { name: "👍" } }),
      expect.objectContaining({ custom_id: "vote|down", emoji: { name: "👎" } }),
    ]);
  });

  it("does store a 👍 press and replace it when the same person presses 👎, even after a restart", async () => {
    const path = freshPath();
    harness = await startHarness({ feedback: store(path) });
    const answer = await askThrough(harness, "how big is deepseek v3");
    const voter = harness.discord.makeUser({ id: "555555555555555555", username: "voter" });

    const first = await press(harness, answer, "up", voter);
    expect(first.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(first.data)).toBe(true);
    expect(first.data?.content).toMatch(/your 👍 is recorded/);
    const [stored] = openSqliteStore(path, { readonly: true }).worst(10);
    expect(stored).toMatchObject({ question: "how big is deepseek v3", up: 1, down: 0 });
    expect(stored?.answer).toMatch(/671 billion/);
    expect(stored?.answer).toMatch(/— DeepSeek/);
    expect(stored?.sources[0]).toMatch(/^\[1\] /);

    // A new process: a new bot and store on the same file; the old message's buttons still work.
    await harness.stop();
    stores.pop()?.close();
    harness = await startHarness({ feedback: store(path) });
    const second = await press(harness, answer, "down", voter);
    expect(second.data?.content).toMatch(/Changed your vote on this answer from 👍 to 👎/);
    const other = harness.discord.makeUser();
    await press(harness, answer, "down", other);
    expect(openSqliteStore(path, { readonly: true }).worst(10)).toEqual([
      expect.objectContaining({ question: "how big is deepseek v3", up: 0, down: 2 }),
    ]);

    // npm run feedback (its entry, from source) prints that question first, with its answer.
    const report = await run("src/cli/feedback.ts", { FEEDBACK_DB: path }).finished;
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(
      /^1\. 👎 2 · 👍 0 · how big is deepseek v3\n {3}Answer: {2}671 billion/m,
    );
    expect(report.stdout).toMatch(/Sources: \[1\] DeepSeek/);
  });

  it("does answer as usual and refuse the vote privately with an error id when the store cannot be opened", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "votes-")), "not-a-folder");
    writeFileSync(file, "");
    const unavailable = openFeedback(join(file, "feedback.db"), createLogger("silent"));
    harness = await startHarness({ feedback: unavailable });
    const answer = await askThrough(harness, "how big is deepseek v3");
    expect(answer.embeds[0]?.description).toMatch(/671 billion/);
    const refused = await press(harness, answer, "up");
    expect(isEphemeral(refused.data)).toBe(true);
    expect(refused.data?.content).toMatch(
      /^Your vote could not be recorded: .* \(error id `[0-9a-f]{8}`\)/,
    );
  });
});

describe("the bot process with a read-only FEEDBACK_DB", () => {
  let discord: FakeDiscord | undefined;
  afterEach(() => discord?.stop());

  it("does answer, and say privately that the vote was not recorded, when the store's file is read-only", async () => {
    const path = freshPath();
    openSqliteStore(path).close();
    chmodSync(path, 0o444);
    openFoldersTo(path, 1);
    discord = await startFakeDiscord({ waitTimeoutMs: 10_000 });
    const bot = run(
      "src/main.ts",
      {
        DISCORD_TOKEN: "fake.bot.token",
        DISCORD_CLIENT_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        FEEDBACK_DB: path,
        LOG_LEVEL: "info",
      },
      undefined,
      unprivileged(),
    );
    try {
      await bot.waitForStderr("gateway bot ready");
      const ask = discord.chatInputInteraction({
        subcommand: "ask",
        options: { question: "how big is deepseek v3" },
      });
      discord.sendInteraction(ask);
      await discord.waitForCallback(ask.id);
      const answer = discord.originalMessage(ask.id) as APIMessage;
      expect(answer.embeds[0]?.description).toMatch(/671 billion/);
      const vote = discord.buttonInteraction({ customId: voteCustomId("up"), message: answer });
      discord.sendInteraction(vote);
      const refused = await discord.waitForCallback(vote.id);
      expect(isEphemeral(refused.data)).toBe(true);
      expect(refused.data?.content).toMatch(/^Your vote could not be recorded/);
      const errorId = /error id `([0-9a-f]{8})`/.exec(refused.data?.content ?? "")?.[1];
      await bot.waitForStderr(`"errorId":"${errorId}"`);
    } finally {
      bot.child.kill("SIGTERM");
      await bot.finished;
    }
    checkCaptured(discord);
  });
});
