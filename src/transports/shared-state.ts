import type { Redis } from "ioredis";
import type { Logger } from "../log.js";
import type { CooldownOptions, RateLimit } from "./cooldown.js";
import { MemorySeenInteractions, type SeenInteractions } from "./seen.js";

/**
 * The per-person limits and the answered interaction ids, kept in Redis so that any number of
 * instances behind a load balancer enforce one limit and answer an id once. When Redis is away
 * the bot keeps answering (fail open): a limit lets the use through and the ids fall back to
 * this process's memory; it logs the outage (once per minute at most) and ioredis reconnects.
 */
export interface SharedState {
  cooldown: RateLimit;
  buttonCooldown: RateLimit;
  seen: SeenInteractions;
  close(): Promise<void>;
}

/**
 * One sliding window per key, atomically: drop uses older than the window, refuse (with the ms
 * until the oldest leaves) when full, else record this use. KEYS[1] the person's key; ARGV: now,
 * window ms, uses, a unique member.
 */
const TAKE = `
local key, now, window, uses = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if redis.call('ZCARD', key) >= uses then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return math.max(1, tonumber(oldest[2]) + window - now)
end
redis.call('ZADD', key, now, ARGV[4])
redis.call('PEXPIRE', key, window)
return 0`;

const PREFIX = "deepseek-bot:";
const OUTAGE_LOG_EVERY_MS = 60_000;

/**
 * A Redis client that fails fast while disconnected and reconnects on its own, with an outage
 * logger that says so at most once a minute; waits for a first connection at most 3 s.
 */
async function connectRedis(url: string, logger: Logger) {
  const { Redis: RedisClient } = await import("ioredis");
  const redis: Redis = new RedisClient(url, {
    // Fail fast while disconnected instead of queueing: the answer must not wait for Redis.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    commandTimeout: 500,
    retryStrategy: (times: number) => Math.min(100 * 2 ** times, 2_000),
  });
  let lastOutageLog = 0;
  const outage = (err: unknown, where: string) => {
    const now = Date.now();
    if (now - lastOutageLog < OUTAGE_LOG_EVERY_MS) return;
    lastOutageLog = now;
    logger.warn({ err, where }, "redis: unavailable; answering without shared state (fail open)");
  };
  redis.on("error", (err) => outage(err, "connection"));
  redis.on("ready", () => {
    if (lastOutageLog !== 0) logger.info("redis: connected again");
    lastOutageLog = 0;
  });
  // Start with a connection when Redis is there (bounded): never wait for it to come back.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, 3_000);
    function done() {
      clearTimeout(timer);
      redis.off("ready", done);
      redis.off("error", done);
      resolve();
    }
    redis.once("ready", done);
    redis.once("error", done);
  });
  return { redis, outage };
}

export async function connectSharedState(options: {
  url: string;
  cooldown: CooldownOptions;
  buttonCooldown: CooldownOptions;
  logger: Logger;
}): Promise<SharedState> {
  const { redis, outage } = await connectRedis(options.url, options.logger);
  let sequence = 0;
  const limit = (name: string, window: CooldownOptions): RateLimit => ({
    async take(userId) {
      try {
        const now = Date.now();
        const member = `${now}:${process.pid}:${sequence++}:${Math.random()}`;
        const wait = await redis.eval(
          TAKE,
          1,
          `${PREFIX}${name}:${userId}`,
          now,
          window.windowMs,
          window.uses,
          member,
        );
        return Number(wait);
      } catch (err) {
        outage(err, name);
        return 0;
      }
    },
  });
  const local = new MemorySeenInteractions();
  const seen: SeenInteractions = {
    async firstTime(id, expiresAtMs) {
      try {
        const set = await redis.set(`${PREFIX}seen:${id}`, "1", "PXAT", expiresAtMs, "NX");
        return set === "OK" && local.firstTime(id, expiresAtMs) !== false;
      } catch (err) {
        outage(err, "seen");
        return local.firstTime(id, expiresAtMs);
      }
    },
  };
  return {
    cooldown: limit("cooldown", options.cooldown),
    buttonCooldown: limit("buttons", options.buttonCooldown),
    seen,
    close: async () => {
      redis.disconnect();
    },
  };
}
