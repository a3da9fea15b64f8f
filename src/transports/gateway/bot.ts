import { Client, Events, GatewayIntentBits, type Interaction } from "discord.js";
import type { Knowledge } from "../../knowledge-base/knowledge-base.js";
import type { Logger } from "../../log.js";
import type { Dispatcher } from "../dispatch.js";
import { DRAIN_TIMEOUT_MS, settleWithin } from "../drain.js";
import {
  autocompleteContext,
  buttonContext,
  commandContext,
  messageCommandContext,
} from "./adapt.js";

export interface GatewayBotOptions {
  token: string;
  knowledge: Knowledge;
  dispatcher: Dispatcher;
  logger: Logger;
  /** REST base (discord.js `rest.api`), for a REST proxy or a test double. */
  apiUrl?: string;
  /**
   * True in a shard process (run mode "shard"): the client then reads its shard id from the
   * SHARDS and SHARD_COUNT discord.js's ShardingManager set. Otherwise it runs the one shard,
   * whatever the environment's SHARDS holds (there it is the operator's count, and an empty
   * `SHARDS=` from a copied .env.example would make discord.js fail to parse it).
   */
  managedShards?: boolean;
}

/**
 * The gateway bot: a discord.js client whose interactions go to the shared dispatcher.
 * `stop()` stops taking interactions, waits for those in flight, then destroys the client.
 */
export class GatewayBot {
  readonly client: Client;
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = false;

  constructor(private readonly options: GatewayBotOptions) {
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: options.apiUrl ? { api: options.apiUrl } : {},
      ...(options.managedShards ? {} : { shards: [0], shardCount: 1 }),
    });
    this.client.on(Events.InteractionCreate, (interaction) => {
      if (this.stopping) return;
      const work = this.handle(interaction).catch((error: unknown) =>
        options.logger.error({ err: error, interaction: interaction.id }, "interaction failed"),
      );
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
    });
    this.client.on(Events.ShardResume, (shard, replayed) =>
      options.logger.info({ shard, replayed }, "gateway resumed"),
    );
    this.client.on(Events.ShardDisconnect, (event, shard) =>
      options.logger.warn({ shard, code: event.code }, "gateway disconnected"),
    );
    this.client.on(Events.Error, (error) => options.logger.error({ err: error }, "client error"));
  }

  private async handle(interaction: Interaction): Promise<void> {
    const { knowledge, dispatcher, logger } = this.options;
    const log = logger.child({ interaction: interaction.id, user: interaction.user.id });
    if (interaction.isChatInputCommand()) {
      log.debug("command");
      const route = {
        command: interaction.commandName,
        subcommand: interaction.options.getSubcommand(false) ?? "",
      };
      await dispatcher.command(route, commandContext(knowledge, interaction));
    } else if (interaction.isMessageContextMenuCommand()) {
      const route = { command: interaction.commandName, subcommand: "" };
      await dispatcher.command(route, messageCommandContext(knowledge, interaction));
    } else if (interaction.isAutocomplete()) {
      const route = {
        command: interaction.commandName,
        subcommand: interaction.options.getSubcommand(false) ?? "",
      };
      await dispatcher.autocomplete(route, autocompleteContext(knowledge, interaction));
    } else if (interaction.isButton()) {
      await dispatcher.button(buttonContext(knowledge, interaction));
    }
  }

  async start(): Promise<void> {
    const ready = new Promise<void>((resolve) =>
      this.client.once(Events.ClientReady, () => resolve()),
    );
    await this.client.login(this.options.token);
    await ready;
    this.options.logger.info({ user: this.client.user?.tag }, "gateway bot ready");
  }

  async stop(): Promise<void> {
    this.stopping = true;
    // Interactions in flight finish (bounded), then the client goes anyway.
    await settleWithin([...this.inFlight], DRAIN_TIMEOUT_MS);
    await this.client.destroy();
  }
}
