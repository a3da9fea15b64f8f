import pino, { type Logger } from "pino";

export type { Logger };

/** Paths that may hold a secret; pino replaces their values before anything is written. */
const REDACT = [
  "token",
  "*.token",
  "config.DISCORD_TOKEN",
  "headers.authorization",
  "*.headers.authorization",
];

/**
 * Structured JSON logs on stderr, so stdout stays free for what a command prints (console mode,
 * `--json`). One logger per process; children add the interaction id, user and command.
 */
export function createLogger(level: string = "info"): Logger {
  return pino(
    { level, redact: { paths: REDACT, censor: "[redacted]" }, base: undefined },
    pino.destination(2),
  );
}
