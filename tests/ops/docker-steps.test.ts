import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeKeys } from "../http/signed.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");
const scratch = mkdtempSync(join(tmpdir(), "image-"));
let server: ChildProcess | undefined;

afterAll(() => {
  server?.kill("SIGTERM");
  rmSync(scratch, { recursive: true, force: true });
});

/** Paths the Dockerfile's build stage copies, read from the Dockerfile itself. */
function copiedPaths(): string[] {
  const build = dockerfile.split(/^FROM /m)[1] ?? "";
  return [...build.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) =>
    (m[1] ?? "").split(/\s+/),
  );
}

async function waitForHealth(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe("the Dockerfile's steps, run without Docker", () => {
  it("does install, build, prune dev dependencies, start and answer /healthz", {
    timeout: 240_000,
  }, async () => {
    expect(dockerfile).toMatch(/^FROM node:20\.\d+\.\d+-\S+ AS build$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
    for (const path of copiedPaths())
      cpSync(join(ROOT, path), join(scratch, path), { recursive: true });
    const run = (cmd: string, args: string[]) =>
      execFileSync(cmd, args, { cwd: scratch, stdio: "pipe", timeout: 180_000 });
    run("npm", ["ci", "--no-audit", "--no-fund"]);
    run("npm", ["run", "build"]);
    run("npm", ["prune", "--omit=dev"]);
    expect(() => run("node", ["-e", "require.resolve('vitest')"])).toThrow();

    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    server = spawn(process.execPath, ["dist/src/main.js"], {
      cwd: scratch,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        MODE: "http",
        PORT: port,
        DISCORD_PUBLIC_KEY: makeKeys().publicHex,
        DISCORD_CLIENT_ID: "123456789012345678",
        LOG_LEVEL: "warn",
      },
      stdio: "ignore",
    });
    const res = await waitForHealth(`http://127.0.0.1:${port}/healthz`, Date.now() + 15_000);
    expect(res.status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()).toEqual({ ready: true });
  });
});
