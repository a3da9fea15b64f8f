import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeKeys, signedHeaders } from "../http/signed.js";
import { commandOf, envOf, ignoredBy, parseDockerfile, type Stage } from "./dockerfile.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");
const ignored = ignoredBy(readFileSync(join(ROOT, ".dockerignore"), "utf8"));
const stages = parseDockerfile(dockerfile);
const scratch = mkdtempSync(join(tmpdir(), "image-"));
/** Each stage's /app lives here; COPY --from=<stage> reads from the stage's folder. */
const stageDir = (stage: Stage, index: number) => join(scratch, stage.name ?? `stage-${index}`);
const STEP_TIMEOUT_MS = 240_000;
let server: ChildProcess | undefined;

afterAll(() => {
  // Only the server this file started, by its own handle.
  if (server && server.exitCode === null) server.kill("SIGKILL");
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs one stage's steps in its folder; returns what the container would run with. */
function runStage(stage: Stage, index: number) {
  const dir = stageDir(stage, index);
  mkdirSync(dir, { recursive: true });
  const env: Record<string, string> = {};
  const image: { cmd?: string[]; healthcheck?: string[]; user?: string; volumes: string[] } = {
    volumes: [],
  };
  for (const step of stage.steps) {
    switch (step.keyword) {
      case "WORKDIR":
        expect(step.args).toBe("/app");
        break;
      case "COPY": {
        const parts = step.args.split(/\s+/);
        const destArg = parts.pop() as string;
        const dest = join(dir, destArg);
        const intoDir = destArg.endsWith("/") || parts.length > 1;
        const from = step.flags.from;
        const fromIndex = stages.findIndex((s) => s.name === from);
        for (const source of parts) {
          const src = from
            ? join(stageDir(stages[fromIndex] as Stage, fromIndex), relative("/app", source))
            : join(ROOT, source);
          // Docker copies a file into a directory destination, and a directory's contents.
          const target = intoDir && statSync(src).isFile() ? join(dest, basename(src)) : dest;
          cpSync(src, target, {
            recursive: true,
            // The build context is the repository minus .dockerignore; a stage's is its files.
            filter: (path) =>
              from !== undefined || !ignored(relative(ROOT, path).split(sep).join("/")),
          });
        }
        break;
      }
      case "RUN":
        if (/^npm ci(\s|$)/.test(step.args.trim())) {
          installFromCheckout(dir);
          break;
        }
        execFileSync(commandOf(step.args)[0] as string, commandOf(step.args).slice(1), {
          cwd: dir,
          env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
          stdio: "pipe",
          timeout: STEP_TIMEOUT_MS,
        });
        break;
      case "ENV":
        Object.assign(env, envOf(step.args));
        break;
      case "USER":
        image.user = step.args;
        break;
      case "HEALTHCHECK":
        image.healthcheck = commandOf(step.args.replace(/^CMD\s+/, ""));
        break;
      case "CMD":
        image.cmd = commandOf(step.args);
        break;
      case "VOLUME":
        image.volumes.push(
          ...(step.args.trim().startsWith("[") ? commandOf(step.args) : step.args.split(/\s+/)),
        );
        break;
      case "EXPOSE":
        break;
      default:
        throw new Error(
          `docker-steps: no support for ${step.keyword}; teach tests/ops/dockerfile.ts`,
        );
    }
  }
  return { dir, env, ...image };
}

type LockEntry = { version?: string; integrity?: string; optional?: boolean };
type Lock = { packages: Record<string, LockEntry & Record<string, unknown>> };
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, "utf8")) as T;

/**
 * The stage's `npm ci`, without downloading or unpacking anything: the checkout's own
 * node_modules, checked to be what `npm ci` installs from the lockfile the stage copied, then
 * hard-linked into the stage (about a second instead of a quarter of a minute). The later steps
 * (build, prune, start) run for real on it.
 */
