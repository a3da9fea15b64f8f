import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import { type HttpEndpoint, startHttpEndpoint } from "../../src/transports/http/serve.js";
import { startFakeDiscord } from "../fake-discord/server.js";
import { makeKeys, signedHeaders } from "../http/signed.js";
import { type RedisServer, startRedis } from "./redis-server.js";

const keys = makeKeys();
const knowledge = loadKnowledge();
const discord = await startFakeDiscord();
let redis: RedisServer;
let instances: HttpEndpoint[];

beforeAll(async () => {
  redis = await startRedis();
  const config = parseConfig({
    MODE: "http",
    DISCORD_PUBLIC_KEY: keys.publicHex,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    REDIS_URL: redis.url,
    COOLDOWN_USES: "3",
    COOLDOWN_WINDOW_MS: "60000",
  });
  instances = await Promise.all(
    [0, 1].map(() =>
      startHttpEndpoint({
        config: { ...config, PORT: 0 },
        knowledge,
        logger: createLogger("silent"),
        host: "127.0.0.1",
      }),
    ),
  );
});
afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await redis.stop();
  await discord.stop();
});

/** A load balancer's round robin over the two instances. */
let turn = 0;
async function post(body: string) {
  const instance = instances[turn++ % instances.length] as HttpEndpoint;
  const res = await fetch(`http://127.0.0.1:${instance.port}/interactions`, {
    method: "POST",
    body,
    headers: signedHeaders(keys.privateKey, body),
  });
  const json = (await res.json()) as { data?: { content?: string; embeds?: unknown[] } };
  return { status: res.status, json };
}
const ask = (user = discord.makeUser()) =>
  JSON.stringify(
    discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "What is MLA?" },
      user,
    }),
  );
const throttled = (answer: Awaited<ReturnType<typeof post>>) =>
  /asking quickly/.test(answer.json.data?.content ?? "");

describe("two HTTP instances sharing Redis", () => {
  it("does enforce one person's limit across both instances when requests alternate", async () => {
    const user = discord.makeUser();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await post(ask(user)));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    expect(answers.map(throttled)).toEqual([false, false, false, true, true, true]);
    // Another person is not throttled by the first.
    expect(throttled(await post(ask()))).toBe(false);
  });

  it("does answer an interaction id once when its body is replayed to the other instance", async () => {
    const body = ask();
    const first = await post(body);
    const replay = await post(body);
    expect([first.status, replay.status]).toEqual([200, 409]);
  });

  it("does keep answering, losing no answer, when Redis stops mid-run", async () => {
    const user = discord.makeUser();
    const before = await post(ask(user));
    expect(throttled(before)).toBe(false);
    await redis.stop();
    const during = [];
    for (let i = 0; i < 10; i++) during.push(await post(ask(discord.makeUser())));
    expect(during.map((a) => a.status)).toEqual(Array(10).fill(200));
    for (const answer of during) expect(answer.json.data?.embeds?.length).toBeGreaterThan(0);
    // A replay while Redis is away is still refused by the instance that answered it.
    const body = ask();
    const first = await post(body);
    turn++;
    const replay = await post(body);
    expect([first.status, replay.status]).toEqual([200, 409]);
    await redis.restart();
  });

  it("does share the limit again when Redis comes back", async () => {
    // The previous test restarted Redis (empty); ioredis reconnects by itself.
    const deadline = Date.now() + 10_000;
    let shared = false;
    while (!shared && Date.now() < deadline) {
      const user = discord.makeUser();
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await post(ask(user)));
      shared = throttled(answers[3] as Awaited<ReturnType<typeof post>>);
      if (!shared) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(shared).toBe(true);
  });
});
