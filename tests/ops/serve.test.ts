import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import { startHttpEndpoint } from "../../src/transports/http/serve.js";
import { makeKeys, signedHeaders } from "../http/signed.js";

const knowledge = loadKnowledge();
const logger = createLogger("silent");

describe("startHttpEndpoint (npm run serve)", () => {
  it("does refuse to start when the configuration resolved to another mode", async () => {
    const start = startHttpEndpoint({ config: parseConfig({}), knowledge, logger });
    await expect(start).rejects.toThrow(/^serve: the configuration resolved to console mode/);
  });

  it("does listen on PORT, answer a signed PING, and stop", async () => {
    const keys = makeKeys();
    const config = parseConfig({
      MODE: "http",
      DISCORD_PUBLIC_KEY: keys.publicHex,
      DISCORD_CLIENT_ID: "123456789012345678",
      FEEDBACK_DB: join(mkdtempSync(join(tmpdir(), "serve-")), "feedback.db"),
    });
    const endpoint = await startHttpEndpoint({
      config: { ...config, PORT: 0 },
      knowledge,
      logger,
      host: "127.0.0.1",
    });
    try {
      const body = JSON.stringify({
        id: "1",
        application_id: "2",
        type: 1,
        token: "t",
        version: 1,
      });
      const res = await fetch(`http://127.0.0.1:${endpoint.port}/interactions`, {
        method: "POST",
        body,
        headers: signedHeaders(keys.privateKey, body),
      });
      expect(await res.json()).toEqual({ type: 1 });
    } finally {
      await endpoint.stop();
    }
  });

  /** Starts the endpoint on free loopback ports with these extra variables. */
  async function serveWith(vars: Record<string, string>, overrides: Record<string, unknown> = {}) {
    const config = parseConfig({
      MODE: "http",
      DISCORD_PUBLIC_KEY: makeKeys().publicHex,
      DISCORD_CLIENT_ID: "123456789012345678",
      ...vars,
    });
    return startHttpEndpoint({
      config: { ...config, PORT: 0, ...overrides },
      knowledge,
      logger,
      host: "127.0.0.1",
    });
  }

  it("does not serve /metrics beside /interactions when neither METRICS_PORT nor METRICS_TOKEN is set", async () => {
    const endpoint = await serveWith({});
    try {
      const base = `http://127.0.0.1:${endpoint.port}`;
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await endpoint.stop();
    }
  });

  it("does serve /metrics only on its own port when METRICS_PORT is set", async () => {
    const endpoint = await serveWith({}, { METRICS_PORT: 0 });
    try {
      expect(endpoint.metricsPort).toBeGreaterThan(0);
      expect((await fetch(`http://127.0.0.1:${endpoint.port}/metrics`)).status).toBe(404);
      const res = await fetch(`http://127.0.0.1:${endpoint.metricsPort}/metrics`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("deepseek_bot_http_requests_total");
    } finally {
      await endpoint.stop();
    }
  });

  it("does answer /metrics 401 without the bearer token when METRICS_TOKEN is set", async () => {
    const token = "a-metrics-token-of-some-length";
    const endpoint = await serveWith({ METRICS_TOKEN: token });
    try {
      const url = `http://127.0.0.1:${endpoint.port}/metrics`;
      expect((await fetch(url)).status).toBe(401);
      const wrong = { authorization: "Bearer not-the-token-at-all-really" };
      expect((await fetch(url, { headers: wrong })).status).toBe(401);
      const right = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(right.status).toBe(200);
    } finally {
      await endpoint.stop();
    }
  });

  it("does listen on HOST when it is set", async () => {
    const endpoint = await startHttpEndpoint({
      config: {
        ...parseConfig({
          MODE: "http",
          DISCORD_PUBLIC_KEY: makeKeys().publicHex,
          DISCORD_CLIENT_ID: "123456789012345678",
          HOST: "127.0.0.1",
        }),
        PORT: 0,
      },
      knowledge,
      logger,
    });
    try {
      expect((await fetch(`http://127.0.0.1:${endpoint.port}/healthz`)).status).toBe(200);
      expect(endpoint.address).toBe("127.0.0.1");
    } finally {
      await endpoint.stop();
    }
  });
});
