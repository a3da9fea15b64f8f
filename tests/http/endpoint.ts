import type { AddressInfo } from "node:net";
import { commands } from "../../src/commands/index.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import { Dispatcher } from "../../src/transports/dispatch.js";
import {
  createInteractionServer,
  type InteractionServer,
  type InteractionServerOptions,
} from "../../src/transports/http/server.js";
import { publicKeyFromHex } from "../../src/transports/http/verify.js";

type Settings = Partial<Omit<InteractionServerOptions, "knowledge" | "dispatcher" | "publicKey">>;

/**
 * The interactions endpoint with the real commands and knowledge, no cooldown and a silent log,
 * listening on a free port of 127.0.0.1; `settings` override what a test is about.
 */
export async function listeningEndpoint(
  publicHex: string,
  settings: Settings = {},
): Promise<{ endpoint: InteractionServer; port: number; url: string }> {
  const logger = settings.logger ?? createLogger("silent");
  const endpoint = createInteractionServer({
    applicationId: "123456789012345678",
    ...settings,
    knowledge: loadKnowledge(),
    dispatcher: new Dispatcher({ commands, logger, cooldown: false }),
    publicKey: publicKeyFromHex(publicHex),
    logger,
  });
  await new Promise<void>((resolve) => endpoint.server.listen(0, "127.0.0.1", resolve));
  const { port } = endpoint.server.address() as AddressInfo;
  return { endpoint, port, url: `http://127.0.0.1:${port}/interactions` };
}
