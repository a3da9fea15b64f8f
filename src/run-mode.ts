/**
 * How this process runs, decided in one place from MODE, the command (`npm run serve`) and the
 * variables each mode needs. Everything that depends on the mode reads the result.
 */
export type RunMode =
  /** Standard input and output, no Discord: no token, or MODE=console. */
  | { kind: "console" }
  /** The HTTP interactions endpoint: MODE=http, or `npm run serve` whatever MODE says. */
  | { kind: "http"; publicKey: string; applicationId: string }
  /** One gateway process serving every guild. */
  | { kind: "gateway"; token: string }
  /** The shard manager (SHARDS set): it starts one process per shard and serves their health. */
  | { kind: "shard-manager"; token: string; shards: number | "auto" }
  /** A shard process the manager started; `shardId` is the shard discord.js assigned it. */
  | { kind: "shard"; token: string; shardId: number };

/** What the resolution reads: the parsed variables (any may be missing or invalid). */
export interface RunModeVariables {
  MODE?: "auto" | "gateway" | "http" | "console";
  DISCORD_TOKEN?: string;
  DISCORD_PUBLIC_KEY?: string;
  DISCORD_CLIENT_ID?: string;
  SHARDS?: number | "auto";
  SHARDING_MANAGER?: string;
}

export interface RunModeContext {
  /** `npm run serve`: the HTTP endpoint, whatever MODE says. */
  serve: boolean;
  /** In a shard process: the shard id discord.js passed (see `takeShardId` in config.ts). */
  shardId?: number;
}

/** A variable a mode needs and lacks, or holds wrongly. */
export interface RunModeProblem {
  variable: string;
  message: string;
}

export type ResolvedRunMode =
  | { ok: true; mode: RunMode }
  | { ok: false; problems: RunModeProblem[] };

export function resolveRunMode(vars: RunModeVariables, context: RunModeContext): ResolvedRunMode {
  const mode = context.serve ? "http" : (vars.MODE ?? "auto");
  if (mode === "http") return httpMode(vars, context.serve);
  if (mode === "console" || (mode === "auto" && !vars.DISCORD_TOKEN))
    return { ok: true, mode: { kind: "console" } };
  const token = vars.DISCORD_TOKEN;
  if (!token)
    return fail([{ variable: "DISCORD_TOKEN", message: "is required when MODE is gateway" }]);
  if (vars.SHARDING_MANAGER) {
    if (context.shardId === undefined)
      return fail([{ variable: "SHARDS", message: "must be the shard id in a shard process" }]);
    return { ok: true, mode: { kind: "shard", token, shardId: context.shardId } };
  }
  if (vars.SHARDS !== undefined)
    return { ok: true, mode: { kind: "shard-manager", token, shards: vars.SHARDS } };
  return { ok: true, mode: { kind: "gateway", token } };
}

function httpMode(vars: RunModeVariables, serve: boolean): ResolvedRunMode {
  const why = serve ? "to serve HTTP interactions" : "when MODE is http";
  const { DISCORD_PUBLIC_KEY: publicKey, DISCORD_CLIENT_ID: applicationId } = vars;
  const problems = [
    ...(publicKey ? [] : [{ variable: "DISCORD_PUBLIC_KEY", message: `is required ${why}` }]),
    ...(applicationId ? [] : [{ variable: "DISCORD_CLIENT_ID", message: `is required ${why}` }]),
  ];
  if (!publicKey || !applicationId) return fail(problems);
  return { ok: true, mode: { kind: "http", publicKey, applicationId } };
}

const fail = (problems: RunModeProblem[]): ResolvedRunMode => ({ ok: false, problems });
