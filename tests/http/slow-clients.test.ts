import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionServer } from "../../src/transports/http/server.js";
import { listeningEndpoint } from "./endpoint.js";
import { makeKeys, signedHeaders } from "./signed.js";

const keys = makeKeys();
let endpoint: InteractionServer;
let port: number;

beforeAll(async () => {
  ({ endpoint, port } = await listeningEndpoint(keys.publicHex, {
    headersTimeoutMs: 200,
    requestTimeoutMs: 400,
    maxConnections: 3,
  }));
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
