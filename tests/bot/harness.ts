import type { Locale } from "discord.js";
import { InteractionResponseType } from "discord.js";
import { expect } from "vitest";
import { type Command, commands as realCommands } from "../../src/commands/index.js";
import type { FeedbackStore } from "../../src/feedback/store.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import {
  autocompletePayloadSchema,
  messagePayloadSchema,
} from "../../src/presenters/discord/limits.js";
import type { CooldownOptions } from "../../src/transports/cooldown.js";
import { Dispatcher } from "../../src/transports/dispatch.js";
import { GatewayBot } from "../../src/transports/gateway/bot.js";
import {
  type CapturedRequest,
  type FakeDiscord,
  type InteractionCallback,
  startFakeDiscord,
} from "../fake-discord/server.js";

const knowledge = loadKnowledge();

export interface HarnessOptions {
  commands?: readonly Command[];
  cooldown?: Partial<CooldownOptions>;
  deferAfterMs?: number;
  /** Where votes go; by default none (a vote is refused). */
  feedback?: FeedbackStore;
}

export interface Harness {
  discord: FakeDiscord;
  bot: GatewayBot;
  /** Sends an interaction and returns its callback. */
  call(payload: Parameters<FakeDiscord["sendInteraction"]>[0]): Promise<InteractionCallback>;
  /** Destroys the client, then the fake, then checks what the bot sent (checkCaptured). */
  stop(): Promise<void>;
}

/**
 * Checks every request the bot made: accepted by the fake, and every message payload within
 * Discord's limits. Message payloads are checked whole; acknowledgements carry flags only.
 */
export function checkCaptured(discord: FakeDiscord): void {
  for (const request of discord.captured) checkPayload(request);
}

function checkPayload(request: CapturedRequest): void {
  const where = `${request.method} ${request.path}`;
  expect(request.status, `${where} was rejected: ${JSON.stringify(request.body)}`).toBeLessThan(
    400,
  );
  let payload: unknown;
  let schema: typeof messagePayloadSchema | typeof autocompletePayloadSchema = messagePayloadSchema;
  if (request.path.endsWith("/callback")) {
    const { type, data } = request.body as { type: InteractionResponseType; data?: unknown };
    if (type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
      schema = autocompletePayloadSchema;
    } else if (
      type !== InteractionResponseType.ChannelMessageWithSource &&
      type !== InteractionResponseType.UpdateMessage
    ) {
      return;
    }
    payload = data;
  } else if (request.path.startsWith("/webhooks/") && request.method !== "GET") {
    payload = request.body;
  } else {
    return;
  }
  const checked = schema.safeParse(payload);
  expect(checked.error, `${where}: ${JSON.stringify(payload).slice(0, 500)}`).toBeUndefined();
}

/** The real bot, through the real discord.js client, against a fake Discord on 127.0.0.1. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const discord = await startFakeDiscord({ waitTimeoutMs: 4_000 });
  const logger = createLogger("silent");
  const dispatcher = new Dispatcher({
    commands: options.commands ?? realCommands,
    logger,
    cooldown: options.cooldown ?? { uses: 100 },
    deferAfterMs: options.deferAfterMs,
    feedback: options.feedback,
  });
  const bot = new GatewayBot({
    token: "fake.bot.token",
    apiUrl: discord.apiUrl,
    knowledge,
    dispatcher,
    logger,
  });
  await bot.start();
  return {
    discord,
    bot,
    async call(payload) {
      discord.sendInteraction(payload);
      return discord.waitForCallback(payload.id);
    },
    async stop() {
      await bot.stop();
      await discord.stop();
      checkCaptured(discord);
    },
  };
}

/** A promise and the function that resolves it: lets a test hold a handler mid-work. */
export function gate(): { opened: Promise<void>; open(): void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/**
 * Asks `/deepseek ask` through the fake from a client in `locale` (Discord's default when
 * unset) and returns the answer message as Discord stores it.
 */
export async function askThrough(h: Harness, question: string, locale?: Locale) {
  const interaction = h.discord.chatInputInteraction({
    subcommand: "ask",
    options: { question },
    ...(locale ? { locale } : {}),
  });
  await h.call(interaction);
  const message = h.discord.originalMessage(interaction.id);
  if (!message) throw new Error("no answer message");
  return message;
}
