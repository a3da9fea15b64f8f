import type { AddressInfo } from "node:net";
import { InteractionResponseType } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import { Dispatcher } from "../../src/transports/dispatch.js";
import {
  createInteractionServer,
  type InteractionServer,
} from "../../src/transports/http/server.js";
import { publicKeyFromHex } from "../../src/transports/http/verify.js";
import { startFakeDiscord } from "../fake-discord/server.js";
import { makeKeys, signedHeaders } from "./signed.js";

const keys = makeKeys();
const discord = await startFakeDiscord();
let endpoint: InteractionServer;
let url: string;

beforeAll(async () => {
  const logger = createLogger("silent");
  endpoint = createInteractionServer({
    knowledge: loadKnowledge(),
    dispatcher: new Dispatcher({ commands, logger, cooldown: false }),
    publicKey: publicKeyFromHex(keys.publicHex),
    applicationId: discord.applicationId,
    apiUrl: discord.apiUrl,
    logger,
  });
  await new Promise<void>((resolve) => endpoint.server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(endpoint.server.address() as AddressInfo).port}/interactions`;
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
