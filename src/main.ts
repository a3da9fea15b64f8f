import { fileURLToPath } from "node:url";
import { commands } from "./commands/index.js";
import { type Config, ConfigError, loadConfig, logLevelOf } from "./config.js";
import { loadKnowledge } from "./knowledge-base/knowledge-base.js";
import { createLogger, type Logger } from "./log.js";
import { runConsole } from "./transports/console/console.js";
import { Dispatcher } from "./transports/dispatch.js";

/** Exit code for invalid configuration, distinct from a crash. */
const EXIT_CONFIG = 2;
/** Exit code when the gateway bot cannot log in (token refused, or Discord unreachable). */
const EXIT_LOGIN = 3;

function readConfig(): Config {
  try {
    // `npm run serve` starts the HTTP endpoint whatever MODE says.
    return loadConfig({ serve: process.argv[2] === "serve" });
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

/** One person at a keyboard (or a script piping questions): no rate limit. */
async function runConsoleMode(logger: Logger): Promise<void> {
  const dispatcher = new Dispatcher({ commands, logger, cooldown: false });
  await runConsole({
    knowledge: loadKnowledge(),
    commands,
    dispatcher,
    input: process.stdin,
    output: process.stdout,
  });
}

/** The gateway bot: alone (with its own health server), or as one shard of a manager's. */
async function runGateway(config: Config, token: string, logger: Logger): Promise<void> {
  // Each mode loads only what it uses: the console never loads the discord.js client.
  const [{ GatewayBot }, { startOpsServer }, { openFeedback }] = await Promise.all([
    import("./transports/gateway/bot.js"),
    import("./ops/health.js"),
    import("./transports/feedback.js"),
  ]);
  const shard = config.run.kind === "shard";
  const feedback = openFeedback(config.FEEDBACK_DB, logger);
  const bot = new GatewayBot({
    token,
    apiUrl: config.DISCORD_API_URL,
    managedShards: shard,
    knowledge: loadKnowledge(),
    dispatcher: new Dispatcher({
      commands,
      logger,
      feedback,
      cooldown: { uses: config.COOLDOWN_USES, windowMs: config.COOLDOWN_WINDOW_MS },
      buttonCooldown: {
        uses: config.BUTTON_COOLDOWN_USES,
        windowMs: config.BUTTON_COOLDOWN_WINDOW_MS,
      },
    }),
    logger,
    loginRetryMs: config.GATEWAY_LOGIN_RETRY_MS,
    downUnhealthyMs: config.GATEWAY_UNHEALTHY_AFTER_MS,
  });
  // A shard process is watched by its manager's health server; a lone bot serves its own.
  const ops = shard
    ? null
    : await startOpsServer({
        port: config.PORT,
        host: config.HOST,
        metricsToken: config.METRICS_TOKEN,
        ready: () => bot.ready(),
        healthy: () => bot.healthy(),
        logger,
      });
  onShutdown(logger, async () => {
    await bot.stop();
    await ops?.close();
    feedback.close();
  });
  try {
    await bot.start();
  } catch (error) {
    // A refused token, or Discord unreachable for the whole retry bound: exit non-zero now, so a
    // supervisor restarts us or an operator sees it, instead of a healthy-looking idle process.
    logger.fatal({ err: error }, "gateway: could not log in");
    await ops?.close();
    process.exit(EXIT_LOGIN);
  }
}

/**
 * Runs the mode the configuration resolved (src/run-mode.ts): the console without a token, the
 * gateway bot with one (a shard manager with SHARDS), or the HTTP interactions endpoint for
 * `serve` or MODE=http. Logs go to stderr in every mode.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const { run } = config;
  const logger = createLogger(logLevelOf(config));
  switch (run.kind) {
    case "console":
      return runConsoleMode(logger);
    case "shard-manager": {
      // This process only manages the shard processes, each running this file again.
      const script = fileURLToPath(import.meta.url);
      const { startShards } = await import("./transports/shards.js");
      const shards = await startShards({ config, logger, script });
      return onShutdown(logger, () => shards.stop());
    }
    case "http": {
      const { startHttpEndpoint } = await import("./transports/http/serve.js");
      const endpoint = await startHttpEndpoint({ config, knowledge: loadKnowledge(), logger });
      return onShutdown(logger, () => endpoint.stop());
    }
    case "gateway":
    case "shard":
      return runGateway(config, run.token, logger);
  }
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
