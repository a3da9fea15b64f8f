import type { IncomingMessage } from "node:http";

/** The request body is over the cap: answered 413, and the rest is never read. */
export class BodyTooLarge extends Error {
  constructor(limit: number) {
    super(`http: request body over ${limit} bytes`);
  }
}

/**
 * Reads a request body of at most `limit` bytes. A declared Content-Length over the limit fails
 * before a byte is read; a chunked body fails as soon as it passes the limit, and reading stops
 * there (the caller answers 413 and closes the connection).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      req.pause();
      reject(new BodyTooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        reject(new BodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks, size)));
    req.once("error", reject);
  });
}
