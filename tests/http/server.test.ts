import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type APIEmbed,
  type APIInteraction,
  type APIMessage,
  ApplicationCommandOptionType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
} from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as model from "../../src/commands/deepseek/model.js";
import type { Command } from "../../src/commands/index.js";
import { commands } from "../../src/commands/index.js";
import type { Subcommand } from "../../src/commands/subcommand.js";
import { openSqliteStore } from "../../src/feedback/sqlite.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import type { Logger } from "../../src/log.js";
import {
  autocompletePayloadSchema as autocompleteSchema,
  messagePayloadSchema as discordMessageSchema,
} from "../../src/presenters/discord/limits.js";
import { ZH } from "../../src/presenters/words/zh.js";
import { Dispatcher } from "../../src/transports/dispatch.js";
import {
  createInteractionServer,
  type InteractionServer,
  type InteractionServerOptions,
} from "../../src/transports/http/server.js";
import { publicKeyFromHex } from "../../src/transports/http/verify.js";
import { startFakeDiscord } from "../fake-discord/server.js";
import { makeKeys, postChunked, signedHeaders } from "./signed.js";

const MAX_BODY = 16 * 1024;
const keys = makeKeys();
const discord = await startFakeDiscord();
const knowledge = loadKnowledge();

/** Every log line the servers write, parsed: the tests read what an operator would. */
const logLines: Record<string, unknown>[] = [];
const logger: Logger = pino(
  { level: "debug", base: undefined },
  { write: (line: string) => logLines.push(JSON.parse(line) as Record<string, unknown>) },
);

/** A gate a slow test command waits at until the test opens it. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}
const gates = { slow: gate(), afterAnswer: gate(), deferred: gate() };

function subcommand(name: string, execute: Subcommand["execute"]): Subcommand {
  const data: Subcommand["data"] = {
    type: ApplicationCommandOptionType.Subcommand,
    name,
    description: name,
    options: [
      { type: ApplicationCommandOptionType.Boolean, name: "private", description: "private" },
    ],
  };
  return { data, execute };
}
/** /test: commands that are slow, fail after answering, or never answer. */
const testCommand: Command = {
  data: { name: "test", description: "test" },
  subcommands: [
    subcommand("slow", async (ctx) => {
      await gates.slow.opened;
      await ctx.reply({ content: "The answer, after a while." });
    }),
    subcommand("fails-after-answer", async (ctx) => {
      await ctx.reply({ content: "An answer." });
      await gates.afterAnswer.opened;
      throw new Error("test: broke after answering");
    }),
    subcommand("defers", async (ctx) => {
      await ctx.defer(false);
      await gates.deferred.opened;
      await ctx.reply({ content: "The answer to a deferral." });
    }),
    subcommand("defers-briefly", async (ctx) => {
      await ctx.defer(false);
      await ctx.reply({ content: "Deferred, then answered at once." });
    }),
    subcommand("silent", async () => {}),
  ],
};

/** A server on a free loopback port; `base` is its URL. */
async function start(overrides: Partial<InteractionServerOptions> = {}) {
  const endpoint = createInteractionServer({
    knowledge,
    dispatcher: new Dispatcher({ commands: [...commands, testCommand], logger, cooldown: false }),
    publicKey: publicKeyFromHex(keys.publicHex),
    applicationId: discord.applicationId,
    apiUrl: discord.apiUrl,
    logger,
    maxBodyBytes: MAX_BODY,
    ...overrides,
  });
  await new Promise<void>((resolve) => endpoint.server.listen(0, "127.0.0.1", resolve));
  return { endpoint, base: `http://127.0.0.1:${(endpoint.server.address() as AddressInfo).port}` };
}

let main: { endpoint: InteractionServer; base: string };
/** Acknowledges anything unanswered after 50 ms, so deferrals need no long wait. */
let quick: { endpoint: InteractionServer; base: string };

beforeAll(async () => {
  main = await start();
  quick = await start({ acknowledgeAfterMs: 50 });
});
afterAll(async () => {
  gates.slow.open();
  gates.afterAnswer.open();
  gates.deferred.open();
  await Promise.all([main, quick].map((s) => s.endpoint.stop(2_000)));
  await discord.stop();
});

interface Answer {
  status: number;
  json: { type?: number; data?: Record<string, unknown>; error?: string };
}

async function post(base: string, body: string, headers: Record<string, string>): Promise<Answer> {
  const res = await fetch(`${base}/interactions`, { method: "POST", body, headers });
  return { status: res.status, json: (await res.json()) as Answer["json"] };
}
const signedPost = (base: string, payload: unknown) => {
  const body = JSON.stringify(payload);
  return post(base, body, signedHeaders(keys.privateKey, body));
};

