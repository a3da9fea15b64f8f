import { fileURLToPath } from "node:url";
import { commands } from "./commands/index.js";
import { type Config, ConfigError, loadConfig, logLevelOf } from "./config.js";
import { loadKnowledge } from "./knowledge-base/knowledge-base.js";
import { createLogger, type Logger } from "./log.js";
import { startOpsServer } from "./ops/health.js";
import { runConsole } from "./transports/console/console.js";
import { Dispatcher } from "./transports/dispatch.js";
import { GatewayBot } from "./transports/gateway/bot.js";
import { startHttpEndpoint } from "./transports/http/serve.js";
import { startShards } from "./transports/shards.js";

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

/** On SIGINT or SIGTERM, once: `stop` lets the work in flight finish, then the process exits. */
function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down: finishing work in flight");
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

/**
 * With a DISCORD_TOKEN: the gateway bot (sharded across processes with SHARDS). Without one:
 * the console mode on standard input and output, running the same commands and presenters.
 * `serve` (or MODE=http): the HTTP interactions endpoint. Logs go to stderr in every mode.
 */
async function main(): Promise<void> {
  const config = readConfig();
  // `npm run serve` starts the HTTP endpoint whatever MODE says.
  const mode = process.argv[2] === "serve" ? "http" : config.MODE;
  const consoleMode = mode === "console" || (mode === "auto" && !config.DISCORD_TOKEN);
  const logger = createLogger(logLevelOf(config, consoleMode));

  // SHARDS: this process only manages the shard processes, each running this file again.
  if (!consoleMode && mode !== "http" && config.SHARDS !== undefined && !config.SHARDING_MANAGER) {
    const shards = await startShards({ config, logger, script: fileURLToPath(import.meta.url) });
    onShutdown(logger, () => shards.stop());
    return;
  }

  const knowledge = loadKnowledge();
  if (mode === "http") {
    const endpoint = await startHttpEndpoint({ config, knowledge, logger });
    onShutdown(logger, () => endpoint.stop());
    return;
  }
  if (consoleMode || !config.DISCORD_TOKEN) {
    // One person at a keyboard (or a script piping questions): no rate limit.
    const dispatcher = new Dispatcher({ commands, logger, cooldown: false });
    await runConsole({
      knowledge,
      commands,
      dispatcher,
      input: process.stdin,
      output: process.stdout,
    });
    return;
  }
  const bot = new GatewayBot({
    token: config.DISCORD_TOKEN,
    apiUrl: config.DISCORD_API_URL,
    managedShards: Boolean(config.SHARDING_MANAGER),
    knowledge,
    dispatcher: new Dispatcher({ commands, logger }),
    logger,
  });
  // A shard process is watched by its manager's health server; a lone bot serves its own.
  const ops = config.SHARDING_MANAGER
    ? null
    : await startOpsServer({ port: config.PORT, ready: () => bot.client.isReady(), logger });
  onShutdown(logger, async () => {
    await bot.stop();
    await ops?.close();
  });
  await bot.start();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = EXIT_CONFIG;
    return;
  }
  process.stderr.write(`deepseek-bot: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
