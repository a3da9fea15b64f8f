import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { GatewayOpcodes } from "discord.js";
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { shardCount } from "../../src/transports/shards.js";
import { startFakeDiscord } from "../fake-discord/server.js";

const LAUNCHER = fileURLToPath(new URL("./fixtures/shard-launcher.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const discord = await startFakeDiscord({ waitTimeoutMs: 30_000 });
let launcher: ChildProcess | undefined;

afterAll(async () => {
  // Only ever the launcher this file started (its own pid), never anything else.
  if (launcher && launcher.exitCode === null) launcher.kill("SIGKILL");
  await discord.stop();
});

function exited(child: ChildProcess, timeoutMs: number): Promise<number | string | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("launcher did not exit in time")), timeoutMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    });
  });
}

describe("the sharded gateway mode (SHARDS)", () => {
  it("does run one process per shard, report ready once all are, and stop them all", {
    timeout: 60_000,
  }, async () => {
    // Both shards keep their votes in one file, as on one host; never in the checkout.
    const feedback = join(mkdtempSync(join(tmpdir(), "shards-")), "feedback.db");
    launcher = spawn(process.execPath, ["--import", "tsx", LAUNCHER], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        MODE: "gateway",
        SHARDS: "2",
        DISCORD_TOKEN: "fake.bot.token",
        DISCORD_CLIENT_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        LOG_LEVEL: "warn",
        FEEDBACK_DB: feedback,
      },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const started = await new Promise<{ port: number; total: number }>((resolve, reject) => {
      launcher?.once("message", (m) => resolve(m as { port: number; total: number }));
      launcher?.once("exit", (code) => reject(new Error(`launcher exited early: ${code}`)));
    });
    expect(started.total).toBe(2);
    const ready = await fetch(`http://127.0.0.1:${started.port}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { ready: true }]);
    expect(existsSync(feedback)).toBe(true);
    const shards = discord.gatewayReceived
      .filter((frame) => frame.op === GatewayOpcodes.Identify)
      .map((frame) => (frame.d as { shard?: number[] }).shard);
    expect(shards).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
    const metrics = await (await fetch(`http://127.0.0.1:${started.port}/metrics`)).text();
    expect(metrics).toContain("deepseek_bot_shards_ready 2");

    launcher.kill("SIGTERM");
    expect(await exited(launcher, 20_000)).toBe(0);
  });
});

describe("shardCount", () => {
  it('does ask DISCORD_API_URL for the recommended count when SHARDS is "auto"', async () => {
    const config = parseConfig({
      SHARDS: "auto",
      DISCORD_TOKEN: "fake.bot.token",
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
    expect(await shardCount(config)).toBe(1);
    expect(await shardCount({ ...config, SHARDS: 3 })).toBe(3);
  });
});
