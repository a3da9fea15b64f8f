import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { localize } from "../../src/commands/localize.js";
import { registerCommands } from "../../src/commands/register.js";
import { type FakeDiscord, startFakeDiscord } from "../fake-discord/server.js";
import { run } from "./process.js";

let discord: FakeDiscord;
beforeEach(async () => {
  discord = await startFakeDiscord();
});
afterEach(() => discord.stop());

const target = () => ({
  token: "fake.bot.token",
  applicationId: discord.applicationId,
  apiUrl: discord.apiUrl,
});

describe("registering the commands (npm run deploy-commands)", () => {
  it("does register /deepseek and the message command in the guild, user-installable, when a guild is given", async () => {
    const done = await registerCommands({ ...target(), guildId: discord.guildId });
    expect(done).toEqual({ count: 2, where: `in guild ${discord.guildId}` });
    const put = await discord.waitForRequest({
      method: "PUT",
      path: `/applications/${discord.applicationId}/guilds/${discord.guildId}/commands`,
    });
    expect(put.body).toEqual(JSON.parse(JSON.stringify(commands.map((c) => localize(c.data)))));
    expect(put.body).toMatchObject([
      {
        name: "deepseek",
        integration_types: [0, 1],
        contexts: [0, 1, 2],
        options: [
          { name: "ask", options: [{ name: "question", required: true, max_length: 300 }, {}] },
          {
            name: "model",
            options: [{ name: "name", autocomplete: true }, { name: "compare" }, {}],
          },
          {
            name: "timeline",
            options: [
              { name: "from" },
              { name: "to" },
              { name: "model", autocomplete: true },
              { name: "topic" },
              {},
            ],
          },
        ],
      },
      { name: "Ask deepseek-bot", type: 3, integration_types: [0, 1], contexts: [0, 1, 2] },
    ]);
  });

  it("does register the message command beside /deepseek when npm run deploy-commands runs", async () => {
    const { code, stdout } = await run("scripts/deploy-commands.ts", {
      DISCORD_TOKEN: "fake.bot.token",
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
    }).finished;
    expect(code).toBe(0);
    expect(stdout).toBe("deploy-commands: registered 2 command(s) globally\n");
    const stored = await fetch(
      `${discord.apiUrl}/v10/applications/${discord.applicationId}/commands`,
      {
        headers: { authorization: "Bot fake.bot.token" },
      },
    );
    const commands = (await stored.json()) as { name: string; type: number }[];
    expect(commands.map((c) => [c.name, c.type])).toEqual([
      ["deepseek", 1],
      ["Ask deepseek-bot", 3],
    ]);
  });

  it("does register globally when no guild is given", async () => {
    expect(await registerCommands(target())).toEqual({ count: 2, where: "globally" });
    await discord.waitForRequest({
      method: "PUT",
      path: `/applications/${discord.applicationId}/commands`,
    });
  });

  it("does exit 1 with Discord's reason when Discord refuses", async () => {
    discord.interceptRest((request) =>
      request.method === "PUT"
        ? { status: 403, body: { message: "Missing Access", code: 50001 } }
        : undefined,
    );
    const { code, stderr } = await run("scripts/deploy-commands.ts", {
      DISCORD_TOKEN: "fake.bot.token",
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_GUILD_ID: discord.guildId,
      DISCORD_API_URL: discord.apiUrl,
    }).finished;
    expect(code).toBe(1);
    expect(stderr).toMatch(/^deploy-commands: Missing Access/);
  });
});
