import type { AddressInfo } from "node:net";
import { connect, type Socket } from "node:net";
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
import { makeKeys, signedHeaders } from "./signed.js";

const keys = makeKeys();
let endpoint: InteractionServer;
let port: number;

beforeAll(async () => {
  const logger = createLogger("silent");
  endpoint = createInteractionServer({
    knowledge: loadKnowledge(),
    dispatcher: new Dispatcher({ commands, logger, cooldown: false }),
    publicKey: publicKeyFromHex(keys.publicHex),
    applicationId: "123456789012345678",
    logger,
    headersTimeoutMs: 200,
    requestTimeoutMs: 400,
    maxConnections: 3,
  });
  await new Promise<void>((resolve) => endpoint.server.listen(0, "127.0.0.1", resolve));
  port = (endpoint.server.address() as AddressInfo).port;
});
afterAll(() => endpoint.stop(1_000));

/** A raw connection: what the server sent, and whether it closed the connection (within 5 s). */
async function open(): Promise<{
  socket: Socket;
  received: () => string;
  closed: Promise<boolean>;
}> {
  const socket = connect(port, "127.0.0.1");
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  let received = "";
  socket.on("data", (chunk: Buffer) => {
    received += chunk.toString("latin1");
  });
  socket.on("error", () => {});
  const closed = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 5_000);
    socket.once("close", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  return { socket, received: () => received, closed };
}

describe("slow and stalled clients", () => {
  it("does cut a connection at its configured headers timeout when the headers stall", async () => {
    const conn = await open();
    conn.socket.write("POST /interactions HTTP/1.1\r\nHost: x\r\n");
    expect(await conn.closed).toBe(true);
    expect(conn.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it("does cut a connection at its configured request timeout when the body stalls", async () => {
    const body = JSON.stringify({ type: 1, padding: "x".repeat(200) });
    const headers = Object.entries({ ...signedHeaders(keys.privateKey, body), host: "x" })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("");
    const conn = await open();
    conn.socket.write(
      `POST /interactions HTTP/1.1\r\n${headers}content-length: ${body.length}\r\n\r\n${body.slice(0, 20)}`,
    );
    expect(await conn.closed).toBe(true);
    expect(conn.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it("does close a connection over the cap at once when the cap is reached", async () => {
    const held = await Promise.all([open(), open(), open()]);
    try {
      const extra = await open();
      expect(await extra.closed).toBe(true);
      expect(extra.received()).toBe("");
    } finally {
      for (const conn of held) conn.socket.destroy();
      await Promise.all(held.map((conn) => conn.closed));
    }
    // Below the cap again, a new connection is served.
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
  });
});
