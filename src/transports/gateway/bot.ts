import { Client, Events, GatewayIntentBits, type Interaction } from "discord.js";
import type { Knowledge } from "../../knowledge-base/knowledge-base.js";
import type { Logger } from "../../log.js";
import type { Dispatcher } from "../dispatch.js";
import { autocompleteContext, buttonContext, commandContext } from "./adapt.js";

export interface GatewayBotOptions {
  token: string;
  knowledge: Knowledge;
  dispatcher: Dispatcher;
  logger: Logger;
  /** REST base (discord.js `rest.api`), for a REST proxy or a test double. */
  apiUrl?: string;
  /**
   * True in a process discord.js's ShardingManager spawned: the client then reads its shard ids
   * from the environment. Otherwise it runs the one shard, whatever SHARDS says (an empty
   * `SHARDS=` from a copied .env.example would make discord.js fail to parse it).
   */
  managedShards?: boolean;
}

/** How long shutdown waits for interactions in flight before destroying the client anyway. */
export const DRAIN_TIMEOUT_MS = 10_000;

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
    const drained = Promise.allSettled([...this.inFlight]);
    await Promise.race([
      drained,
      new Promise((resolve) => setTimeout(resolve, DRAIN_TIMEOUT_MS).unref()),
    ]);
    await this.client.destroy();
  }
}
