import { commands } from "./commands/index.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { loadKnowledge } from "./index/knowledge.js";
import { createLogger } from "./log.js";
import { runConsole } from "./transports/console/console.js";
import { Dispatcher } from "./transports/dispatch.js";
import { GatewayBot } from "./transports/gateway/bot.js";

/** Exit code for invalid configuration, distinct from a crash. */
const EXIT_CONFIG = 2;

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(EXIT_CONFIG);
  }
}

/**
 * With a DISCORD_TOKEN: the gateway bot. Without one: the console mode on standard input and
 * output, running the same commands and presenters. Logs go to stderr either way.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.DISCORD_TOKEN ? config.LOG_LEVEL : "warn");
  const knowledge = loadKnowledge();
  if (!config.DISCORD_TOKEN) {
    // One person at a keyboard (or a script piping questions): no rate limit.
    const dispatcher = new Dispatcher({ commands, logger, cooldown: false });
    await runConsole({ knowledge, dispatcher, input: process.stdin, output: process.stdout });
    return;
  }
  const dispatcher = new Dispatcher({ commands, logger });
  const bot = new GatewayBot({
    token: config.DISCORD_TOKEN,
    apiUrl: config.DISCORD_API_URL,
    knowledge,
    dispatcher,
    logger,
  });
  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down: finishing interactions in flight");
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  await bot.start();
}

main().catch((error: unknown) => {
  process.stderr.write(`deepseek-bot: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
