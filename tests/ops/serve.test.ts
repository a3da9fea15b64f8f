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
});
