import type { KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";
import { REST } from "discord.js";
import type { Knowledge } from "../../knowledge-base/knowledge-base.js";
import type { Logger } from "../../log.js";
import { answerOps } from "../../ops/health.js";
import { createMetrics, type Metrics } from "../../ops/metrics.js";
import { sendHttp } from "../../ops/reply.js";
import { DEADLINE } from "../deadline.js";
import type { Dispatcher } from "../dispatch.js";
import { DRAIN_TIMEOUT_MS, settleWithin } from "../drain.js";
import { MemorySeenInteractions, type SeenInteractions } from "../seen.js";
import { InteractionHandler } from "./handler.js";
import {
  INTERACTIONS_PATH,
  openRequestLog,
  type RequestLog,
  routeLabel,
  writeRequestLog,
} from "./request-log.js";

export const HTTP_DEFAULTS = {
  /** Discord's interaction payloads are a few KB; anything this big is not from Discord. */
  maxBodyBytes: 64 * 1024,
  /** Slow or stalled clients: whole request, and headers alone. */
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
  /** Open connections at once; more are closed as they come (Discord needs a handful). */
  maxConnections: 1_000,
} as const;

/**
 * How often Node looks for requests past their timeout. Its default is 30 s, which held a stalled
 * connection 30 s whatever the timeouts said: check at a tenth of the shorter one (10 ms to 1 s).
 */
export const checkIntervalFor = (headersTimeoutMs: number): number =>
  Math.min(1_000, Math.max(10, Math.floor(headersTimeoutMs / 10)));

export interface InteractionServerOptions {
  /**
   * The loaded index. It is loaded before the server exists, so the endpoint is ready whenever it
   * answers: /readyz says 200 from the first request on.
   */
  knowledge: Knowledge;
  dispatcher: Dispatcher;
  publicKey: KeyObject;
  applicationId: string;
  logger: Logger;
  /** REST base for follow-ups (discord.js `rest.api`); Discord's own when unset. */
  apiUrl?: string;
  maxBodyBytes?: number;
  /** Longest time a whole request (headers and body) may take to arrive; 408 after. */
  requestTimeoutMs?: number;
  /** Longest time the request headers may take to arrive; at most `requestTimeoutMs`. */
  headersTimeoutMs?: number;
  /** Most connections open at once; one more is closed at once. */
  maxConnections?: number;
  /** False: /metrics is served elsewhere (its own port), not beside /interactions. Default true. */
  serveMetrics?: boolean;
  /** When set, /metrics here answers only `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** Interaction ids already answered; default in this process (see seen.ts). */
  seen?: SeenInteractions;
  /** Default DEADLINE.acknowledgeAfterMs; tests shorten it to see a late acknowledgement. */
  acknowledgeAfterMs?: number;
  metrics?: Metrics;
}

export interface InteractionServer {
  server: Server;
  metrics: Metrics;
  /** False once stopping: what /readyz answers. */
  ready(): boolean;
  /** Stops accepting requests, lets those in flight and deferred answers finish, then closes. */
  stop(timeoutMs?: number): Promise<void>;
}

/** Where a request goes: health and metrics, the interactions endpoint, or 404 and 405. */
async function routeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  log: RequestLog,
  ops: Parameters<typeof answerOps>[2],
  interactions: InteractionHandler,
): Promise<number> {
  const answered = await answerOps(req, res, ops);
  if (answered !== null) return answered;
  if (log.path !== INTERACTIONS_PATH) {
    sendHttp(res, 404, { error: "not found" });
    return 404;
  }
  if (req.method !== "POST") {
    sendHttp(res, 405, { error: "method not allowed" }, { headers: { allow: "POST" } });
    return 405;
  }
  return interactions.handle(req, res, log);
}

/** A failure of the routing or handler code itself: 500 if nothing was sent yet. */
function requestFailed(
  res: ServerResponse,
  log: RequestLog,
  error: unknown,
  logger: Logger,
): number {
  logger.error({ ...log, err: error }, "http: request failed");
  if (!res.headersSent) sendHttp(res, 500, { error: "internal error", id: log.request });
  else res.destroy();
  return 500;
}

