import type { ServerResponse } from "node:http";

/**
 * Writes a whole HTTP response: JSON for objects, text as given. `close` asks Node to drop the
 * connection afterwards, for requests whose body we stopped reading (413).
 */
export function sendHttp(
  res: ServerResponse,
  status: number,
  body: unknown,
  options: { type?: string; close?: boolean; headers?: Record<string, string> } = {},
): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": options.type ?? "application/json",
    "content-length": String(Buffer.byteLength(text)),
    ...(options.close ? { connection: "close" } : {}),
    ...options.headers,
  });
  res.end(text);
}