/**
 * What Discord does around an HTTP interaction: it knows the interaction, POSTs it signed, and
 * turns the response body into the interaction's callback, which the fake checks against
 * Discord's rules (limits, response type) like the real one.
 */
async function throughDiscord(base: string, payload: APIInteraction): Promise<Answer> {
  discord.sendInteraction(payload);
  const answer = await signedPost(base, payload);
  expect(answer.status).toBe(200);
  const callback = await fetch(
    `${discord.apiUrl}/v10/interactions/${payload.id}/${payload.token}/callback`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(answer.json),
    },
  );
  expect(callback.status, await callback.text()).toBe(204);
  return answer;
}

/** A message's embeds, as the answer's JSON carries them. */
const embedsIn = (data: unknown) =>
  ((data as { embeds?: APIEmbed[] } | undefined)?.embeds ?? []) as APIEmbed[];

const PING = JSON.stringify({
  id: "1",
  application_id: "2",
  type: InteractionType.Ping,
  token: "t",
  version: 1,
});

describe("the HTTP interactions endpoint: requests it refuses", () => {
  it("does answer PING with PONG when the signature is valid", async () => {
    expect(await post(main.base, PING, signedHeaders(keys.privateKey, PING))).toEqual({
      status: 200,
      json: { type: InteractionResponseType.Pong },
    });
  });

  it("does refuse with 401 when the body was tampered with after signing", async () => {
    const headers = signedHeaders(keys.privateKey, PING);
    expect((await post(main.base, PING.replace('"t"', '"x"'), headers)).status).toBe(401);
  });

  it("does refuse with 401 when another key signed", async () => {
    const headers = signedHeaders(makeKeys().privateKey, PING);
    expect((await post(main.base, PING, headers)).status).toBe(401);
  });

  it("does refuse with 401 when the timestamp is over five minutes old or ahead", async () => {
    const now = Math.floor(Date.now() / 1000);
    // Ten seconds past the bound: a second may tick between signing and checking.
    for (const timestamp of [now - 310, now + 310, now - 86_400]) {
      const headers = signedHeaders(keys.privateKey, PING, timestamp);
      expect((await post(main.base, PING, headers)).status).toBe(401);
    }
  });

  it("does refuse with 401 when a signature header is missing or malformed", async () => {
    const good = signedHeaders(keys.privateKey, PING);
    const { "x-signature-ed25519": _s, ...noSignature } = good;
    const { "x-signature-timestamp": _t, ...noTimestamp } = good;
    for (const headers of [
      { "content-type": "application/json" },
      noSignature,
      noTimestamp,
      { ...good, "x-signature-ed25519": "zz" },
      { ...good, "x-signature-timestamp": "yesterday" },
    ])
      expect((await post(main.base, PING, headers)).status).toBe(401);
  });

  it("does answer 400 when a validly signed body is not JSON", async () => {
    for (const body of ["{not json", "", '{"type":1'])
      expect((await post(main.base, body, signedHeaders(keys.privateKey, body))).status).toBe(400);
  });

  it("does answer 400 when a validly signed body is JSON but not an interaction", async () => {
    const command = discord.chatInputInteraction({ subcommand: "ask", options: { question: "?" } });
    const { data: _data, ...withoutData } = command;
    const { member: _member, ...withoutUser } = command;
    for (const payload of [
      [],
      null,
      { type: "1" },
      { type: 99 },
      withoutData,
      withoutUser,
      { ...command, token: "" },
      { ...command, data: { ...command.data, options: "ask" } },
    ])
      expect((await signedPost(main.base, payload)).status).toBe(400);
    const onMessage = discord.messageCommandInteraction({ message: { content: "what is MLA?" } });
    const withoutMessage = { ...onMessage, data: { ...onMessage.data, resolved: {} } };
    expect((await signedPost(main.base, withoutMessage)).status).toBe(400);
  });

  it("does answer 413 when the declared body is over the cap, before checking anything", async () => {
    const body = JSON.stringify({ type: 1, padding: "x".repeat(MAX_BODY) });
    expect((await post(main.base, body, signedHeaders(keys.privateKey, body))).status).toBe(413);
    expect((await post(main.base, body, { "content-type": "application/json" })).status).toBe(413);
  });

  it("does answer 413 when a chunked body grows over the cap, and stops reading it", async () => {
    const chunk = Buffer.alloc(4096, "x");
    const chunks = Array.from({ length: 64 }, () => chunk);
    // Signature headers that pass the checks made before reading (the body is never signed).
    const headers = {
      ...signedHeaders(keys.privateKey, "unsigned"),
      "x-signature-ed25519": "a".repeat(128),
    };
    const answer = await postChunked(`${main.base}/interactions`, chunks, headers);
    // Closing the connection is what stops the rest of the body from being read.
    expect(answer).toEqual({ status: 413, connection: "close" });
  });

  it("does answer 405 for other methods on /interactions and 404 elsewhere", async () => {
    const get = await fetch(`${main.base}/interactions`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect((await fetch(`${main.base}/nope`)).status).toBe(404);
    expect((await fetch(`${main.base}/healthz`, { method: "POST" })).status).toBe(405);
  });
});

describe("the HTTP interactions endpoint: commands, autocomplete and buttons", () => {
  it("does answer a signed /deepseek ask with a cited answer that pings nobody", async () => {
    const payload = discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "When was DeepSeek-R1 released?" },
    });
    const { json } = await throughDiscord(main.base, payload);
    expect(json.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(discordMessageSchema.safeParse(json.data).error).toBeUndefined();
    expect(json.data?.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(json.data)).toContain("January 20, 2025");
    expect(discord.originalMessage(payload.id)?.embeds.length).toBeGreaterThan(0);
  });

  it("does frame the answer and a Show passages press in Chinese when the interaction's locale is zh-CN", async () => {
    const payload = discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "When was DeepSeek-R1 released?" },
      locale: Locale.ChineseCN,
    });
    const { json } = await throughDiscord(main.base, payload);
    const [embed] = embedsIn(json.data);
    expect(embed?.description).toMatch(/^\*\*January 20, 2025\*\*/);
    expect(embed?.footer?.text).toBe(ZH.quotesFooter);
    const message = discord.originalMessage(payload.id) as APIMessage;
    const rows = (message.components ?? []) as { components?: { custom_id?: string }[] }[];
    const customId =
      rows.flatMap((row) => row.components ?? []).find((c) => c.custom_id?.startsWith("passages|"))
        ?.custom_id ?? "";
    const pressed = discord.buttonInteraction({ customId, message, locale: Locale.ChineseCN });
    const { json: shown } = await throughDiscord(main.base, pressed);
    expect(embedsIn(shown.data).at(-1)?.footer?.text).toBe(ZH.quotesFooter);
  });

  it("does answer a private ask with an ephemeral message", async () => {
    const payload = discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "Who founded DeepSeek?", private: true },
    });
    const { json } = await throughDiscord(main.base, payload);
    expect(json.data?.flags).toBe(MessageFlags.Ephemeral);
  });

  it("does answer autocomplete with the choices the model command gives", async () => {
    const payload = discord.autocompleteInteraction({
      subcommand: "model",
      focused: "name",
      value: "r1",
    });
    const { json } = await throughDiscord(main.base, payload);
    expect(json.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    // The same module, called directly: the transport adds and loses nothing.
    let direct: unknown;
    await model.autocomplete({
      knowledge,
      user: { id: discord.defaultUser.id, name: discord.defaultUser.username },
      focused: { name: "name", value: "r1" },
      respond: async (choices) => {
        direct = choices;
      },
    });
    const { choices } = autocompleteSchema.parse(json.data);
    expect(choices).toEqual(direct);
    expect(choices.map((c) => c.name)).toContain("DeepSeek-R1");
  });

  it("does page a timeline by its buttons for the asker, and tell others privately", async () => {
    const command = discord.chatInputInteraction({ subcommand: "timeline" });
    await throughDiscord(main.base, command);
    const message = discord.originalMessage(command.id) as APIMessage;
    // Plain shapes: the buttons as the fake stored them.
    const rows = (message.components ?? []) as {
      components?: { type: number; custom_id?: string; disabled?: boolean }[];
    }[];
    const next = rows
      .flatMap((row) => row.components ?? [])
      .find((c) => c.type === ComponentType.Button && c.custom_id && !c.disabled);
    const customId = next?.custom_id ?? "";
    expect(customId).not.toBe("");

    const press = discord.buttonInteraction({ customId, message });
    const { json } = await throughDiscord(main.base, press);
    expect(json.type).toBe(InteractionResponseType.UpdateMessage);
    expect(discordMessageSchema.safeParse(json.data).error).toBeUndefined();
    expect(JSON.stringify(json.data?.embeds)).not.toBe(JSON.stringify(message.embeds));

    const other = discord.buttonInteraction({ customId, message, user: discord.makeUser() });
    const { json: refused } = await throughDiscord(main.base, other);
    expect(refused.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(refused.data?.flags).toBe(MessageFlags.Ephemeral);
  });

  it("does answer the message command with the reply /deepseek ask gives the message's text", async () => {
    const question = "how big is deepseek v3";
    const onMessage = discord.messageCommandInteraction({ message: { content: question } });
    const { json } = await throughDiscord(main.base, onMessage);
    const slash = discord.chatInputInteraction({ subcommand: "ask", options: { question } });
    const { json: direct } = await throughDiscord(main.base, slash);
    expect(json.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(JSON.stringify(json.data?.embeds)).toContain("**671 billion**");
    expect(json.data).toEqual(direct.data);
  });

  it("does record a 👎 on an answer with the question and answer the message shows", async () => {
    const feedback = openSqliteStore(join(mkdtempSync(join(tmpdir(), "http-votes-")), "f.db"));
    const dispatcher = new Dispatcher({ commands, logger, cooldown: false, feedback });
    const voting = await start({ dispatcher });
    try {
      const command = discord.chatInputInteraction({
        subcommand: "ask",
        options: { question: "how big is deepseek v3" },
      });
      await throughDiscord(voting.base, command);
      const message = discord.originalMessage(command.id) as APIMessage;
      const press = discord.buttonInteraction({ customId: "vote|down", message });
      const { json } = await throughDiscord(voting.base, press);
      expect(json.data?.flags).toBe(MessageFlags.Ephemeral);
      expect(json.data?.content).toMatch(/your 👎 is recorded/);
      expect(feedback.worst(5)).toEqual([
        expect.objectContaining({
          question: "how big is deepseek v3",
          answer: expect.stringMatching(/^671 billion\n— DeepSeek/),
          down: 1,
        }),
      ]);
    } finally {
      await voting.endpoint.stop(2_000);
      feedback.close();
    }
  });

  it("does defer a slow command and deliver its answer by editing the original through REST", async () => {
    const payload = discord.chatInputInteraction({
      commandName: "test",
      subcommand: "slow",
      options: { private: true },
    });
    const { json } = await throughDiscord(quick.base, payload);
    expect(json).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    const from = discord.captured.length;
    gates.slow.open();
    const edit = await discord.waitForRequest({
      method: "PATCH",
      path: `/webhooks/${discord.applicationId}/${payload.token}/messages/@original`,
      fromIndex: from,
    });
    expect(edit.status).toBe(200);
    expect(discord.originalMessage(payload.id)?.content).toBe("The answer, after a while.");
    expect(discord.originalMessage(payload.id)?.flags).toBe(MessageFlags.Ephemeral);
  });

  it("does answer a command's own deferral in the response, then edit it through REST", async () => {
    const payload = discord.chatInputInteraction({ commandName: "test", subcommand: "defers" });
    const { json } = await throughDiscord(main.base, payload);
    expect(json).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: {},
    });
    const from = discord.captured.length;
    gates.deferred.open();
    const edit = await discord.waitForRequest({ method: "PATCH", fromIndex: from });
    expect([edit.path, edit.status]).toEqual([
      `/webhooks/${discord.applicationId}/${payload.token}/messages/@original`,
      200,
    ]);
    expect(discord.originalMessage(payload.id)?.content).toBe("The answer to a deferral.");
    expect(discord.originalMessage(payload.id)?.flags ?? 0).toBe(0);
  });

  it("does send the edit after the deferral, and again when Discord did not know it yet", async () => {
    const payload = discord.chatInputInteraction({
      commandName: "test",
      subcommand: "defers-briefly",
    });
    const path = `/webhooks/${discord.applicationId}/${payload.token}/messages/@original`;
    // Discord answering the first edit as if it had not taken in the deferral yet.
    let refused = false;
    const restore = discord.interceptRest((request) => {
      if (refused || request.method !== "PATCH" || request.path !== path) return undefined;
      refused = true;
      return { status: 404, body: { message: "Unknown Webhook", code: 10015 } };
    });
    try {
      const from = discord.captured.length;
      const { json } = await throughDiscord(main.base, payload);
      expect(json.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
      const first = await discord.waitForRequest({ method: "PATCH", path, fromIndex: from });
      expect(first.status).toBe(404);
      const again = await discord.waitForRequest({
        method: "PATCH",
        path,
        fromIndex: discord.captured.indexOf(first) + 1,
      });
      expect(again.status).toBe(200);
      expect(discord.originalMessage(payload.id)?.content).toBe("Deferred, then answered at once.");
    } finally {
      restore();
    }
  });

  it("does send an error after an answer as a private follow-up through REST", async () => {
    const payload = discord.chatInputInteraction({
      commandName: "test",
      subcommand: "fails-after-answer",
    });
    const { json } = await throughDiscord(main.base, payload);
    expect(json.data?.content).toBe("An answer.");
    const from = discord.captured.length;
    gates.afterAnswer.open();
    const followUp = await discord.waitForRequest({
      method: "POST",
      path: `/webhooks/${discord.applicationId}/${payload.token}`,
      fromIndex: from,
    });
    expect(followUp.status).toBe(204);
    const body = followUp.body as { content: string; flags: number };
    expect(body.content).toMatch(/error id `[0-9a-f]{8}`/);
    expect(body.flags).toBe(MessageFlags.Ephemeral);
  });

  it("does still answer, with an error id, when a handler returns without answering", async () => {
    const payload = discord.chatInputInteraction({ commandName: "test", subcommand: "silent" });
    const { json } = await throughDiscord(main.base, payload);
    expect(json.data?.content).toMatch(/error id `[0-9a-f]{8}`/);
    expect(json.data?.flags).toBe(MessageFlags.Ephemeral);
    const id = /`([0-9a-f]{8})`/.exec(String(json.data?.content))?.[1];
    expect(logLines.some((l) => l.errorId === id && l.interaction === payload.id)).toBe(true);
  });

  it("does answer an interaction it has no handler for with a private note", async () => {
    const command = discord.chatInputInteraction({ subcommand: "ask" });
    const modal = {
      ...command,
      type: InteractionType.ModalSubmit,
      data: { custom_id: "some-modal", components: [] },
    } as unknown as APIInteraction;
    const { json } = await throughDiscord(main.base, modal);
    expect(json.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(json.data?.flags).toBe(MessageFlags.Ephemeral);
  });
});

describe("the HTTP interactions endpoint: hostile payloads", () => {
  it("does keep every log line short when a subcommand name is 12 KB long", async () => {
    const payload = discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "What is MLA?" },
    });
    const data = payload.data as unknown as { options: { name: string }[] };
    const [sub] = data.options;
    if (sub) sub.name = "x".repeat(12_000);
    const before = logLines.length;
    const answer = await signedPost(main.base, payload);
    expect(answer.status).toBe(200);
    const lines = logLines.slice(before).map((line) => JSON.stringify(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.length).toBeLessThan(2_000);
  });

  it("does refuse plainly, with no error id, when an option has the wrong type", async () => {
    const payload = discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "What is MLA?" },
    });
    const data = payload.data as unknown as { options: { options: { value: unknown }[] }[] };
    const question = data.options[0]?.options[0];
    if (question) question.value = 12345;
    const answer = await signedPost(main.base, payload);
    expect(answer.status).toBe(200);
    expect(answer.json.data?.content).toBe('The option "question" must be text.');
    expect(answer.json.data?.flags).toBe(MessageFlags.Ephemeral);
  });
});

