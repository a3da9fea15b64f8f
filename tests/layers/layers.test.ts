import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const CONFIG = join(ROOT, ".dependency-cruiser.cjs");
const DEPCRUISE = join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** A tiny src/ tree made of `files` (path → source), to run the project's rules over. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "layers-"));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext" } }),
  );
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

/** `depcruise src` as `npm run lint` runs it, with more arguments if given. */
const depcruise = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [DEPCRUISE, "src", "--config", CONFIG, ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: 30_000,
  });

function violationsIn(files: Record<string, string>): Violation[] {
  const run = depcruise(tree(files), "--output-type", "json");
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const rules = (violations: Violation[]) => [...new Set(violations.map((v) => v.rule.name))].sort();

describe("the layer rules (.dependency-cruiser.cjs)", { timeout: 60_000 }, () => {
  it("does pass imports that flow down", () => {
    const violations = violationsIn({
      "src/text/dates.ts": "export const year = 2024;\n",
      "src/knowledge/extract.ts":
        'import { year } from "../text/dates.js";\nexport const y = year;\n',
      "src/engine/ask.ts": 'import { y } from "../knowledge/extract.js";\nexport const a = y;\n',
      "src/transports/bot.ts": 'import { a } from "../engine/ask.js";\nexport const b = a;\n',
    });
    expect(violations).toEqual([]);
  });

  it("does fail an upward import, type-only ones too, and so fails the lint", () => {
    const files = {
      "src/engine/spans.ts": "export type Span = { start: number };\n",
      "src/knowledge/extract.ts":
        'import type { Span } from "../engine/spans.js";\nexport const s: Span = { start: 0 };\n',
    };
    const found = violationsIn(files).map((v) => [v.rule.name, v.from, v.to]);
    // Upward, and into the engine's internals.
    expect(found.sort()).toEqual([
      ["engine-entries-only", "src/knowledge/extract.ts", "src/engine/spans.ts"],
      ["not-above-index-knowledge", "src/knowledge/extract.ts", "src/engine/spans.ts"],
    ]);
    const lint = depcruise(tree(files));
    expect(lint.status).not.toBe(0);
    expect(lint.stdout).toContain(
      "error not-above-index-knowledge: src/knowledge/extract.ts → src/engine/spans.ts",
    );
  });

  it("does fail two folders importing each other, as siblings and as a folder cycle", () => {
    const violations = violationsIn({
      "src/index/tokens.ts": 'import { m } from "../knowledge/mentions.js";\nexport const t = m;\n',
      "src/knowledge/mentions.ts": 'import { t } from "../index/tokens.js";\nexport const m = t;\n',
    });
    expect(rules(violations)).toEqual([
      "no-folder-cycles",
      "not-beside-index",
      "not-beside-knowledge",
    ]);
  });

  it("does fail a transport importing the engine's internals", () => {
    const violations = violationsIn({
      "src/engine/rank.ts": "export const rank = 1;\n",
      "src/transports/bot.ts":
        'import { rank } from "../engine/rank.js";\nexport const b = rank;\n',
    });
    expect(rules(violations)).toEqual(["engine-entries-only"]);
  });

  it("does fail the engine importing discord.js", () => {
    const violations = violationsIn({
      "src/engine/ask.ts": 'import { Client } from "discord.js";\nexport const c = Client;\n',
    });
    expect(rules(violations)).toEqual(["no-discord-in-engine"]);
  });
});

describe("the README's diagram", () => {
  // depcruise lists edges in the order it finds files, which differs between file systems, so
  // the two diagrams are compared as sets of lines.
  it("draws the edges the rules draw", { timeout: 60_000 }, () => {
    const diagram = execFileSync("npm", ["run", "-s", "diagram"], { cwd: ROOT, encoding: "utf8" });
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(readme)?.[1];
    const lines = (text: string) => text.trim().split("\n").sort();
    expect(block).toBeDefined();
    expect(lines(block ?? "")).toEqual(lines(diagram));
  });
});
