import dotenv from "dotenv";
import { z } from "zod";

const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id (17 to 20 digits)");

/**
 * Every setting the bot reads from its environment, parsed once. Nothing else reads
 * process.env. `.env.example` documents each variable.
 */
export const configSchema = z
  .object({
    /** Bot token. Without one, `npm start` runs the console mode. */
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
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** The application's public key (64 hex characters), to verify Discord's signatures. */
    DISCORD_PUBLIC_KEY: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, "must be 64 hex characters")
      .optional(),
    /** Largest request body the HTTP endpoint reads; Discord's payloads are a few KB. */
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_485_760).default(65_536),
    /**
     * Gateway sharding: "auto" (Discord's recommended count) or a number of shards, each in its
     * own process. Inside a shard process discord.js sets it to that shard's id (0, 1, …).
     */
    SHARDS: z
      .string()
      .trim()
      .regex(/^(auto|\d{1,5})$/, 'must be "auto" or a number of shards')
      .transform((value) => (value === "auto" ? ("auto" as const) : Number(value)))
      .optional(),
    /** Set by discord.js's ShardingManager in the processes it spawns; never set it yourself. */
    SHARDING_MANAGER: z.string().optional(),
  })
  .superRefine(
    (env, ctx) => {
      if (env.SHARDS === 0 && !env.SHARDING_MANAGER) {
        ctx.addIssue({
          code: "custom",
          path: ["SHARDS"],
          message: 'must be "auto" or a number of shards of at least 1',
        });
      }
      if (env.MODE === "http" && !env.DISCORD_PUBLIC_KEY) {
        ctx.addIssue({
          code: "custom",
          path: ["DISCORD_PUBLIC_KEY"],
          message: "is required when MODE is http",
        });
      }
      if (env.MODE === "http" && !env.DISCORD_CLIENT_ID) {
        ctx.addIssue({
          code: "custom",
          path: ["DISCORD_CLIENT_ID"],
          message: "is required when MODE is http",
        });
      }
      if (env.MODE === "gateway" && !env.DISCORD_TOKEN) {
        ctx.addIssue({
          code: "custom",
          path: ["DISCORD_TOKEN"],
          message: "is required when MODE is gateway",
        });
      }
      if (env.DISCORD_TOKEN && !env.DISCORD_CLIENT_ID) {
        ctx.addIssue({
          code: "custom",
          path: ["DISCORD_CLIENT_ID"],
          message: "is required when DISCORD_TOKEN is set",
        });
      }
    },
    // Run even when a variable is already wrong, so the message lists every problem at once.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

export type Config = z.infer<typeof configSchema>;

/** LOG_LEVEL when set; else warn in the console mode, where logs share the terminal with answers. */
export function logLevelOf(config: Config, consoleMode: boolean): NonNullable<Config["LOG_LEVEL"]> {
  return config.LOG_LEVEL ?? (consoleMode ? "warn" : "info");
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

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = configSchema.safeParse(withoutEmpty(env));
  if (result.success) return result.data;
  // Only the variable's name and zod's message: an issue never carries the value (the token).
  const problems = result.error.issues.map(
    (issue) => `  - ${issue.path.join(".")}: ${issue.message}`,
  );
  throw new ConfigError(`config: invalid environment:\n${problems.join("\n")}`);
}

/** Reads `.env` (if any) into the environment, then parses it. */
export function loadConfig(): Config {
  dotenv.config({ quiet: true });
  return parseConfig(process.env);
}
