import { commands } from "../src/commands/index.js";
import type { Knowledge } from "../src/knowledge-base/knowledge-base.js";
import { createLogger } from "../src/log.js";
import { Dispatcher } from "../src/transports/dispatch.js";
import { GatewayBot } from "../src/transports/gateway/bot.js";
import { startFakeDiscord } from "../tests/fake-discord/server.js";
import { percentile } from "./stats.js";

export const CROWD_DEFAULTS = { interactions: 1_000 } as const;

/**
 * A burst through the real discord.js client and the fake Discord of the end-to-end tests:
 * every interaction from a different user, dispatched as fast as the gateway sends them, all
 * of them answered (so the per-user cooldown throttles nobody), timed from dispatch to callback.
 */
export async function crowd(
  knowledge: Knowledge,
  questions: readonly string[],
  options = CROWD_DEFAULTS,
) {
  const discord = await startFakeDiscord({ waitTimeoutMs: 60_000 });
  const logger = createLogger("silent");
  const bot = new GatewayBot({
    token: "fake.bot.token",
    apiUrl: discord.apiUrl,
    knowledge,
    dispatcher: new Dispatcher({ commands, logger }),
    logger,
  });
  await bot.start();
  try {
    const sent = Array.from({ length: options.interactions }, (_, i) => {
      const user = discord.makeUser({
        id: String(3n * 10n ** 17n + BigInt(i)),
        username: `crowd${i}`,
      });
      return discord.chatInputInteraction({
        user,
        subcommand: "ask",
        options: { question: questions[i % questions.length] ?? "What is MLA?" },
      });
    });
    const started = performance.now();
    const timings = await Promise.all(
      sent.map(async (payload) => {
        const at = performance.now();
        discord.sendInteraction(payload);
        const callback = await discord.waitForCallback(payload.id);
        const answered = JSON.stringify(callback.data ?? {}).includes('"embeds":[{');
        return { ms: performance.now() - at, answered };
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const ms = timings.map((t) => t.ms);
    return {
      interactions: options.interactions,
      answered: timings.filter((t) => t.answered).length,
      p50: percentile(ms, 50),
      p99: percentile(ms, 99),
      perSecond: options.interactions / seconds,
    };
  } finally {
    await bot.stop();
    await discord.stop();
  }
}
