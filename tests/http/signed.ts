import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { request } from "node:http";

/** A fresh Ed25519 key pair, the public half as Discord shows it (64 hex characters). */
export function makeKeys(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const x = publicKey.export({ format: "jwk" }).x ?? "";
  return { privateKey, publicHex: Buffer.from(x, "base64url").toString("hex") };
}

/** Headers Discord would send for `body`, signed with `privateKey` at `timestamp`. */
export function signedHeaders(
  privateKey: KeyObject,
  body: string | Buffer,
  timestamp = Math.floor(Date.now() / 1000),
) {
  const message = Buffer.concat([Buffer.from(String(timestamp)), Buffer.from(body)]);
  return {
    "content-type": "application/json",
    "x-signature-ed25519": sign(null, message, privateKey).toString("hex"),
    "x-signature-timestamp": String(timestamp),
  };
}

/**
 * POSTs a body in chunks without a Content-Length (chunked encoding), as a client that does not
 * say how much it will send. Resolves with the status and the Connection header, or "reset" if
 * the connection was cut before any answer.
 */
export function postChunked(
  url: string,
  chunks: Buffer[],
  headers: Record<string, string>,
): Promise<{ status: number; connection: string | undefined } | "reset"> {
  return new Promise((resolve) => {
    const req = request(url, { method: "POST", headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, connection: res.headers.connection });
    });
    req.on("error", () => resolve("reset"));
    const write = (i: number) => {
      if (i === chunks.length) {
        req.end();
        return;
      }
      // Keep writing only while the server still reads; a closed socket ends the loop.
      if (!req.destroyed) req.write(chunks[i], () => write(i + 1));
    };
    write(0);
  });
}
