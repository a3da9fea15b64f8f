import type { KeyObject } from "node:crypto";
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import {
  type APIInteraction,
  type APIInteractionResponse,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  REST,
} from "discord.js";
import type { Knowledge } from "../../knowledge-base/knowledge-base.js";
import type { Logger } from "../../log.js";
import { answerOps } from "../../ops/health.js";
import { createMetrics, type Metrics } from "../../ops/metrics.js";
import { sendHttp } from "../../ops/reply.js";
import type { Dispatcher } from "../dispatch.js";
import {
  autocompleteContext,
  buttonContext,
  commandContext,
  describeInteraction,
  invokerOf,
  lateAcknowledgement,
} from "./adapt.js";
import { BodyTooLarge, readBody } from "./body.js";
import { parseInteraction } from "./interaction.js";
import { HttpResponder } from "./respond.js";
import { checkSignature } from "./verify.js";

export const HTTP_DEFAULTS = {
  /** Discord's interaction payloads are a few KB; anything this big is not from Discord. */
  maxBodyBytes: 64 * 1024,
  /**
   * Backstop for Discord's 3 s: the dispatcher defers commands after 2 s; whatever is still
   * unanswered here (a slow button, a bug) is acknowledged so the user never sees a failure.
   */
  acknowledgeAfterMs: 2_500,
  /** How long stop() waits for interactions still at work (deferred answers) before closing. */
  drainTimeoutMs: 10_000,
  /** Slow or stalled clients: whole request, and headers alone. */
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
} as const;

export interface InteractionServerOptions {
  /** The loaded index; null while loading (then /readyz and interactions answer 503). */
  knowledge: Knowledge | null;
  dispatcher: Dispatcher;
  publicKey: KeyObject;
  applicationId: string;
  logger: Logger;
  /** REST base for follow-ups (discord.js `rest.api`); Discord's own when unset. */
  apiUrl?: string;
  maxBodyBytes?: number;
  acknowledgeAfterMs?: number;
  metrics?: Metrics;
}

export interface InteractionServer {
  server: Server;
  metrics: Metrics;
  /** Stops accepting requests, lets those in flight and deferred answers finish, then closes. */
  stop(timeoutMs?: number): Promise<void>;
}

/** What the one log line per request says, filled in as the request is understood. */
interface RequestLog {
  request: string;
  method: string | undefined;
  path: string;
  interaction?: string;
  user?: string;
  command?: string;
  kind?: string;
  problem?: string;
}

const requestId = () => randomBytes(4).toString("hex");

/** The error message a user sees when the transport itself failed; the log has the same id. */
const failure = (id: string): APIInteractionResponse => ({
  type: InteractionResponseType.ChannelMessageWithSource,
  data: {
    content: `Something went wrong on our side (error id \`${id}\`). Please try again; if it keeps happening, tell the bot's operator this id.`,
    flags: MessageFlags.Ephemeral,
    allowed_mentions: { parse: [] },
  },
});

const UNSUPPORTED: APIInteractionResponse = {
  type: InteractionResponseType.ChannelMessageWithSource,
  data: {
    content: "This bot does not handle that kind of interaction.",
    flags: MessageFlags.Ephemeral,
    allowed_mentions: { parse: [] },
  },
};

/**
 * The HTTP interactions endpoint: POST /interactions (body capped, signature checked before the
 * body is parsed), GET /healthz, /readyz and /metrics. Commands, autocomplete and buttons run
 * through the same dispatcher and command modules as the gateway. Stateless: any number of
 * instances can serve one application behind a load balancer.
 */
