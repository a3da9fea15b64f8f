import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../log.js";
import { shortId } from "./ids.js";
import { listen } from "./listen.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { sendHttp } from "./reply.js";

/** The operations routes: served by the health server, and beside POST /interactions. */
export const OPS_ROUTES: readonly string[] = ["/healthz", "/readyz", "/metrics"];

/** A request's path, without its query string. */
export const pathOf = (req: IncomingMessage): string => (req.url ?? "/").split("?")[0] ?? "/";

export interface OpsRoutes {
  metrics: Metrics;
  /**
   * Whether this process can answer: for the gateway, connected (every shard, when sharded). The
   * HTTP endpoint loads the index before it listens, so it is ready whenever it answers.
   */
  ready(): boolean;
  /** Whether the process still works (default: always). /healthz says 503 when it does not. */
  healthy?(): boolean;
  /** False: /metrics is not served here (404), e.g. it has its own port. Default true. */
  serveMetrics?: boolean;
  /** When set, /metrics answers only `Authorization: Bearer <token>` (else 401). */
  metricsToken?: string;
}

/** Whether the request carries `Authorization: Bearer <token>`, compared in constant time. */
function hasBearer(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(req.headers.authorization ?? "");
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * GET /healthz (alive: the process answers HTTP), GET /readyz (ready to answer interactions) and
 * GET /metrics (Prometheus text). Returns the status sent, or null when the path is not one of
 * these, so the HTTP interactions server can serve them beside POST /interactions.
 */
export async function answerOps(
  req: IncomingMessage,
  res: ServerResponse,
  routes: OpsRoutes,
): Promise<number | null> {
  const path = pathOf(req);
  if (!OPS_ROUTES.includes(path)) return null;
  if (path === "/metrics" && routes.serveMetrics === false) return null;
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendHttp(res, 405, { error: "method not allowed" }, { headers: { allow: "GET, HEAD" } });
    return 405;
  }
  if (path === "/healthz") {
    const ok = routes.healthy?.() ?? true;
    sendHttp(res, ok ? 200 : 503, { ok });
    return ok ? 200 : 503;
  }
  if (path === "/readyz") {
    const ready = routes.ready();
    sendHttp(res, ready ? 200 : 503, { ready });
    return ready ? 200 : 503;
  }
  if (routes.metricsToken !== undefined && !hasBearer(req, routes.metricsToken)) {
    sendHttp(res, 401, { error: "unauthorized" }, { headers: { "www-authenticate": "Bearer" } });
    return 401;
  }
  sendHttp(res, 200, await routes.metrics.registry.metrics(), {
    type: routes.metrics.registry.contentType,
  });
  return 200;
}

export interface OpsServer {
  server: Server;
  metrics: Metrics;
  port: number;
  close(): Promise<void>;
}

/**
 * The health server of the gateway mode (and of the shard manager), which has no HTTP server of
 * its own: /healthz, /readyz and /metrics on `port`. Port 0 picks a free port (tests).
 */
export async function startOpsServer(options: {
  port: number;
  host?: string;
  ready(): boolean;
  healthy?(): boolean;
  /** Bearer token /metrics requires, when set. */
  metricsToken?: string;
  logger: Logger;
  metrics?: Metrics;
}): Promise<OpsServer> {
  const metrics = options.metrics ?? createMetrics();
  const routes: OpsRoutes = {
    metrics,
    ready: options.ready,
    healthy: options.healthy,
    metricsToken: options.metricsToken,
  };
  const server = createServer((req, res) => {
    answerOps(req, res, routes)
      .then((status) => {
        if (status === null) sendHttp(res, 404, { error: "not found" });
        metrics.requests.inc({ route: "ops", status: String(status ?? 404) });
      })
      .catch((error: unknown) => {
        const id = shortId();
        options.logger.error({ err: error, request: id }, "ops: request failed");
        metrics.errors.inc({ where: "ops" });
        if (!res.headersSent) sendHttp(res, 500, { error: "internal error", id });
      });
  });
  const port = await listen(server, options.port, options.host);
  options.logger.info({ port }, "ops: health server listening");
  return {
    server,
    metrics,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
