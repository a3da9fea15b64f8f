import type { ChildProcess } from "node:child_process";
import { type APIGatewayBotInfo, REST, Routes, type Shard, ShardingManager } from "discord.js";
import { Gauge } from "prom-client";
import { type Config, ConfigError } from "../config.js";
import type { Logger } from "../log.js";
import { type OpsServer, startOpsServer } from "../ops/health.js";
import { DRAIN_TIMEOUT_MS, settleWithin } from "./drain.js";

export const SHARD_DEFAULTS = {
  /** Between two shards' logins: Discord allows one IDENTIFY per 5 s per bucket. */
  spawnDelayMs: 5_500,
  /** How long one shard may take to become ready before the launch fails. */
  readyTimeoutMs: 60_000,
  /** How long stop() waits for the shards to finish their interactions (each drains) and exit. */
  stopTimeoutMs: DRAIN_TIMEOUT_MS + 5_000,
} as const;

export interface ShardsOptions {
  config: Config;
  logger: Logger;
  /** The script each shard process runs: the bot's own entry (the bundle or dist/src/main.js). */
  script: string;
  /** Node flags for the shard processes; by default this process's own (e.g. a loader). */
  execArgv?: string[];
  spawnDelayMs?: number;
  readyTimeoutMs?: number;
  /** Interface of the health server; all interfaces when unset. */
  host?: string;
}

export interface RunningShards {
  manager: ShardingManager;
  ops: OpsServer;
  total: number;
  /** Stops the shards (each finishes its interactions in flight), then the health server. */
  stop(): Promise<void>;
}

/**
 * Discord's recommended shard count for "auto", asked of DISCORD_API_URL when set (discord.js's
 * own helper always asks discord.com, so a REST proxy or a test double would be bypassed).
 */
export async function shardCount(config: Config): Promise<number> {
  if (typeof config.SHARDS === "number") return config.SHARDS;
  if (!config.DISCORD_TOKEN) throw new ConfigError("shards: DISCORD_TOKEN is required");
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(
    config.DISCORD_TOKEN,
  );
  try {
    const info = (await rest.get(Routes.gatewayBot())) as APIGatewayBotInfo;
    return Math.max(1, info.shards);
  } catch (error) {
    // Only the message: REST errors also carry the request, never worth logging here.
    throw new Error(`shards: could not ask Discord for a shard count: ${(error as Error).message}`);
  }
}

/**
 * Gateway mode across several processes (discord.js's ShardingManager, SHARDS=auto or a number):
 * each shard process runs `script` with SHARDING_MANAGER, SHARD_COUNT and SHARDS set by
 * discord.js (there SHARDS holds the shard's id, read as the run mode's `shardId`, never as the
 * operator's count), and serves a share of the guilds. This process serves /healthz, /readyz (ready
 * once every shard is) and /metrics on PORT, and restarts a shard that dies.
 */
export async function startShards(options: ShardsOptions): Promise<RunningShards> {
  const { config, logger } = options;
  if (!config.DISCORD_TOKEN) throw new ConfigError("shards: DISCORD_TOKEN is required");
  const total = await shardCount(config);
  const fleet: Fleet = { total, ready: new Set(), stopping: false };
  const ops = await startOpsServer({
    port: config.PORT,
    host: options.host ?? config.HOST,
    metricsToken: config.METRICS_TOKEN,
    ready: () => fleet.ready.size === total,
    logger,
  });
  new Gauge({
    name: "deepseek_bot_shards_ready",
    help: "Shards connected and ready",
    registers: [ops.metrics.registry],
    collect() {
      this.set(fleet.ready.size);
    },
  });

  const manager = new ShardingManager(options.script, {
    totalShards: total,
    token: config.DISCORD_TOKEN,
    execArgv: options.execArgv ?? process.execArgv,
    respawn: true,
  });
  manager.on("shardCreate", (shard: Shard) => watchShard(shard, fleet, ops, logger));
  const stop = async (): Promise<void> => {
    fleet.stopping = true;
    await stopShards(manager);
    await ops.close();
  };

  try {
    await manager.spawn({
      amount: total,
      delay: options.spawnDelayMs ?? SHARD_DEFAULTS.spawnDelayMs,
      timeout: options.readyTimeoutMs ?? SHARD_DEFAULTS.readyTimeoutMs,
    });
  } catch (error) {
    await stop();
    throw new Error(`shards: a shard did not become ready: ${(error as Error).message}`);
  }
  logger.info({ total }, "shards: all shards ready");
  return { manager, ops, total, stop };
}

/** What the manager knows of its shards: which are ready, and whether it is stopping them. */
interface Fleet {
  total: number;
  ready: Set<number>;
  stopping: boolean;
}

/** Follows one shard's life: readiness for /readyz, and a log line (and a count) when it dies. */
function watchShard(shard: Shard, fleet: Fleet, ops: OpsServer, logger: Logger): void {
  const { ready, total } = fleet;
  const log = logger.child({ shard: shard.id });
  log.info({ total }, "shards: starting shard");
  shard.on("ready", () => {
    ready.add(shard.id);
    log.info({ ready: ready.size, total }, "shards: shard ready");
  });
  shard.on("resume", () => ready.add(shard.id));
  shard.on("reconnecting", () => ready.delete(shard.id));
  shard.on("disconnect", () => {
    ready.delete(shard.id);
    log.warn("shards: shard disconnected");
  });
  shard.on("death", () => {
    ready.delete(shard.id);
    if (fleet.stopping) {
      log.info("shards: shard stopped");
      return;
    }
    ops.metrics.errors.inc({ where: "shard-death" });
    log.warn("shards: shard process exited; restarting it");
  });
  // Without a listener an 'error' event would crash this process (e.g. a failed respawn).
  shard.on("error", (error: Error) => log.error({ err: error }, "shards: shard error"));
}

/** Stops every shard process (SIGTERM: each lets its interactions in flight finish), bounded. */
async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  const exits = [...manager.shards.values()].map((shard) => {
    const child = shard.process;
    if (!child) return Promise.resolve();
    shard.kill();
    return exited(child);
  });
  await settleWithin(exits, SHARD_DEFAULTS.stopTimeoutMs);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}
