import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** Counters of requests, errors and latency, served as Prometheus text on GET /metrics. */
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
      help: "Interactions by kind",
      labelNames: ["kind"] as const,
      registers: [registry],
    }),
    latency: new Histogram({
      name: "deepseek_bot_interaction_seconds",
      help: "Time from request to first response",
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 3],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
