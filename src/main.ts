import { commands } from "./commands/index.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { type Knowledge, loadKnowledge } from "./index/knowledge.js";
import { createLogger, type Logger } from "./log.js";
import { runConsole } from "./transports/console/console.js";
import { Dispatcher } from "./transports/dispatch.js";
import { GatewayBot } from "./transports/gateway/bot.js";
import { createInteractionServer } from "./transports/http/server.js";
import { publicKeyFromHex } from "./transports/http/verify.js";

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

/** The HTTP interactions endpoint; SIGINT/SIGTERM let requests in flight finish. */
function serveHttp(config: Config, knowledge: Knowledge, logger: Logger): void {
  if (!config.DISCORD_PUBLIC_KEY || !config.DISCORD_CLIENT_ID) {
    process.stderr.write(
      "config: invalid environment:\n  - DISCORD_PUBLIC_KEY and DISCORD_CLIENT_ID are required to serve HTTP interactions\n",
    );
    process.exit(EXIT_CONFIG);
  }
  const { server } = createInteractionServer({
    knowledge,
    dispatcher: new Dispatcher({ commands, logger }),
    publicKey: publicKeyFromHex(config.DISCORD_PUBLIC_KEY),
    applicationId: config.DISCORD_CLIENT_ID,
    apiUrl: config.DISCORD_API_URL,
    logger,
  });
  server.listen(config.PORT, () =>
    logger.info({ port: config.PORT }, "HTTP interactions endpoint listening"),
  );
  const close = (signal: string) => {
    logger.info({ signal }, "shutting down: finishing requests in flight");
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  };
  process.once("SIGINT", () => close("SIGINT"));
  process.once("SIGTERM", () => close("SIGTERM"));
}

/**
 * With a DISCORD_TOKEN: the gateway bot. Without one: the console mode on standard input and
 * output, running the same commands and presenters. `serve` (or MODE=http): the HTTP
 * interactions endpoint. Logs go to stderr in every mode.
 */
async function main(): Promise<void> {
  const config = readConfig();
  // `npm run serve` starts the HTTP endpoint whatever MODE says.
  const mode = process.argv[2] === "serve" ? "http" : config.MODE;
  const consoleMode = mode === "console" || (mode === "auto" && !config.DISCORD_TOKEN);
  const logger = createLogger(consoleMode ? "warn" : config.LOG_LEVEL);
  const knowledge = loadKnowledge();

  if (mode === "http") {
    serveHttp(config, knowledge, logger);
    return;
  }
  if (consoleMode || !config.DISCORD_TOKEN) {
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
