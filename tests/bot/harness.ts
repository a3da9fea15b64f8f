import { InteractionResponseType } from "discord.js";
import { expect } from "vitest";
import { type Command, commands as realCommands } from "../../src/commands/index.js";
import { loadKnowledge } from "../../src/index/knowledge.js";
import { createLogger } from "../../src/log.js";
import type { CooldownOptions } from "../../src/transports/cooldown.js";
import { Dispatcher } from "../../src/transports/dispatch.js";
import { GatewayBot } from "../../src/transports/gateway/bot.js";
import { type FakeDiscord, startFakeDiscord } from "../fake-discord/server.js";
import { autocompleteSchema, discordMessageSchema } from "../helpers/discord-limits.js";

const knowledge = loadKnowledge();

export interface Harness {
  discord: FakeDiscord;
  bot: GatewayBot;
  /** Sends an interaction and returns the callback, after checking it against Discord's limits. */
  call(
    payload: Parameters<FakeDiscord["sendInteraction"]>[0],
  ): Promise<Awaited<ReturnType<FakeDiscord["waitForCallback"]>>>;
  stop(): Promise<void>;
}

/** The real bot, through the real discord.js client, against a fake Discord on 127.0.0.1. */
export async function startHarness(
  options: { commands?: readonly Command[]; cooldown?: Partial<CooldownOptions> } = {},
): Promise<Harness> {
  const discord = await startFakeDiscord({ waitTimeoutMs: 4_000 });
  const logger = createLogger("silent");
  const dispatcher = new Dispatcher({
    commands: options.commands ?? realCommands,
    logger,
    cooldown: options.cooldown ?? { uses: 100 },
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
      const callback = await discord.waitForCallback(payload.id);
      if (callback.type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
        autocompleteSchema.parse(callback.data);
      } else if (callback.data) {
        const checked = discordMessageSchema.safeParse(callback.data);
        expect(checked.error, JSON.stringify(callback.data).slice(0, 500)).toBeUndefined();
      }
      return callback;
    },
    async stop() {
      await bot.stop();
      await discord.stop();
    },
  };
}
