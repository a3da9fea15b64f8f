import { join } from "node:path";
import dotenv from "dotenv";
import * as z from "zod";
import { ROOT } from "./paths.js";
import { type RunMode, resolveRunMode } from "./run-mode.js";

/**
 * A whole number written in decimal digits only, within [min, max]. Not z.coerce.number, which
 * takes "0x1069", "1e3", " 3000 " or "3000.0" as numbers too.
 */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/, "must be a whole number in decimal digits")
    .transform(Number)
    .pipe(z.number().min(min).max(max));

const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id (17 to 20 digits)");

/**
 * Every setting the bot reads from its environment, parsed once. Nothing else reads
 * process.env. `.env.example` documents each variable.
 */
export const configSchema = z.object({
  /** Bot token. Without one, `npm start` runs the console mode (see src/run-mode.ts). */
  DISCORD_TOKEN: z
    .string()
    .trim()
    .regex(
      /^[\w-]+\.[\w-]+\.[\w-]+$/,
      "does not look like a bot token (three parts joined by dots)",
    )
    .optional(),
  /** The application id; needed to register commands and for HTTP follow-ups. */
  DISCORD_CLIENT_ID: snowflake.optional(),
  /** Register commands in this guild only (instant, for development). */
  DISCORD_GUILD_ID: snowflake.optional(),
  /** REST base, discord.js's `rest.api`, e.g. http://127.0.0.1:3000/api for a REST proxy. */
  DISCORD_API_URL: z.url().optional(),
  /** Unset: info, or warn in the console mode (see `logLevelOf`). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /** auto: gateway with a token, console without; http: the HTTP interactions endpoint. */
  MODE: z.enum(["auto", "gateway", "http", "console"]).default("auto"),
  /** Port of the HTTP interactions endpoint (and of /healthz). */
  PORT: wholeNumber(1, 65535).default(3000),
  /** Address PORT listens on; unset: every interface. */
  HOST: z.string().trim().min(1).optional(),
  /**
   * HTTP mode: serve /metrics (with /healthz and /readyz) on this port instead of beside
   * /interactions. Unset, /metrics is on PORT only with METRICS_TOKEN, else not at all.
   */
  METRICS_PORT: wholeNumber(1, 65535).optional(),
  /** Address METRICS_PORT listens on. */
  METRICS_HOST: z.string().trim().min(1).default("127.0.0.1"),
  /** When set, /metrics answers only `Authorization: Bearer <this>`; at least 16 characters. */
  METRICS_TOKEN: z.string().trim().min(16, "must be at least 16 characters").optional(),
  /** The application's public key (64 hex characters), to verify Discord's signatures. */
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "must be 64 hex characters")
    .optional(),
  /** Largest request body the HTTP endpoint reads; Discord's payloads are a few KB. */
  MAX_BODY_BYTES: wholeNumber(1024, 10_485_760).default(65_536),
  /** HTTP mode: longest time a whole request may take to arrive (slow clients get 408). */
  HTTP_REQUEST_TIMEOUT_MS: wholeNumber(100, 300_000).default(10_000),
  /** HTTP mode: longest time the request headers may take to arrive; at most the above. */
  HTTP_HEADERS_TIMEOUT_MS: wholeNumber(100, 300_000).default(5_000),
  /** HTTP mode: most connections open at once; one more is closed as it comes. */
  HTTP_MAX_CONNECTIONS: wholeNumber(1, 100_000).default(1_000),
  /**
   * The operator's gateway sharding: "auto" (Discord's recommended count) or a number of
   * shards, each in its own process. Always a count: in a shard process discord.js reuses the
   * variable for the shard's id, which `takeShardId` moves out of the way before parsing.
   */
  SHARDS: z
    .string()
    .trim()
    .regex(/^(auto|\d{1,5})$/, 'must be "auto" or a number of shards')
    .transform((value) => (value === "auto" ? ("auto" as const) : Number(value)))
    .optional(),
  /**
   * The SQLite file votes on answers are kept in (created with its folder when missing). A
   * relative path is relative to the working directory. Several processes on one host may share
   * it; each HTTP instance elsewhere keeps its own unless it points at shared storage.
   */
  FEEDBACK_DB: z
    .string()
    .trim()
    .default(join(ROOT, "data", "feedback.db")),
  /** Commands one person may run per COOLDOWN_WINDOW_MS (every mode but the console). */
  COOLDOWN_USES: wholeNumber(1, 10_000).default(5),
  COOLDOWN_WINDOW_MS: wholeNumber(1_000, 86_400_000).default(30_000),
  /** Button presses one person may make per BUTTON_COOLDOWN_WINDOW_MS, apart from commands. */
  BUTTON_COOLDOWN_USES: wholeNumber(1, 10_000).default(10),
  BUTTON_COOLDOWN_WINDOW_MS: wholeNumber(1_000, 86_400_000).default(10_000),
  /**
   * HTTP mode: keep the cooldowns and the answered interaction ids in this Redis, shared by every
   * instance (redis:// or rediss://). Unset: in each process.
   */
  REDIS_URL: z
    .string()
    .trim()
    .regex(/^rediss?:\/\/\S+$/, "must be a redis:// or rediss:// URL")
    .optional(),
  /** Gateway: how long start-up retries a Discord it cannot reach before exiting non-zero. */
  GATEWAY_LOGIN_RETRY_MS: wholeNumber(0, 3_600_000).default(60_000),
  /** Gateway: /healthz turns 503 once the gateway has been down longer than this. */
  GATEWAY_UNHEALTHY_AFTER_MS: wholeNumber(1, 3_600_000).default(60_000),
  /** Set by discord.js's ShardingManager in the processes it spawns; never set it yourself. */
  SHARDING_MANAGER: z.string().optional(),
});

