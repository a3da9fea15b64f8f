import { createPrivateKey, generateKeyPairSync, sign } from "node:crypto";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { commands } from "../src/commands/index.js";
import { ask } from "../src/engine/ask.js";
import { type Knowledge, loadKnowledge } from "../src/knowledge-base/knowledge-base.js";
import { createLogger } from "../src/log.js";
import { listen } from "../src/ops/listen.js";
import { askReply } from "../src/presenters/discord/ask.js";
import { toMessage } from "../src/presenters/discord/message.js";
import { Dispatcher } from "../src/transports/dispatch.js";
import { createInteractionServer } from "../src/transports/http/server.js";
import { publicKeyFromHex } from "../src/transports/http/verify.js";
import { evalQuestions } from "./scale/questions.js";
import { percentile } from "./stats.js";

/** Warm-up requests run first and are not counted: the numbers are for a warmed-up process. */
export const HTTP_LOAD_DEFAULTS = { requests: 2_000, concurrency: 50, warmup: 200 } as const;

const APPLICATION_ID = "123456789012345678";

/** What the client thread (Discord's stand-in) needs, and what it reports. */
interface ClientJob {
  role: "http-load-client";
  url: string;
  privateKeyPem: string;
  questions: readonly string[];
  /** The exact message data each question must be answered with, as JSON. */
  expected: readonly string[];
  requests: number;
  concurrency: number;
  /** Offsets ids and users, so the measured run never reuses a warm-up user. */
  firstId: number;
}
interface ClientReport {
  latencies: number[];
  statuses: Record<string, number>;
  answered: number;
  seconds: number;
}

/** A /deepseek ask interaction as Discord would POST it, from a different user each time. */
function askPayload(i: number, question: string): string {
  return JSON.stringify({
    id: String(10n ** 17n + BigInt(i)),
    application_id: APPLICATION_ID,
    type: 2,
    token: `token-${i}`,
    version: 1,
    user: { id: String(2n * 10n ** 17n + BigInt(i)), username: `user${i}` },
    data: {
      id: "1",
      name: "deepseek",
      type: 1,
      options: [
        { type: 1, name: "ask", options: [{ type: 3, name: "question", value: question }] },
      ],
    },
  });
}

/** The client side: sign and send `requests` asks, `concurrency` at a time; check each answer. */
async function runClient(job: ClientJob): Promise<ClientReport> {
  const privateKey = createPrivateKey(job.privateKeyPem);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let answered = 0;
  let next = 0;
  const started = performance.now();
  async function worker(): Promise<void> {
    while (next < job.requests) {
      const i = next++;
      const q = i % job.questions.length;
      const body = askPayload(job.firstId + i, job.questions[q] as string);
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString("hex");
      const t0 = performance.now();
      const res = await fetch(job.url, {
        method: "POST",
        body,
        headers: {
          "content-type": "application/json",
          "x-signature-ed25519": signature,
          "x-signature-timestamp": timestamp,
        },
      });
      const json = (await res.json()) as { type?: number; data?: unknown };
      latencies.push(performance.now() - t0);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      const want = JSON.parse(job.expected[q] as string);
      if (res.status === 200 && json.type === 4 && isDeepStrictEqual(json.data, want)) answered++;
    }
  }
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  return { latencies, statuses, answered, seconds: (performance.now() - started) / 1000 };
}

/** Runs the client in its own thread, so it does not take the server's event loop and CPU. */
function clientThread(job: ClientJob): Promise<ClientReport> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(fileURLToPath(import.meta.url), { workerData: job });
    thread.once("message", (report: ClientReport) => resolve(report));
    thread.once("error", reject);
    thread.once("exit", (code) => {
      if (code !== 0) reject(new Error(`bench: the load client exited with ${code}`));
    });
  });
}

/**
 * Signed /deepseek ask requests over loopback at a fixed concurrency against the real HTTP
 * endpoint (this thread) from a client in another thread. An answer counts as correct when it is
 * HTTP 200 with exactly the message the engine and presenter give for that question (so cited,
 * within limits, mentions off). Every request comes from its own user: the per-user cooldown
 * never applies. Latency is the client's: signing excluded, queueing included.
 */
export async function httpLoad(
  knowledge: Knowledge,
  questions: readonly string[],
  options: { requests: number; concurrency: number; warmup?: number } = HTTP_LOAD_DEFAULTS,
) {
  if (questions.length === 0) throw new Error("bench: no questions for the HTTP load run");
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const publicHex = Buffer.from(publicKey.export({ format: "jwk" }).x ?? "", "base64url").toString(
    "hex",
  );
  // Through JSON, as on the wire: undefined fields vanish.
  const expected = questions.map((q) =>
    JSON.stringify(toMessage(askReply(ask(knowledge, q), false, "en"))),
  );
  const logger = createLogger("silent");
  const endpoint = createInteractionServer({
    knowledge,
    dispatcher: new Dispatcher({ commands, logger }),
    publicKey: publicKeyFromHex(publicHex),
    applicationId: APPLICATION_ID,
    logger,
  });
  const port = await listen(endpoint.server, 0, "127.0.0.1");
  const job = {
    role: "http-load-client" as const,
    url: `http://127.0.0.1:${port}/interactions`,
    privateKeyPem: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    questions,
    expected,
    concurrency: options.concurrency,
  };
  try {
    const warmup = options.warmup ?? 0;
    if (warmup > 0) await clientThread({ ...job, requests: warmup, firstId: 0 });
    const run = await clientThread({ ...job, requests: options.requests, firstId: warmup });
    return {
      requests: options.requests,
      concurrency: options.concurrency,
      warmup,
      answered: run.answered,
      statuses: run.statuses,
      p50: percentile(run.latencies, 50),
      p99: percentile(run.latencies, 99),
      max: Math.max(...run.latencies),
      perSecond: options.requests / run.seconds,
    };
  } finally {
    await endpoint.stop();
  }
}

if (!isMainThread && (workerData as ClientJob | undefined)?.role === "http-load-client") {
  parentPort?.postMessage(await runClient(workerData as ClientJob));
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `npm run bench:http`: run and print; exits 1 if any answer was missing or wrong.
  const questions = evalQuestions();
  const load = await httpLoad(loadKnowledge(), questions);
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(
    [
      `HTTP load: ${load.requests} signed /deepseek ask requests over loopback, concurrency ${load.concurrency} (after ${load.warmup} warm-up requests), ${questions.length} distinct questions`,
      `  answered correctly  ${load.answered}/${load.requests}`,
      `  statuses            ${JSON.stringify(load.statuses)}`,
      `  latency             p50 ${ms(load.p50)}, p99 ${ms(load.p99)}, max ${ms(load.max)}`,
      `  throughput          ${load.perSecond.toFixed(0)} requests/s`,
    ].join("\n"),
  );
  if (load.answered !== load.requests) process.exitCode = 1;
}