function installFromCheckout(dir: string): void {
  const lock = readJson<Lock>(join(dir, "package-lock.json"));
  const manifest = readJson<Record<string, unknown>>(join(dir, "package.json"));
  // npm ci refuses a lockfile out of step with package.json.
  expect(lock.packages[""]?.dependencies).toEqual(manifest.dependencies);
  expect(lock.packages[""]?.devDependencies).toEqual(manifest.devDependencies);
  // npm's record of what it installed in the checkout: each package at the lockfile's version
  // and integrity; the lockfile's packages it did not install are other platforms' optional ones.
  // Its real place: a linked node_modules (a worktree sharing a checkout's) would be copied as
  // the link, and pruning the copy would prune the checkout.
  const checkoutModules = realpathSync(join(ROOT, "node_modules"));
  const installed = readJson<Lock>(join(checkoutModules, ".package-lock.json")).packages;
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === "") continue;
    const have = installed[path];
    if (have)
      expect([have.version, have.integrity], path).toEqual([entry.version, entry.integrity]);
    else expect(entry.optional, `${path} is not installed`).toBe(true);
  }
  expect(Object.keys(installed).filter((path) => !(path in lock.packages))).toEqual([]);
  // Links, not copies: the stage's tree costs no time or space. Only npm's own record is copied,
  // since npm rewrites it in place when it prunes and a linked one would change the checkout's.
  execFileSync("cp", ["-al", checkoutModules, join(dir, "node_modules")]);
  const record = join(dir, "node_modules", ".package-lock.json");
  rmSync(record);
  cpSync(join(checkoutModules, ".package-lock.json"), record);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline || server?.exitCode !== null) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe("the Dockerfile's steps, run without Docker", () => {
  it("does pin node 20, run as a non-root user and declare a health check", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.image).toMatch(/^node:20\.\d+\.\d+-[\w-]+$/);
    const last = stages.at(-1) as Stage;
    const user = last.steps.find((s) => s.keyword === "USER")?.args;
    expect(user).toBeDefined();
    expect(["root", "0"]).not.toContain(user);
    expect(last.steps.some((s) => s.keyword === "HEALTHCHECK")).toBe(true);
    for (const secret of [".env", ".git", "node_modules"]) expect(ignored(secret)).toBe(true);
  });

  it("does start node with the same flags as npm start and npm run serve", () => {
    const cmd = stages.at(-1)?.steps.find((s) => s.keyword === "CMD")?.args ?? "";
    const [node, ...args] = commandOf(cmd);
    const flags = args.filter((arg) => arg.startsWith("--"));
    const scripts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts;
    expect(node).toBe("node");
    expect(flags).toContain("--v8-pool-size=1");
    for (const name of ["start", "serve"]) {
      const [, ...scriptArgs] = (scripts[name] as string).split(/\s+/);
      expect(scriptArgs.filter((arg) => arg.startsWith("--"))).toEqual(flags);
    }
  });

  it("does install, build the code and the index, prune dev dependencies, start and answer", {
    timeout: 2 * STEP_TIMEOUT_MS,
  }, async () => {
    const images = stages.map((stage, index) => runStage(stage, index));
    const image = images.at(-1) as (typeof images)[number];

    // Production dependencies only, and no sources: the image runs the build output.
    expect(existsSync(join(image.dir, "node_modules", "discord.js"))).toBe(true);
    expect(existsSync(join(image.dir, "node_modules", "vitest"))).toBe(false);
    expect(existsSync(join(image.dir, "src"))).toBe(false);
    // The vote store's folder is a volume the node user (1000) owns; the app stays root's.
    expect(image.volumes).toEqual(["/app/data"]);
    expect(statSync(join(image.dir, "data")).uid).toBe(1000);
    for (const app of ["dist", "node_modules", "corpus"])
      expect(statSync(join(image.dir, app)).uid).toBe(0);
    // The index was built at build time, from the very corpus the image carries (checked with
    // the image's own code, not this checkout's, which others may be changing meanwhile).
    const fingerprint = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { fingerprintOf, prebuiltFingerprint, DEFAULT_SOURCES } = await import(
           "./dist/src/knowledge-base/knowledge-base.js"
         );
         const built = prebuiltFingerprint("dist/index.json");
         process.stdout.write(JSON.stringify([built, fingerprintOf(DEFAULT_SOURCES)]));`,
      ],
      { cwd: image.dir, encoding: "utf8", timeout: 30_000 },
    );
    const [built, current] = JSON.parse(fingerprint) as [string, string];
    expect(built).toBe(current);

    const keys = makeKeys();
    const port = String(await freePort());
    const env = {
      PATH: process.env.PATH,
      ...image.env,
      PORT: port,
      DISCORD_PUBLIC_KEY: keys.publicHex,
      DISCORD_CLIENT_ID: "123456789012345678",
      LOG_LEVEL: "warn",
    };
    const [command = "", ...args] = image.cmd ?? [];
    server = spawn(command === "node" ? process.execPath : command, args, {
      cwd: image.dir,
      env,
      stdio: "ignore",
    });
    const base = `http://127.0.0.1:${port}`;
    expect((await waitForHealth(`${base}/healthz`, Date.now() + 20_000)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ ready: true });
    // FEEDBACK_DB's default is inside that volume.
    expect(existsSync(join(image.dir, "data", "feedback.db"))).toBe(true);

    const [check = "", ...checkArgs] = image.healthcheck ?? [];
    const health = spawnSync(check === "node" ? process.execPath : check, checkArgs, {
      env,
      timeout: 10_000,
    });
    expect(health.status).toBe(0);

    const ping = JSON.stringify({ id: "1", application_id: "2", type: 1, token: "t", version: 1 });
    const pong = await fetch(`${base}/interactions`, {
      method: "POST",
      body: ping,
      headers: signedHeaders(keys.privateKey, ping),
    });
    expect(await pong.json()).toEqual({ type: 1 });

    // docker stop: SIGTERM, and the process exits by itself well within Docker's 10 s.
    const exited = new Promise<number | null>((resolve) => server?.once("exit", resolve));
    server.kill("SIGTERM");
    const code = await Promise.race([
      exited,
      new Promise((resolve) => setTimeout(() => resolve("still running"), 10_000)),
    ]);
    expect(code).toBe(0);
  });
});
