import { generateKeyPairSync, sign } from "node:crypto";
import type { AddressInfo } from "node:net";
import { commands } from "../src/commands/index.js";
import type { Knowledge } from "../src/index/knowledge.js";
import { createLogger } from "../src/log.js";
import { Dispatcher } from "../src/transports/dispatch.js";
import { createInteractionServer } from "../src/transports/http/server.js";
import { publicKeyFromHex } from "../src/transports/http/verify.js";

export const HTTP_LOAD_DEFAULTS = { requests: 2_000, concurrency: 50 } as const;

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/**
 * Signed /deepseek ask requests over loopback at a fixed concurrency against the real HTTP
 * endpoint; every answer must be a cited message. Returns the numbers to print.
 */
export async function httpLoad(
  knowledge: Knowledge,
  questions: readonly string[],
  options = HTTP_LOAD_DEFAULTS,
) {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const publicHex = Buffer.from(publicKey.export({ format: "jwk" }).x ?? "", "base64url").toString(
    "hex",
  );
  const logger = createLogger("silent");
  const { server } = createInteractionServer({
    knowledge,
    // Many "users": the cooldown is per user and must not throttle a crowd.
    dispatcher: new Dispatcher({ commands, logger }),
    publicKey: publicKeyFromHex(publicHex),
    applicationId: "123456789012345678",
    logger,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`;
  const latencies: number[] = [];
  let answered = 0;
  let next = 0;
  const started = performance.now();
  async function worker(): Promise<void> {
    while (next < options.requests) {
      const i = next++;
      const body = JSON.stringify({
        id: String(10n ** 17n + BigInt(i)),
        application_id: "123456789012345678",
        type: 2,
        token: `token-${i}`,
        version: 1,
        user: { id: String(2n * 10n ** 17n + BigInt(i)), username: `user${i}` },
        data: {
          id: "1",
          name: "deepseek",
          type: 1,
          options: [
            {
              type: 1,
              name: "ask",
              options: [{ type: 3, name: "question", value: questions[i % questions.length] }],
            },
          ],
        },
      });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString("hex");
      const t0 = performance.now();
      const res = await fetch(url, {
        method: "POST",
        body,
        headers: {
          "content-type": "application/json",
          "x-signature-ed25519": signature,
          "x-signature-timestamp": timestamp,
        },
      });
      const json = (await res.json()) as { type?: number; data?: { embeds?: unknown[] } };
      latencies.push(performance.now() - t0);
      if (res.status === 200 && json.type === 4 && (json.data?.embeds?.length ?? 0) > 0) answered++;
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => server.close(resolve));
  return {
    ...options,
    answered,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: options.requests / seconds,
  };
}