describe("the HTTP interactions endpoint: operations", () => {
  it("does report health, readiness and Prometheus metrics", async () => {
    expect(await (await fetch(`${main.base}/healthz`)).json()).toEqual({ ok: true });
    expect(await (await fetch(`${main.base}/readyz`)).json()).toEqual({ ready: true });
    const res = await fetch(`${main.base}/metrics`);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const metrics = await res.text();
    expect(metrics).toMatch(
      /deepseek_bot_http_requests_total\{route="\/interactions",status="401"\} \d+/,
    );
    expect(metrics).toMatch(/deepseek_bot_interactions_total\{kind="command"\} \d+/);
    expect(metrics).toMatch(/deepseek_bot_errors_total\{where="unanswered"\} 1/);
    expect(metrics).toMatch(/deepseek_bot_interaction_seconds_count\{kind="autocomplete"\} \d+/);
  });

  it("does log one line per request with its id, and the interaction, user and command", async () => {
    const payload = discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "What is MLA?" },
    });
    await signedPost(main.base, payload);
    const line = logLines.find((l) => l.interaction === payload.id && l.msg === "http: request");
    expect(line).toMatchObject({
      request: expect.stringMatching(/^[0-9a-f]{8}$/),
      status: 200,
      user: discord.defaultUser.id,
      command: "deepseek ask",
      kind: "command",
    });
    const rejected = logLines.filter((l) => l.status === 401);
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((l) => typeof l.problem === "string" && l.level === 40)).toBe(true);
  });

  it("does never write an interaction token into the logs", async () => {
    const tokens = discord.captured
      .map((r) => /^\/webhooks\/\d+\/([^/]+)/.exec(r.path)?.[1])
      .filter((t): t is string => !!t);
    expect(tokens.length).toBeGreaterThan(0);
    const text = JSON.stringify(logLines);
    for (const token of tokens) expect(text).not.toContain(token);
  });
});