export type Config = z.infer<typeof configSchema> & {
  /** How this process runs, resolved once from MODE, the command and the variables. */
  run: RunMode;
};

/** LOG_LEVEL when set; else warn in the console mode, where logs share the terminal with answers. */
export function logLevelOf(config: Config): NonNullable<Config["LOG_LEVEL"]> {
  return config.LOG_LEVEL ?? (config.run.kind === "console" ? "warn" : "info");
}

/** Invalid configuration: the message lists every problem, and never a value. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Empty variables count as unset, as in most deployment tools. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => !!e[1]?.trim()),
  );
}

/**
 * discord.js's ShardingManager starts each shard process with SHARDING_MANAGER, SHARD_COUNT and
 * SHARDS set to that shard's id, and the process's discord.js client reads them from there. So
 * in a shard process SHARDS is not the operator's count: it is taken out here and becomes the run
 * mode's `shardId`, and `Config.SHARDS` only ever means the operator's setting.
 */
function takeShardId(vars: Record<string, string>): {
  vars: Record<string, string>;
  shardId?: number;
} {
  if (!vars.SHARDING_MANAGER || vars.SHARDS === undefined) return { vars };
  const { SHARDS: id, ...rest } = vars;
  return /^\d{1,5}$/.test(id) ? { vars: rest, shardId: Number(id) } : { vars: rest };
}

export interface ParseOptions {
  /** `npm run serve`: serve HTTP interactions whatever MODE says. */
  serve?: boolean;
}

/** Parses the environment and resolves the run mode; one ConfigError lists every problem. */
export function parseConfig(env: NodeJS.ProcessEnv, options: ParseOptions = {}): Config {
  const { vars, shardId } = takeShardId(withoutEmpty(env));
  let run: RunMode | undefined;
  const schema = configSchema.superRefine(
    (parsed, ctx) => {
      const problem = (variable: string, message: string) =>
        ctx.addIssue({ code: "custom", path: [variable], message });
      if (parsed.SHARDS === 0)
        problem("SHARDS", 'must be "auto" or a number of shards of at least 1');
      if (parsed.HTTP_HEADERS_TIMEOUT_MS > parsed.HTTP_REQUEST_TIMEOUT_MS)
        problem("HTTP_HEADERS_TIMEOUT_MS", "must not be more than HTTP_REQUEST_TIMEOUT_MS");
      if (parsed.METRICS_PORT !== undefined && parsed.METRICS_PORT === parsed.PORT)
        problem("METRICS_PORT", "must differ from PORT");
      if (parsed.DISCORD_TOKEN && !parsed.DISCORD_CLIENT_ID)
        problem("DISCORD_CLIENT_ID", "is required when DISCORD_TOKEN is set");
      const resolved = resolveRunMode(parsed, { serve: options.serve ?? false, shardId });
      if (resolved.ok) run = resolved.mode;
      else for (const p of resolved.problems) problem(p.variable, p.message);
    },
    // Run even when a variable is already wrong, so the message lists every problem at once.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
  const result = schema.safeParse(vars);
  if (!result.success) {
    // Only the variable's name and zod's message: an issue never carries the value (the token).
    const problems = result.error.issues.map(
      (issue) => `  - ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new ConfigError(`config: invalid environment:\n${problems.join("\n")}`);
  }
  // The refinement ran (the input is an object) and found no problem, so it resolved a mode.
  return { ...result.data, run: run as RunMode };
}

/** Reads `.env` (if any) into the environment, then parses it. */
export function loadConfig(options: ParseOptions = {}): Config {
  dotenv.config({ quiet: true });
  return parseConfig(process.env, options);
}
