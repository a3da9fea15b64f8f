import { createServer } from "node:net";
import { InteractionResponseType } from "discord.js";
import { describe, expect, it } from "vitest";
import { startFakeDiscord } from "../fake-discord/server.js";
import { checkCaptured } from "./harness.js";
import { run } from "./process.js";

/** A port nothing listens on right now, for a process's health server. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Every 6-character piece of a secret: none may appear in what the program prints. */
const piecesOf = (secret: string) =>
  Array.from({ length: secret.length - 5 }, (_, i) => secret.slice(i, i + 6));

describe.concurrent("npm start (src/main.ts)", () => {
  it("does answer piped lines as text and exit 0 at the end of input when no token is set", async () => {
    const lines = [
      "/deepseek ask what is MLA?",
      "/deepseek model v3",
      "/deepseek timeline from:2024-06",
      "next",
    ];
    const { code, stdout } = await run("src/main.ts", {}, `${lines.join("\n")}\n`).finished;
    expect(code).toBe(0);
    expect(stdout).toContain("**what is MLA?**");
    expect(stdout).toContain("Multi-head Latent Attention");
    expect(stdout).toContain("**DeepSeek-V3**");
    expect(stdout).toMatch(/Page 1\/\d+/);
    expect(stdout).toContain("Type `next`.");
    expect(stdout).toMatch(/Page 2\/\d+/);
  });

  it("does exit 2 listing every problem and never the token when the config is invalid", async () => {
    const token = "MTIzNDU2Nzg5MDEy.GhIjKl.verysecretpartoftoken";
    const { code, stdout, stderr } = await run("src/main.ts", {
      DISCORD_TOKEN: token,
      DISCORD_GUILD_ID: "12",
      LOG_LEVEL: "loud",
    }).finished;
    expect(code).toBe(2);
    expect(stderr).toMatch(/^config: invalid environment:/);
    expect(stderr).toMatch(/DISCORD_GUILD_ID: /);
    expect(stderr).toMatch(/LOG_LEVEL: /);
    expect(stderr).toMatch(/DISCORD_CLIENT_ID: is required when DISCORD_TOKEN is set/);
    for (const piece of piecesOf(token)) expect(stdout + stderr).not.toContain(piece);
  });

  it("does run the gateway bot and exit 0 on SIGTERM when a token is set", async () => {
    const discord = await startFakeDiscord({ waitTimeoutMs: 8_000 });
    try {
      const bot = run("src/main.ts", {
        DISCORD_TOKEN: "fake.bot.token",
        DISCORD_CLIENT_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        LOG_LEVEL: "info",
      });
      await bot.waitForStderr("gateway bot ready");
      const interaction = discord.chatInputInteraction({
        subcommand: "ask",
        options: { question: "When was DeepSeek-R1 released?" },
      });
      discord.sendInteraction(interaction);
      const callback = await discord.waitForCallback(interaction.id);
      expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      bot.child.kill("SIGTERM");
      const { code, stderr } = await bot.finished;
      expect(code).toBe(0);
      expect(stderr).toContain("shutting down");
      expect(stderr).not.toContain("fake.bot.token");
    } finally {
      await discord.stop();
    }
    checkCaptured(discord);
  });

  // Each starts a process under tsx beside the others: generous bounds on a loaded 2-core machine.
  it("does exit non-zero at once when Discord rejects the token", { timeout: 40_000 }, async () => {
    const discord = await startFakeDiscord({ token: "right.bot.token" });
    try {
      const started = Date.now();
      const { code, stderr } = await run("src/main.ts", {
        DISCORD_TOKEN: "wrong.bot.token",
        DISCORD_CLIENT_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        PORT: String(await freePort()),
        LOG_LEVEL: "info",
      }).finished;
      expect(code).not.toBe(0);
      expect(code).not.toBeNull();
      expect(stderr).toContain("could not log in");
      // "At once": no retry round (the retry bound is the default 60 s).
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(stderr).not.toContain("wrong.bot.token");
    } finally {
      await discord.stop();
    }
  });

  it("does retry and then exit non-zero when Discord stays unreachable past the retry bound", {
    timeout: 40_000,
  }, async () => {
    const { code, stderr } = await run("src/main.ts", {
      DISCORD_TOKEN: "fake.bot.token",
      DISCORD_CLIENT_ID: "123456789012345678",
      // Nothing listens on port 9 of loopback: every attempt is refused.
      DISCORD_API_URL: "http://127.0.0.1:9/api",
      GATEWAY_LOGIN_RETRY_MS: "2500",
      PORT: String(await freePort()),
      LOG_LEVEL: "info",
    }).finished;
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(stderr).toContain("login failed, retrying");
    expect(stderr).toContain("could not log in");
  });
});
