import { InteractionResponseType } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionServer } from "../../src/transports/http/server.js";
import { startFakeDiscord } from "../fake-discord/server.js";
import { listeningEndpoint } from "./endpoint.js";
import { makeKeys, signedHeaders } from "./signed.js";

const keys = makeKeys();
const discord = await startFakeDiscord();
let endpoint: InteractionServer;
let url: string;

beforeAll(async () => {
  ({ endpoint, url } = await listeningEndpoint(keys.publicHex, {
    applicationId: discord.applicationId,
    apiUrl: discord.apiUrl,
  }));
});
afterAll(async () => {
  await endpoint.stop(1_000);
  await discord.stop();
});

describe("replayed interactions", () => {
  it("does answer an interaction once when the same signed body comes three times", async () => {
    const payload = discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "What is MLA?" },
    });
    const body = JSON.stringify(payload);
    const headers = signedHeaders(keys.privateKey, body);
    const statuses: number[] = [];
    const types: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(url, { method: "POST", body, headers });
      statuses.push(res.status);
      types.push(((await res.json()) as { type?: number }).type);
    }
    expect(statuses).toEqual([200, 409, 409]);
    expect(types[0]).toBe(InteractionResponseType.ChannelMessageWithSource);
    const counted = await (await fetch(url.replace("/interactions", "/metrics"))).text();
    expect(counted).toMatch(/deepseek_bot_interactions_total\{kind="command"\} 1\n/);
  });
});
