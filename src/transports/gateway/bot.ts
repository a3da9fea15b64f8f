import {
  Client,
  DiscordAPIError,
  DiscordjsError,
  DiscordjsErrorCodes,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  type Interaction,
} from "discord.js";
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

/** How long start-up retries an unreachable Discord, and how long down is still healthy. */
export const GATEWAY_DEFAULTS = { loginRetryMs: 60_000, downUnhealthyMs: 60_000 } as const;

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
  /** Longest time `start()` keeps retrying a Discord it cannot reach. */
  loginRetryMs?: number;
  /** `healthy()` turns false once the gateway has been down (or never up) longer than this. */
  downUnhealthyMs?: number;
}

/** Discord refused the bot for good (bad token, intents): retrying cannot help. */
export class LoginRejected extends Error {
  override name = "LoginRejected";
}

/** Gateway close codes after which discord.js gives up on the shard (see its WebSocketManager). */
const FATAL_CLOSE_CODES: readonly number[] = [
  GatewayCloseCodes.AuthenticationFailed,
  GatewayCloseCodes.InvalidShard,
  GatewayCloseCodes.ShardingRequired,
  GatewayCloseCodes.InvalidAPIVersion,
  GatewayCloseCodes.InvalidIntents,
  GatewayCloseCodes.DisallowedIntents,
];

/** A rejected token (REST 401/403 or discord.js's TokenInvalid) is final; anything else may pass. */
function isRejection(error: unknown): boolean {
  if (error instanceof LoginRejected) return true;
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid)
    return true;
  return error instanceof DiscordAPIError && (error.status === 401 || error.status === 403);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The gateway bot: a discord.js client whose interactions go to the shared dispatcher.
 * `start()` logs in, retrying an unreachable Discord with backoff within `loginRetryMs`, and
 * rejects at once when Discord refuses the token. `stop()` stops taking interactions, waits for
 * those in flight, then destroys the client.
 */
export class GatewayBot {
  client: Client;
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = false;
  /** Since when the gateway is down (from construction until the first READY); null while up. */
  private downSince: number | null = Date.now();
  private fatal: ((error: LoginRejected) => void) | null = null;

  constructor(private readonly options: GatewayBotOptions) {
    this.client = this.newClient();
  }

  /** Whether the gateway is connected now. */
  ready(): boolean {
    return this.client.isReady();
  }

  /** False once the gateway has been down longer than `downUnhealthyMs`: restart me. */
  healthy(): boolean {
    const limit = this.options.downUnhealthyMs ?? GATEWAY_DEFAULTS.downUnhealthyMs;
    return this.downSince === null || Date.now() - this.downSince <= limit;
  }

  private newClient(): Client {
    const { options } = this;
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: options.apiUrl ? { api: options.apiUrl } : {},
      ...(options.managedShards ? {} : { shards: [0], shardCount: 1 }),
    });
    client.on(Events.InteractionCreate, (interaction) => {
      if (this.stopping) return;
      const work = this.handle(interaction).catch((error: unknown) =>
        options.logger.error({ err: error, interaction: interaction.id }, "interaction failed"),
      );
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
    });
    const up = () => {
      this.downSince = null;
    };
    const down = () => {
      this.downSince ??= Date.now();
    };
    client.on(Events.ShardReady, up);
    client.on(Events.ShardResume, (shard, replayed) => {
      up();
      options.logger.info({ shard, replayed }, "gateway resumed");
    });
    client.on(Events.ShardReconnecting, down);
    client.on(Events.ShardDisconnect, (event, shard) => {
      down();
      options.logger.warn({ shard, code: event.code }, "gateway disconnected");
      if (FATAL_CLOSE_CODES.includes(event.code))
        this.fatal?.(new LoginRejected(`Discord closed the gateway with code ${event.code}`));
    });
    client.on(Events.Error, (error) => options.logger.error({ err: error }, "client error"));
    return client;
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

  /**
   * Logs in and waits for READY. A refused token (or intents) rejects with LoginRejected at once;
   * a Discord that cannot be reached is retried with backoff (1 s, doubling, at most 15 s) until
   * `loginRetryMs` has passed, then the last error is thrown. Later outages are discord.js's to
   * reconnect; `healthy()` reports them.
   */
  async start(): Promise<void> {
    const { logger } = this.options;
    const deadline = Date.now() + (this.options.loginRetryMs ?? GATEWAY_DEFAULTS.loginRetryMs);
    let backoff = 1_000;
    for (let attempt = 1; ; attempt++) {
      const left = deadline - Date.now();
      try {
        await this.attempt(left);
        logger.info({ user: this.client.user?.tag }, "gateway bot ready");
        return;
      } catch (error) {
        await this.client.destroy().catch(() => {});
        if (isRejection(error)) {
          throw error instanceof LoginRejected
            ? error
            : new LoginRejected("Discord rejected the token (401)");
        }
        const wait = Math.min(backoff, deadline - Date.now());
        if (wait <= 0 || this.stopping) throw error;
        logger.warn({ err: error, attempt, retryInMs: wait }, "gateway: login failed, retrying");
        await sleep(wait);
        backoff = Math.min(backoff * 2, 15_000);
        this.client = this.newClient();
      }
    }
  }

  /** One login: resolves on READY; rejects on a refusal, a failure, or after `timeoutMs`. */
  private async attempt(timeoutMs: number): Promise<void> {
    const client = this.client;
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        this.fatal = reject;
        timer = setTimeout(
          () => reject(new Error(`gateway: not ready after ${Math.round(timeoutMs)} ms`)),
          Math.max(timeoutMs, 0),
        );
        client.once(Events.ClientReady, () => resolve());
        client.login(this.options.token).catch(reject);
      });
    } finally {
      clearTimeout(timer);
      this.fatal = null;
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    // Interactions in flight finish (bounded), then the client goes anyway.
    await settleWithin([...this.inFlight], DRAIN_TIMEOUT_MS);
    await this.client.destroy();
  }
}