export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const metrics = options.metrics ?? createMetrics();
  const limit = options.maxBodyBytes ?? HTTP_DEFAULTS.maxBodyBytes;
  const acknowledgeAfterMs = options.acknowledgeAfterMs ?? HTTP_DEFAULTS.acknowledgeAfterMs;
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {});
  /** Interactions whose handler is still running, answered or not: stop() waits for them. */
  const working = new Set<Promise<void>>();
  const ops = { metrics, ready: () => options.knowledge !== null };

  async function interact(req: IncomingMessage, res: ServerResponse, log: RequestLog) {
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      log.problem = error.message;
      sendHttp(res, 413, { error: "request body too large" }, { close: true });
      return 413;
    }
    const problem = checkSignature(
      options.publicKey,
      {
        signature: header(req, "x-signature-ed25519"),
        timestamp: header(req, "x-signature-timestamp"),
      },
      body,
    );
    if (problem) {
      log.problem = problem;
      sendHttp(res, 401, { error: "invalid request signature" });
      return 401;
    }
    const parsed = parseInteraction(body);
    if (!parsed.ok) {
      log.problem = parsed.problem;
      sendHttp(res, 400, { error: "malformed interaction" });
      return 400;
    }
    const { interaction } = parsed;
    if (interaction.type === InteractionType.Ping) {
      log.kind = "ping";
      sendHttp(res, 200, { type: InteractionResponseType.Pong });
      return 200;
    }
    log.interaction = interaction.id;
    log.user = invokerOf(interaction).id;
    log.command = describeInteraction(interaction);
    const knowledge = options.knowledge;
    if (!knowledge) {
      log.problem = "index not loaded yet";
      sendHttp(res, 503, { error: "not ready" });
      return 503;
    }
    const started = performance.now();
    // The signed payload names its application; a different configured id would make every
    // follow-up fail, so say so (the public key matched, so the payload's id is the right one).
    if (interaction.application_id !== options.applicationId)
      options.logger.warn(
        log,
        "http: interaction for another application id than DISCORD_CLIENT_ID",
      );
    const responder = new HttpResponder(rest, interaction.application_id, interaction.token);
    const kind = kindOf(interaction);
    log.kind = kind;
    metrics.interactions.inc({ kind });

    const acknowledge = setTimeout(() => {
      const late = lateAcknowledgement(interaction);
      const deferred =
        late.type === InteractionResponseType.DeferredChannelMessageWithSource ||
        late.type === InteractionResponseType.DeferredMessageUpdate;
      if (responder.respond(late, deferred)) log.problem = "acknowledged late";
    }, acknowledgeAfterMs);
    const work = run(knowledge, interaction, responder, log).finally(() => {
      clearTimeout(acknowledge);
      if (responder.state === "open") {
        // The handler returned without answering: a bug, but the user still gets an answer.
        const id = requestId();
        metrics.errors.inc({ where: "unanswered" });
        options.logger.error({ ...log, errorId: id }, "http: handler finished without answering");
        responder.respond(failure(id));
      }
    });
    working.add(work);
    void work.finally(() => working.delete(work));

    const response = await responder.first;
    metrics.latency.observe({ kind }, (performance.now() - started) / 1000);
    res.once("close", () => responder.markSent());
    sendHttp(res, 200, response);
    return 200;
  }

  /** Runs the interaction's handler; only a failure of this transport's own code lands here. */
  async function run(
    knowledge: Knowledge,
    interaction: APIInteraction,
    responder: HttpResponder,
    log: RequestLog,
  ): Promise<void> {
    const { dispatcher } = options;
    try {
      if (
        interaction.type === InteractionType.ApplicationCommand &&
        interaction.data.type === ApplicationCommandType.ChatInput
      ) {
        const { route, ctx } = commandContext(knowledge, interaction, responder);
        await dispatcher.command(route, ctx);
      } else if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
        const { route, ctx } = autocompleteContext(knowledge, interaction, responder);
        await dispatcher.autocomplete(route, ctx);
      } else if (
        interaction.type === InteractionType.MessageComponent &&
        interaction.data.component_type === ComponentType.Button
      ) {
        await dispatcher.button(buttonContext(knowledge, interaction, responder));
      } else {
        responder.respond(UNSUPPORTED);
      }
    } catch (error) {
      const id = requestId();
      metrics.errors.inc({ where: "interaction" });
      options.logger.error({ ...log, err: error, errorId: id }, "http: interaction failed");
      responder.respond(failure(id));
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, log: RequestLog) {
    const answered = await answerOps(req, res, ops);
    if (answered !== null) return answered;
    if (log.path === "/interactions") {
      if (req.method === "POST") return interact(req, res, log);
      sendHttp(res, 405, { error: "method not allowed" }, { headers: { allow: "POST" } });
      return 405;
    }
    sendHttp(res, 404, { error: "not found" });
    return 404;
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    const log: RequestLog = {
      request: requestId(),
      method: req.method,
      path: (req.url ?? "/").split("?")[0] ?? "/",
    };
    handle(req, res, log)
      .catch((error: unknown) => {
        metrics.errors.inc({ where: "request" });
        options.logger.error({ ...log, err: error }, "http: request failed");
        if (!res.headersSent) sendHttp(res, 500, { error: "internal error", id: log.request });
        else res.destroy();
        return 500;
      })
      .then((status) => {
        const route =
          log.path === "/interactions"
            ? "/interactions"
            : ROUTES.has(log.path)
              ? log.path
              : "other";
        metrics.requests.inc({ route, status: String(status) });
        const ms = Math.round((performance.now() - started) * 10) / 10;
        if (status >= 500) options.logger.error({ ...log, status, ms }, "http: request");
        else if (status >= 400) options.logger.warn({ ...log, status, ms }, "http: request");
        else if (route === "/interactions")
          options.logger.info({ ...log, status, ms }, "http: request");
        else options.logger.debug({ ...log, status, ms }, "http: request");
      });
  });
  server.requestTimeout = HTTP_DEFAULTS.requestTimeoutMs;
  server.headersTimeout = HTTP_DEFAULTS.headersTimeoutMs;

  async function stop(timeoutMs: number = HTTP_DEFAULTS.drainTimeoutMs): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const drained = Promise.allSettled([closed, ...working]);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([drained, timeout]);
    clearTimeout(timer);
    server.closeAllConnections();
  }

  return { server, metrics, stop };
}

const ROUTES = new Set(["/healthz", "/readyz", "/metrics"]);

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? undefined : value;
}

function kindOf(interaction: APIInteraction): string {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
      return "command";
    case InteractionType.ApplicationCommandAutocomplete:
      return "autocomplete";
    case InteractionType.MessageComponent:
      return interaction.data.component_type === ComponentType.Button ? "button" : "component";
    default:
      return "other";
  }
}
