import type { KeyObject } from "node:crypto";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import {
  type APIInteraction,
  type APIInteractionResponse,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  REST,
} from "discord.js";
import type { Knowledge } from "../../index/knowledge.js";
import type { Logger } from "../../log.js";
import type { Dispatcher } from "../dispatch.js";
import { autocompleteContext, buttonContext, commandContext, type HttpResponder } from "./adapt.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { checkSignature } from "./verify.js";

export const HTTP_DEFAULTS = {
  /** Discord's interaction payloads are small; anything bigger is not from Discord. */
  maxBodyBytes: 64 * 1024,
  /** Discord waits 3 s for the first answer; past this we have already deferred. */
  firstResponseTimeoutMs: 2_900,
} as const;

export interface InteractionServerOptions {
  knowledge: Knowledge | null;
  dispatcher: Dispatcher;
  publicKey: KeyObject;
  applicationId: string;
  logger: Logger;
  /** REST base for follow-ups (discord.js `rest.api`). */
  apiUrl?: string;
  maxBodyBytes?: number;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, type = "application/json"): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/**
 * The HTTP interactions endpoint: POST /interactions (signature checked before anything is
 * parsed), GET /healthz (alive), GET /readyz (index loaded), GET /metrics (Prometheus).
 * Stateless: any number of instances can run behind a load balancer.
 */
export function createInteractionServer(options: InteractionServerOptions): {
  server: Server;
  metrics: Metrics;
} {
  const metrics = createMetrics();
  const limit = options.maxBodyBytes ?? HTTP_DEFAULTS.maxBodyBytes;
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {});

  async function interact(req: IncomingMessage, res: ServerResponse, log: Logger): Promise<number> {
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        send(res, 413, { error: "body too large" });
        return 413;
      }
      throw error;
    }
    const problem = checkSignature(
      options.publicKey,
      {
        signature: req.headers["x-signature-ed25519"] as string | undefined,
        timestamp: req.headers["x-signature-timestamp"] as string | undefined,
      },
      body,
    );
    if (problem) {
      log.warn({ problem }, "rejected request");
      send(res, 401, { error: "invalid request signature" });
      return 401;
    }
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(body.toString("utf8")) as APIInteraction;
      if (
        typeof interaction !== "object" ||
        interaction === null ||
        typeof interaction.type !== "number"
      )
        throw new Error("not an interaction");
    } catch {
      send(res, 400, { error: "malformed interaction" });
      return 400;
    }
    if (interaction.type === InteractionType.Ping) {
      send(res, 200, { type: InteractionResponseType.Pong });
      return 200;
    }
    if (!options.knowledge) {
      send(res, 503, { error: "not ready" });
      return 503;
    }
    const started = performance.now();
    const first = new Promise<APIInteractionResponse>((resolve) => {
      const responder: HttpResponder = {
        respond: resolve,
        rest,
        applicationId: options.applicationId,
      };
      void route(interaction, responder, log.child({ interaction: interaction.id }));
    });
    const response = await first;
    metrics.latency.observe((performance.now() - started) / 1000);
    send(res, 200, response);
    return 200;
  }

  async function route(
    interaction: APIInteraction,
    responder: HttpResponder,
    log: Logger,
  ): Promise<void> {
    const knowledge = options.knowledge as Knowledge;
    const { dispatcher } = options;
    try {
      if (
        interaction.type === InteractionType.ApplicationCommand &&
        "options" in interaction.data
      ) {
        metrics.interactions.inc({ kind: "command" });
        const { subcommand, ctx } = commandContext(
          knowledge,
          interaction as Parameters<typeof commandContext>[1],
          responder,
        );
        await dispatcher.command({ command: interaction.data.name, subcommand }, ctx);
      } else if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
        metrics.interactions.inc({ kind: "autocomplete" });
        const { subcommand, ctx } = autocompleteContext(knowledge, interaction, responder);
        await dispatcher.autocomplete({ command: interaction.data.name, subcommand }, ctx);
      } else if (
        interaction.type === InteractionType.MessageComponent &&
        interaction.data.component_type === ComponentType.Button
      ) {
        metrics.interactions.inc({ kind: "button" });
        await dispatcher.button(
          buttonContext(knowledge, interaction as Parameters<typeof buttonContext>[1], responder),
        );
      } else {
        responder.respond({
          type: InteractionResponseType.ChannelMessageWithSource,
          data: { content: "This interaction is not supported.", flags: 64 },
        });
      }
    } catch (error) {
      log.error({ err: error }, "interaction failed");
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, log: Logger): Promise<number> {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/healthz") {
      send(res, 200, { ok: true });
      return 200;
    }
    if (req.method === "GET" && path === "/readyz") {
      const ready = options.knowledge !== null;
      send(res, ready ? 200 : 503, { ready });
      return ready ? 200 : 503;
    }
    if (req.method === "GET" && path === "/metrics") {
      send(res, 200, await metrics.registry.metrics(), metrics.registry.contentType);
      return 200;
    }
    if (req.method === "POST" && path === "/interactions") return interact(req, res, log);
    send(res, 404, { error: "not found" });
    return 404;
  }

  const server = createServer((req, res) => {
    const log = options.logger.child({
      request: randomUUID().slice(0, 8),
      method: req.method,
      path: req.url,
    });
    const route = (req.url ?? "/").startsWith("/interactions") ? "/interactions" : "other";
    handle(req, res, log)
      .catch((error: unknown) => {
        log.error({ err: error }, "request failed");
        if (!res.headersSent) send(res, 500, { error: "internal error" });
        return 500;
      })
      .then((status) => metrics.requests.inc({ route, status: String(status) }));
  });
  return { server, metrics };
}
