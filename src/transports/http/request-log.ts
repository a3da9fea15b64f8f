import type { IncomingMessage } from "node:http";
import type { Logger } from "../../log.js";
import { OPS_ROUTES, pathOf } from "../../ops/health.js";
import { shortId } from "../../ops/ids.js";

/** Where Discord POSTs interactions. */
export const INTERACTIONS_PATH = "/interactions";

/** What the one log line per request says, filled in as the request is understood. */
export interface RequestLog {
  request: string;
  method: string | undefined;
  path: string;
  interaction?: string;
  user?: string;
  command?: string;
  kind?: string;
  problem?: string;
}

/** A request's log line before anything is known but its id, method and path. */
export function openRequestLog(req: IncomingMessage): RequestLog {
  return { request: shortId(), method: req.method, path: pathOf(req) };
}

/** Longest client-given text a log line carries per field: the rest is cut, marked with "…". */
export const LOG_FIELD_MAX = 200;

/** The log with every text field cut to LOG_FIELD_MAX: client text never bloats a log line. */
function clipped(log: RequestLog): RequestLog {
  const cut = (text: string | undefined) =>
    text !== undefined && text.length > LOG_FIELD_MAX ? `${text.slice(0, LOG_FIELD_MAX)}…` : text;
  return {
    ...log,
    method: cut(log.method),
    path: cut(log.path) ?? "",
    interaction: cut(log.interaction),
    user: cut(log.user),
    command: cut(log.command),
    kind: cut(log.kind),
    problem: cut(log.problem),
  };
}

/** The route label of the request counter: a known path, or "other" (no unbounded labels). */
export function routeLabel(path: string): string {
  return path === INTERACTIONS_PATH || OPS_ROUTES.includes(path) ? path : "other";
}

/**
 * Writes the request's line at the level its outcome deserves: errors and refusals always,
 * interactions at info, health checks and scrapes at debug (they come every few seconds).
 */
export function writeRequestLog(logger: Logger, log: RequestLog, status: number, ms: number) {
  const line = { ...clipped(log), status, ms: Math.round(ms * 10) / 10 };
  if (status >= 500) logger.error(line, "http: request");
  else if (status >= 400) logger.warn(line, "http: request");
  else if (log.path === INTERACTIONS_PATH) logger.info(line, "http: request");
  else logger.debug(line, "http: request");
}
