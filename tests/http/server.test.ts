import type { AddressInfo } from "node:net";
import { InteractionResponseType, InteractionType } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { loadKnowledge } from "../../src/index/knowledge.js";
import { createLogger } from "../../src/log.js";
import { Dispatcher } from "../../src/transports/dispatch.js";
import { createInteractionServer } from "../../src/transports/http/server.js";
import { publicKeyFromHex } from "../../src/transports/http/verify.js";
import { startFakeDiscord } from "../fake-discord/server.js";
import { autocompleteSchema, discordMessageSchema } from "../helpers/discord-limits.js";
import { makeKeys, signedHeaders } from "./signed.js";

const keys = makeKeys();
const discord = await startFakeDiscord();
const { server } = createInteractionServer({
  knowledge: loadKnowledge(),
  dispatcher: new Dispatcher({ commands, logger: createLogger("silent") }),
  publicKey: publicKeyFromHex(keys.publicHex),
  applicationId: discord.applicationId,
  apiUrl: discord.apiUrl,
  logger: createLogger("silent"),
  maxBodyBytes: 16 * 1024,
});
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await discord.stop();
});

async function post(body: string, headers: Record<string, string>) {
  const res = await fetch(`${base}/interactions`, { method: "POST", body, headers });
  return { status: res.status, json: (await res.json()) as { type?: number; data?: unknown } };
}
const signedPost = (payload: unknown) => {
  const body = JSON.stringify(payload);
  return post(body, signedHeaders(keys.privateKey, body));
};
const PING = JSON.stringify({
  id: "1",
  application_id: "2",
  type: InteractionType.Ping,
  token: "t",
  version: 1,
});

describe("the HTTP interactions endpoint", () => {
  it("does answer PING with PONG when the signature is valid", async () => {
    expect(await post(PING, signedHeaders(keys.privateKey, PING))).toEqual({
      status: 200,
      json: { type: 1 },
    });
  });

  it("does refuse with 401 when the body was tampered with", async () => {
    const headers = signedHeaders(keys.privateKey, PING);
    expect((await post(PING.replace('"t"', '"x"'), headers)).status).toBe(401);
  });

  it("does refuse with 401 when another key signed", async () => {
    expect((await post(PING, signedHeaders(makeKeys().privateKey, PING))).status).toBe(401);
  });

  it("does refuse with 401 when the timestamp is old or in the future", async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await post(PING, signedHeaders(keys.privateKey, PING, now - 301))).status).toBe(401);
    expect((await post(PING, signedHeaders(keys.privateKey, PING, now + 301))).status).toBe(401);
  });

  it("does refuse with 401 when the signature headers are missing or malformed", async () => {
    expect((await post(PING, { "content-type": "application/json" })).status).toBe(401);
    const headers = { ...signedHeaders(keys.privateKey, PING), "x-signature-ed25519": "zz" };
    expect((await post(PING, headers)).status).toBe(401);
  });

  it("does answer 400 when a validly signed body is not JSON", async () => {
    const body = "{not json";
    expect((await post(body, signedHeaders(keys.privateKey, body))).status).toBe(400);
  });

  it("does answer 413 when the body is too large, before checking anything else", async () => {
    const body = JSON.stringify({ type: 1, padding: "x".repeat(20_000) });
    expect((await post(body, signedHeaders(keys.privateKey, body))).status).toBe(413);
  });

  it("does answer a signed /deepseek ask with a cited answer and no mentions", async () => {
    const payload = discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "When was DeepSeek-R1 released?" },
    });
    const { status, json } = await signedPost(payload);
    expect(status).toBe(200);
    expect(json.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(discordMessageSchema.safeParse(json.data).error).toBeUndefined();
    expect(JSON.stringify(json.data)).toContain("January 20, 2025");
  });

  it("does answer autocomplete with catalog names", async () => {
    const payload = discord.autocompleteInteraction({
      subcommand: "model",
      focused: "name",
      value: "r1",
    });
    const { json } = await signedPost(payload);
    expect(json.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(autocompleteSchema.parse(json.data).choices.map((c) => c.name)).toEqual([
      "DeepSeek-R1-Lite",
      "DeepSeek-R1",
    ]);
  });

  it("does report health, readiness and metrics", async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ ready: true });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(
      /deepseek_bot_http_requests_total\{route="\/interactions",status="401"\} \d+/,
    );
    expect(metrics).toContain("deepseek_bot_interactions_total");
  });
});
