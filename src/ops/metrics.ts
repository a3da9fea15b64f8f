import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/**
 * Counters of requests, interactions, errors and latency, served as Prometheus text on
 * GET /metrics. One registry per server, not prom-client's global one, so several servers in one
 * process (tests, the bench) never share or double-register counters.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: "deepseek_bot_http_requests_total",
      help: "HTTP requests by route and status",
      labelNames: ["route", "status"] as const,
      registers: [registry],
    }),
    interactions: new Counter({
      name: "deepseek_bot_interactions_total",
      help: "Interactions by kind (command, autocomplete, button, other)",
      labelNames: ["kind"] as const,
      registers: [registry],
    }),
    errors: new Counter({
      name: "deepseek_bot_errors_total",
      help: "Failures by where they happened",
      labelNames: ["where"] as const,
      registers: [registry],
    }),
    latency: new Histogram({
      name: "deepseek_bot_interaction_seconds",
      help: "Time from receiving an interaction to its first response",
      labelNames: ["kind"] as const,
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2, 3],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
