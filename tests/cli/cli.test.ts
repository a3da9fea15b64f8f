import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { askResultSchema } from "../helpers/schemas.js";

/** No control character but line breaks and tabs: nothing a terminal would act on. */
const withoutControls = (text: string) =>
  ![...text].some((ch) => {
    const c = ch.charCodeAt(0);
    return (c < 32 && ch !== "\n" && ch !== "\t") || (c >= 127 && c < 160);
  });

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs the CLI from source, as `npm run cli` runs it from the build. */
function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 20_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("cli ask", () => {
  it("does print the answer with its citation when asked one question", () => {
    const { code, stdout } = cli(["ask", "When was DeepSeek-R1 released?"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Answer: \*\*January 20, 2025\*\*/);
    expect(stdout).toMatch(/\[1\] DeepSeek: a history from Magic Cube Quant to R1 › /);
  });

  it("does print the documented JSON shape when --json is given", () => {
    const { code, stdout } = cli([
      "ask",
      "--json",
      "How many routed experts per layer does DeepSeek-V3 use?",
    ]);
    expect(code).toBe(0);
    const result = askResultSchema.parse(JSON.parse(stdout));
    expect(result).toMatchObject({ answered: true, answer: "256 routed experts" });
    expect(result.passages[0]?.source).toMatchObject({ doc: "deepseek-encyclopedia" });
  });

  it("does keep each passage's full text and add the excerpt shown when --json is given", () => {
    const { code, stdout } = cli(["ask", "--json", "Who founded DeepSeek?"]);
    expect(code).toBe(0);
    const passages = (JSON.parse(stdout) as { passages: { text: string; excerpt: string }[] })
      .passages;
    expect(passages.length).toBeGreaterThan(0);
    for (const { text, excerpt } of passages) {
      expect(excerpt.length).toBeLessThanOrEqual(300);
      // Verbatim between the cut marks.
      for (const piece of excerpt.split("…").filter(Boolean)) expect(text).toContain(piece);
    }
    expect(passages.some((p) => p.excerpt.length < p.text.length)).toBe(true);
  });

  it("does answer each line of standard input in order when the question is -", () => {
    const questions = [
      "When was DeepSeek incorporated?",
      "",
      "What is the capital of France?",
      "What is MLA?",
    ];
    const { code, stdout } = cli(["ask", "--json", "-"], questions.join("\n"));
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => askResultSchema.parse(JSON.parse(line)));
    expect(lines.map((r) => r.question)).toEqual(questions);
    expect(lines.map((r) => r.answered)).toEqual([true, false, false, true]);
  });

  it("does print exactly one JSON line per input line when lines are blank or hold a lone carriage return", () => {
    const input = "What is MLA?\r\n\n   \nWho founded\rDeepSeek?\nWhat is MLA?";
    const { code, stdout } = cli(["ask", "--json", "-"], input);
    expect(code).toBe(0);
    const results = stdout
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => askResultSchema.parse(JSON.parse(line)));
    expect(results.map((r) => r.question)).toEqual([
      "What is MLA?",
      "",
      "",
      "Who founded DeepSeek?",
      "What is MLA?",
    ]);
    expect(results.map((r) => r.answered)).toEqual([true, false, false, true, true]);
  });

  it("does print no terminal escape code when the question carries them", () => {
    const { code, stdout } = cli(["ask", "\u001b[2J\u001b]0;pwned\u0007What is MLA?\u001b[31m"]);
    expect(code).toBe(0);
    expect(stdout).toContain("What is MLA?");
    expect(stdout).toSatisfy(withoutControls);
  });

  it("does exit with code 2 and the usage when the command is unknown", () => {
    const { code, stderr } = cli(["frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cli: unknown command "frobnicate"\nUsage:/);
  });

  it("does exit with code 2 when ask has no question", () => {
    expect(cli(["ask"]).code).toBe(2);
  });
});
