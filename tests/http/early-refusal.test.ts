import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import { Dispatcher } from "../../src/transports/dispatch.js";
import {
  createInteractionServer,
  type InteractionServer,
} from "../../src/transports/http/server.js";
import { publicKeyFromHex } from "../../src/transports/http/verify.js";
import { makeKeys } from "./signed.js";

const TEN_MIB = 10 * 1024 * 1024;
let endpoint: InteractionServer;
let url: string;

beforeAll(async () => {
  const logger = createLogger("silent");
  endpoint = createInteractionServer({
    knowledge: loadKnowledge(),
    dispatcher: new Dispatcher({ commands, logger, cooldown: false }),
    publicKey: publicKeyFromHex(makeKeys().publicHex),
    applicationId: "123456789012345678",
    logger,
    maxBodyBytes: TEN_MIB,
  });
  await new Promise<void>((resolve) => endpoint.server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(endpoint.server.address() as AddressInfo).port}/interactions`;
});
afterAll(() => endpoint.stop(1_000));

/**
 * Declares a 10 MiB body but sends only its first 64 KiB, then waits: the answer can only come
 * before the body is read. Resolves with the status and Connection header, or "no answer".
 */
function sendHeadOfBigBody(headers: Record<string, string>) {
  return new Promise<{ status: number; connection?: string } | "no answer">((resolve) => {
    const req = request(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-length": String(TEN_MIB),
        ...headers,
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve("no answer");
    }, 2_000);
    req.on("response", (res) => {
      clearTimeout(timer);
      res.resume();
      resolve({ status: res.statusCode ?? 0, connection: res.headers.connection });
      req.destroy();
    });
    req.on("error", () => {});
    req.write(Buffer.alloc(64 * 1024, "a"));
  });
}

describe("refusing unsigned requests before reading their body", () => {
  it("does answer 401 and close without reading the body when the signature headers are missing", async () => {
    expect(await sendHeadOfBigBody({})).toEqual({ status: 401, connection: "close" });
  });

  it("does answer 401 without reading the body when the signature headers are malformed or stale", async () => {
    const stale = String(Math.floor(Date.now() / 1000) - 3_600);
    for (const headers of [
      { "x-signature-ed25519": "zz", "x-signature-timestamp": "1" },
      { "x-signature-ed25519": "a".repeat(128), "x-signature-timestamp": stale },
    ])
      expect(await sendHeadOfBigBody(headers)).toEqual({ status: 401, connection: "close" });
  });
});
