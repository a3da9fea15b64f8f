import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configSchema } from "../../src/config.js";
import { ROOT } from "../../src/paths.js";

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  /** What the process wrote so far. */
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves once stderr contains `text`; fails if the process ends first. */
  waitForStderr(text: string): Promise<void>;
  finished: Promise<Finished>;
}

/**
 * Runs a TypeScript entry point (src/main.ts, scripts/…) as its own process, with exactly the
 * configuration given: every variable the config reads is set, empty when not given, so a
 * developer's .env or shell never leaks in (dotenv leaves variables that are set alone). Votes
 * go to a fresh FEEDBACK_DB unless one is given. `spawnOptions` may set the user (uid, gid).
 */
export function run(
  entry: string,
  env: Record<string, string>,
  input?: string,
  spawnOptions: Pick<SpawnOptions, "uid" | "gid"> = {},
): Running {
  const blank = Object.fromEntries(Object.keys(configSchema.shape).map((key) => [key, ""]));
  const feedback = join(mkdtempSync(join(tmpdir(), "feedback-run-")), "feedback.db");
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, ...blank, FEEDBACK_DB: feedback, ...env },
    stdio: "pipe",
    ...spawnOptions,
  });
  let stdout = "";
  let stderr = "";
  const waiters = new Set<{ text: string; resolve: () => void }>();
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
    for (const waiter of waiters) if (stderr.includes(waiter.text)) waiter.resolve();
  });
  const finished = new Promise<Finished>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
  child.stdin.end(input ?? "");
  return {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    waitForStderr(text) {
      if (stderr.includes(text)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const waiter = { text, resolve };
        waiters.add(waiter);
        void finished.then(() => {
          waiters.delete(waiter);
          reject(new Error(`process ended before writing "${text}":\n${stderr}`));
        });
      });
    },
    finished,
  };
}
