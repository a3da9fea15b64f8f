import type { AddressInfo } from "node:net";
import { commands as allCommands, type Command } from "../../commands/index.js";
import { type Config, ConfigError } from "../../config.js";
import type { Knowledge } from "../../knowledge-base/knowledge-base.js";
import type { Logger } from "../../log.js";
import { Dispatcher } from "../dispatch.js";
import { createInteractionServer } from "./server.js";
import { publicKeyFromHex } from "./verify.js";

export interface HttpEndpoint {
  port: number;
  /** Stops taking requests and lets answers in flight finish (bounded). */
  stop(): Promise<void>;
}

/**
 * The HTTP interactions mode from the configuration (`npm run serve`, MODE=http): listens on
 * PORT and answers /interactions, /healthz, /readyz and /metrics. `npm run serve` ignores MODE,
 * so the keys it needs are checked here too, with the same kind of message as the config's.
 */
export async function startHttpEndpoint(options: {
  config: Config;
  knowledge: Knowledge;
  logger: Logger;
  commands?: readonly Command[];
  host?: string;
}): Promise<HttpEndpoint> {
  const { config, logger } = options;
  const missing = (["DISCORD_PUBLIC_KEY", "DISCORD_CLIENT_ID"] as const).filter((k) => !config[k]);
  if (missing.length > 0 || !config.DISCORD_PUBLIC_KEY || !config.DISCORD_CLIENT_ID) {
    throw new ConfigError(
      `config: invalid environment:\n${missing.map((k) => `  - ${k}: is required to serve HTTP interactions`).join("\n")}`,
    );
  }
  const endpoint = createInteractionServer({
    knowledge: options.knowledge,
    dispatcher: new Dispatcher({ commands: options.commands ?? allCommands, logger }),
    publicKey: publicKeyFromHex(config.DISCORD_PUBLIC_KEY),
    applicationId: config.DISCORD_CLIENT_ID,
    apiUrl: config.DISCORD_API_URL,
    maxBodyBytes: config.MAX_BODY_BYTES,
    logger,
  });
  await new Promise<void>((resolve, reject) => {
    endpoint.server.once("error", reject);
    endpoint.server.listen(config.PORT, options.host, () => {
      endpoint.server.off("error", reject);
      resolve();
    });
  });
  const port = (endpoint.server.address() as AddressInfo).port;
  logger.info(
    { port, maxBodyBytes: config.MAX_BODY_BYTES },
    "http: interactions endpoint listening",
  );
  return { port, stop: () => endpoint.stop() };
}
