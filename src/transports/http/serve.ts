import type { AddressInfo } from "node:net";
import { commands as allCommands, type Command } from "../../commands/index.js";
import type { Config } from "../../config.js";
import type { FeedbackStore } from "../../feedback/store.js";
import type { Knowledge } from "../../knowledge-base/knowledge-base.js";
import type { Logger } from "../../log.js";
import { type OpsServer, startOpsServer } from "../../ops/health.js";
import { listen } from "../../ops/listen.js";
import { Dispatcher } from "../dispatch.js";
import { openFeedback } from "../feedback.js";
import { createInteractionServer, type InteractionServer } from "./server.js";
import { publicKeyFromHex } from "./verify.js";

export interface HttpEndpoint {
  port: number;
  /** The address it listens on ("::" or "0.0.0.0" for every interface). */
  address: string;
  /** The port /metrics is served on, when METRICS_PORT is set. */
  metricsPort?: number;
  /** Stops taking requests and lets answers in flight finish (bounded). */
  stop(): Promise<void>;
}

/** The per-person limits: in this process, or with REDIS_URL shared by every instance. */
async function limitsOf(config: Config, logger: Logger) {
  const cooldown = { uses: config.COOLDOWN_USES, windowMs: config.COOLDOWN_WINDOW_MS };
  const buttonCooldown = {
    uses: config.BUTTON_COOLDOWN_USES,
    windowMs: config.BUTTON_COOLDOWN_WINDOW_MS,
  };
  // With REDIS_URL, every instance shares one limit per person and answers an id once.
  const shared = config.REDIS_URL
    ? await (await import("../shared-state.js")).connectSharedState({
        url: config.REDIS_URL,
        cooldown,
        buttonCooldown,
        logger,
      })
    : null;
  return { cooldown, buttonCooldown, shared };
}

/** /metrics on its own port (METRICS_PORT), or null: then beside /interactions behind a token. */
async function metricsServerFor(
  config: Config,
  endpoint: InteractionServer,
  logger: Logger,
): Promise<OpsServer | null> {
  const server =
    config.METRICS_PORT === undefined
      ? null
      : await startOpsServer({
          port: config.METRICS_PORT,
          host: config.METRICS_HOST,
          ready: endpoint.ready,
          metricsToken: config.METRICS_TOKEN,
          metrics: endpoint.metrics,
          logger,
        });
  if (!server && !config.METRICS_TOKEN)
    logger.info("http: /metrics is off; set METRICS_PORT or METRICS_TOKEN to serve it");
  return server;
}

/**
 * The HTTP interactions mode (`npm run serve`, MODE=http): listens on PORT and answers
 * /interactions, /healthz, /readyz and /metrics. The configuration must have resolved to the
 * HTTP mode (src/run-mode.ts), which is where the keys it needs were checked.
 */
export async function startHttpEndpoint(options: {
  config: Config;
  knowledge: Knowledge;
  logger: Logger;
  commands?: readonly Command[];
  host?: string;
  /** The vote store; by default the one FEEDBACK_DB names. */
  feedback?: FeedbackStore;
}): Promise<HttpEndpoint> {
  const { config, logger } = options;
  const { run } = config;
  if (run.kind !== "http") throw new Error(`serve: the configuration resolved to ${run.kind} mode`);
  const feedback = options.feedback ?? openFeedback(config.FEEDBACK_DB, logger);
  const { cooldown, buttonCooldown, shared } = await limitsOf(config, logger);
  const endpoint = createInteractionServer({
    knowledge: options.knowledge,
    dispatcher: new Dispatcher({
      commands: options.commands ?? allCommands,
      logger,
      feedback,
      cooldown: shared?.cooldown ?? cooldown,
      buttonCooldown: shared?.buttonCooldown ?? buttonCooldown,
    }),
    seen: shared?.seen,
    publicKey: publicKeyFromHex(run.publicKey),
    applicationId: run.applicationId,
    apiUrl: config.DISCORD_API_URL,
    maxBodyBytes: config.MAX_BODY_BYTES,
    requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
    headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_MS,
    maxConnections: config.HTTP_MAX_CONNECTIONS,
    // /metrics is public wherever /interactions is: beside it only behind a token.
    serveMetrics: config.METRICS_PORT === undefined && config.METRICS_TOKEN !== undefined,
    metricsToken: config.METRICS_TOKEN,
    logger,
  });
  const metricsServer = await metricsServerFor(config, endpoint, logger);
  const port = await listen(endpoint.server, config.PORT, options.host ?? config.HOST);
  logger.info(
    { port, maxBodyBytes: config.MAX_BODY_BYTES },
    "http: interactions endpoint listening",
  );
  return {
    port,
    address: (endpoint.server.address() as AddressInfo).address,
    metricsPort: metricsServer?.port,
    stop: async () => {
      await endpoint.stop();
      await metricsServer?.close();
      await shared?.close();
      feedback.close();
    },
  };
}
