/**
 * `npm run bench:unsigned`: what 50 requests with 10 MiB bodies and no signature headers cost the
 * HTTP endpoint in memory, with MAX_BODY_BYTES at its allowed maximum. The endpoint refuses them
 * on their headers, so the bodies are never read: RSS should barely move (target: under 20 MB).
 */
import { generateKeyPairSync } from "node:crypto";
import { request } from "node:http";
import { commands } from "../src/commands/index.js";
import { loadKnowledge } from "../src/knowledge-base/knowledge-base.js";
import { createLogger } from "../src/log.js";
import { listen } from "../src/ops/listen.js";
import { Dispatcher } from "../src/transports/dispatch.js";
import { createInteractionServer } from "../src/transports/http/server.js";
import { publicKeyFromHex } from "../src/transports/http/verify.js";

const REQUESTS = 50;
const BODY_BYTES = 10 * 1024 * 1024;

function publicHex(): string {
  const { publicKey } = generateKeyPairSync("ed25519");
  return Buffer.from(publicKey.export({ format: "jwk" }).x ?? "", "base64url").toString("hex");
}

/** Sends a whole 10 MiB body (as fast as the server takes it); resolves with the status. */
function sendBody(url: string, body: Buffer): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(url, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(body.length) },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    req.end(body);
  });
}

const logger = createLogger("silent");
const endpoint = createInteractionServer({
  knowledge: loadKnowledge(),
  dispatcher: new Dispatcher({ commands, logger, cooldown: false }),
  publicKey: publicKeyFromHex(publicHex()),
  applicationId: "123456789012345678",
  logger,
  maxBodyBytes: BODY_BYTES,
});
const port = await listen(endpoint.server, 0, "127.0.0.1");
const body = Buffer.alloc(BODY_BYTES, "a");
global.gc?.();
const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const statuses = await Promise.all(
  Array.from({ length: REQUESTS }, () => sendBody(`http://127.0.0.1:${port}/interactions`, body)),
);
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await endpoint.stop(1_000);
const counts: Record<string, number> = {};
for (const s of statuses) counts[String(s)] = (counts[String(s)] ?? 0) + 1;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(`unsigned 10 MiB bodies: ${REQUESTS} requests, outcomes ${JSON.stringify(counts)}`);
console.log(
  `RSS before ${mb(before)} MB, peak ${mb(peak)} MB, rise ${mb(peak - before)} MB (target < 20 MB)`,
);
