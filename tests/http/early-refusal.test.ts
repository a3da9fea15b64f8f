import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionServer } from "../../src/transports/http/server.js";
import { listeningEndpoint } from "./endpoint.js";
import { makeKeys } from "./signed.js";

const TEN_MIB = 10 * 1024 * 1024;
let endpoint: InteractionServer;
let url: string;

beforeAll(async () => {
  ({ endpoint, url } = await listeningEndpoint(makeKeys().publicHex, { maxBodyBytes: TEN_MIB }));
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
