import { describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import { startOpsServer } from "../../src/ops/health.js";
import { Dispatcher } from "../../src/transports/dispatch.js";
import { GatewayBot } from "../../src/transports/gateway/bot.js";
import { startFakeDiscord } from "../fake-discord/server.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("gateway health", () => {
  it("does answer /healthz 503 when the gateway has been down longer than the bound", async () => {
    const discord = await startFakeDiscord({ waitTimeoutMs: 4_000 });
    const logger = createLogger("silent");
    const bot = new GatewayBot({
      token: "fake.bot.token",
      apiUrl: discord.apiUrl,
      knowledge: loadKnowledge(),
      dispatcher: new Dispatcher({ commands, logger }),
      logger,
      downUnhealthyMs: 300,
    });
    const ops = await startOpsServer({
      port: 0,
      host: "127.0.0.1",
      ready: () => bot.ready(),
      healthy: () => bot.healthy(),
      logger,
    });
    const healthz = async () => (await fetch(`http://127.0.0.1:${ops.port}/healthz`)).status;
    try {
      await bot.start();
      await sleep(400);
      expect(await healthz()).toBe(200);
      // Discord goes away for good: the client keeps trying, and after the bound we are unhealthy.
      await discord.stop();
      await sleep(100);
      expect(await healthz()).toBe(200);
      await sleep(500);
      expect(await healthz()).toBe(503);
    } finally {
      await bot.stop();
      await ops.close();
      await discord.stop();
    }
  });
});
