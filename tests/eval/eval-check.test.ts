import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/paths.js";

const SET = join(ROOT, "tests", "fixtures", "dev", "questions.blind2.jsonl");

/** Runs scripts/eval.ts on one dev set; returns its exit code and output. */
function evalRun(args: string[]): { code: number; output: string } {
  try {
    const output = execFileSync("npx", ["tsx", "scripts/eval.ts", "--file", SET, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

describe("eval --check", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "floors-"));
  const floors = join(dir, "floors.json");

  it("does pass when a dev set scores what its floors record", () => {
    expect(evalRun(["--write-floors", "--floors", floors]).code).toBe(0);
    expect(evalRun(["--check", "--floors", floors]).code).toBe(0);
  });

  it("does fail and name the set when a dev set lost more than one question", () => {
    const recorded = JSON.parse(readFileSync(floors, "utf8"));
    recorded["questions.blind2.jsonl"].hit1 += 2;
    writeFileSync(floors, JSON.stringify(recorded));
    const { code, output } = evalRun(["--check", "--floors", floors]);
    expect(code).toBe(1);
    expect(output).toMatch(/questions\.blind2\.jsonl: hit1/);
  });
});
