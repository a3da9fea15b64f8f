import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.js";
import { startOpsServer } from "../../src/ops/health.js";

describe("the health server (gateway mode)", () => {
  it("does answer /healthz always and /readyz only once ready", async () => {
    let ready = false;
    const ops = await startOpsServer({
      port: 0,
      host: "127.0.0.1",
      ready: () => ready,
      logger: createLogger("silent"),
    });
    const base = `http://127.0.0.1:${ops.port}`;
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      ready = true;
      const res = await fetch(`${base}/readyz`);
      expect([res.status, await res.json()]).toEqual([200, { ready: true }]);
      expect((await fetch(`${base}/healthz`, { method: "HEAD" })).status).toBe(200);
    } finally {
      await ops.close();
    }
  });

  it("does serve Prometheus text on /metrics, counting its own requests", async () => {
    const ops = await startOpsServer({
      port: 0,
      host: "127.0.0.1",
      ready: () => true,
      logger: createLogger("silent"),
    });
    const base = `http://127.0.0.1:${ops.port}`;
    try {
      await fetch(`${base}/healthz`);
      expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
      expect((await fetch(`${base}/metrics`, { method: "POST" })).status).toBe(405);
      ops.metrics.interactions.inc({ kind: "command" });
      const text = await (await fetch(`${base}/metrics`)).text();
      expect(text).toMatch(/deepseek_bot_http_requests_total\{route="ops",status="200"\} 1/);
      expect(text).toMatch(/deepseek_bot_http_requests_total\{route="ops",status="404"\} 1/);
      expect(text).toContain('deepseek_bot_interactions_total{kind="command"} 1');
      expect(text).toContain("process_resident_memory_bytes");
    } finally {
      await ops.close();
    }
  });

  it("does fail to start with a clear error when the port is taken", async () => {
    const logger = createLogger("silent");
    const first = await startOpsServer({ port: 0, host: "127.0.0.1", ready: () => true, logger });
    try {
      await expect(
        startOpsServer({ port: first.port, host: "127.0.0.1", ready: () => true, logger }),
      ).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