/** The HTTP server with the configured timeouts, enforced, its connection cap and open sockets. */
function httpServer(options: InteractionServerOptions): { server: Server; sockets: Set<Socket> } {
  const headersTimeout = options.headersTimeoutMs ?? HTTP_DEFAULTS.headersTimeoutMs;
  const server = createServer({
    requestTimeout: options.requestTimeoutMs ?? HTTP_DEFAULTS.requestTimeoutMs,
    headersTimeout,
    connectionsCheckingInterval: checkIntervalFor(headersTimeout),
  });
  server.maxConnections = options.maxConnections ?? HTTP_DEFAULTS.maxConnections;
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  return { server, sockets };
}

/**
 * Stops accepting and lets what was accepted finish: a request that arrives on a connection
 * already open is still answered (then that connection closes); idle connections are closed
 * after a short grace, and whatever is still open at `timeoutMs` is cut.
 */
async function drain(
  server: Server,
  sockets: ReadonlySet<Socket>,
  working: Iterable<Promise<unknown>>,
  timeoutMs: number,
): Promise<void> {
  // net.Server's close only stops listening; http.Server's would also destroy the idle
  // keep-alive sockets at once, resetting a request a client is writing on one right now.
  NetServer.prototype.close.call(server);
  const drained = new Promise<void>((resolve) => {
    const check = () => {
      if (sockets.size === 0) resolve();
    };
    check();
    for (const socket of sockets) socket.once("close", check);
  });
  const grace = setTimeout(() => server.closeIdleConnections(), Math.min(1_000, timeoutMs / 2));
  await settleWithin([drained, ...working], timeoutMs);
  clearTimeout(grace);
  server.closeAllConnections();
}

/**
 * The HTTP interactions endpoint's routing: POST /interactions goes to the interaction handler,
 * GET /healthz, /readyz and /metrics to the operations routes, anything else is refused. Each
 * request is counted and logged in one line. Stateless: any number of instances can serve one
 * application behind a load balancer.
 */
export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const metrics = options.metrics ?? createMetrics();
  const interactions = new InteractionHandler({
    ...options,
    metrics,
    rest: new REST(options.apiUrl ? { api: options.apiUrl } : {}),
    maxBodyBytes: options.maxBodyBytes ?? HTTP_DEFAULTS.maxBodyBytes,
    acknowledgeAfterMs: options.acknowledgeAfterMs ?? DEADLINE.acknowledgeAfterMs,
    seen: options.seen ?? new MemorySeenInteractions(),
  });
  /** Set by stop(): /readyz says 503 and every response closes its connection. */
  let stopping = false;
  const ops = {
    metrics,
    ready: () => !stopping,
    serveMetrics: options.serveMetrics,
    metricsToken: options.metricsToken,
  };
  /** Responses not yet sent, so stop() can make them close their connection too. */
  const pending = new Set<ServerResponse>();

  const route = (req: IncomingMessage, res: ServerResponse, log: RequestLog) =>
    routeRequest(req, res, log, ops, interactions);
  const failed = (res: ServerResponse, log: RequestLog, error: unknown) => {
    metrics.errors.inc({ where: "request" });
    return requestFailed(res, log, error, options.logger);
  };
  const { server, sockets } = httpServer(options);
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const log = openRequestLog(req);
    if (stopping) res.setHeader("connection", "close");
    else {
      pending.add(res);
      res.once("close", () => pending.delete(res));
    }
    route(req, res, log)
      .catch((error: unknown) => failed(res, log, error))
      .then((status) => {
        metrics.requests.inc({ route: routeLabel(log.path), status: String(status) });
        writeRequestLog(options.logger, log, status, performance.now() - started);
      });
  });

  /** Graceful stop (SIGTERM under load): /readyz 503 and `Connection: close` at once, then drain. */
  async function stop(timeoutMs: number = DRAIN_TIMEOUT_MS): Promise<void> {
    if (stopping) return;
    stopping = true;
    for (const res of pending) if (!res.headersSent) res.setHeader("connection", "close");
    await drain(server, sockets, interactions.working, timeoutMs);
  }

  return { server, metrics, ready: ops.ready, stop };
}
