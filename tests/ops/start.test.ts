import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/paths.js";

const run = (args: string[], input = "") =>
  spawnSync(process.execPath, args, {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 90_000,
    env: { ...process.env, DISCORD_TOKEN: "", MODE: "console", LOG_LEVEL: "warn" },
  });
const mtime = (path: string) => statSync(join(ROOT, path)).mtimeMs;

describe("starting fast", () => {
  it("does answer in the console mode without loading the discord.js client", () => {
    const trace = join(ROOT, "tests/ops/fixtures/trace-imports.mjs");
    const { status, stdout, stderr } = run(
      ["--import", "tsx", "--import", trace, "src/main.ts"],
      "/deepseek ask what is MLA?\n",
    );
    expect(status).toBe(0);
    expect(stdout).toContain("Multi-head Latent Attention");
    expect(stderr).not.toContain("LOADED discord.js");
  });

  it("does neither compile nor rewrite the index when it starts a second time with nothing changed", {
    timeout: 120_000,
  }, () => {
    const launch = ["scripts/launch.mjs", "dist/bundle/cli/main.js", "ask", "What is MLA?"];
    const first = run(launch);
    expect(first.status, first.stderr).toBe(0);
    const stamp = mtime("dist/.build-stamp");
    const index = mtime("dist/index.json");
    const second = run(launch);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("Multi-head Latent Attention");
    expect(mtime("dist/.build-stamp")).toBe(stamp);
    expect(mtime("dist/index.json")).toBe(index);
  });

  it("does answer from the bundle npm start runs, without loading the discord.js client", {
    timeout: 120_000,
  }, () => {
    expect(run(["scripts/launch.mjs", "--build"]).status).toBe(0);
    const trace = join(ROOT, "tests/ops/fixtures/trace-imports.mjs");
    const { status, stdout, stderr } = run(
      ["--import", trace, "dist/bundle/main.js"],
      "/deepseek ask what is MLA?\n/deepseek ask R1是什么时候发布的\n",
    );
    expect(status, stderr).toBe(0);
    expect(stdout).toContain("Multi-head Latent Attention");
    expect(stdout).toContain("January 20, 2025");
    expect(stderr).not.toContain("LOADED discord.js");
  });

  it("does not compile again when npm run build was the last build", { timeout: 120_000 }, () => {
    const build = run(["scripts/launch.mjs", "--build"]);
    expect(build.status, build.stderr).toBe(0);
    const stamp = mtime("dist/.build-stamp");
    const start = run(["scripts/launch.mjs", "dist/bundle/cli/main.js", "ask", "What is MLA?"]);
    expect(start.status, start.stderr).toBe(0);
    expect(mtime("dist/.build-stamp")).toBe(stamp);
  });
});
