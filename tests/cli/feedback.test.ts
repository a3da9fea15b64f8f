import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/feedback/sqlite.js";
import { ROOT } from "../../src/paths.js";
import { run } from "../bot/process.js";

/** `npm run feedback`'s entry, run from source. */
const report = (env: Record<string, string>) => run("src/cli/feedback.ts", env).finished;

function storeWith(votes: [question: string, verdict: "up" | "down", user: string][]): string {
  const path = join(mkdtempSync(join(tmpdir(), "report-")), "feedback.db");
  const store = openSqliteStore(path);
  votes.forEach(([question, verdict, user], i) => {
    store.record({
      answerId: String(1000 + i),
      userId: user,
      question,
      answer: `answer to ${question}`,
      sources: ["[1] Doc › Section"],
      verdict,
      at: new Date(Date.UTC(2025, 0, 1 + i)),
    });
  });
  store.close();
  return path;
}

describe("npm run feedback", () => {
  it("does run the compiled report entry", () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts;
    expect(scripts.feedback).toBe("node scripts/launch.mjs dist/src/cli/feedback.js");
  });

  it("does print the questions with the most 👎 first when several got votes", async () => {
    const path = storeWith([
      ["what is MLA?", "up", "1"],
      ["who founded DeepSeek?", "down", "1"],
      ["who founded DeepSeek?", "down", "2"],
      ["when was R1 released?", "down", "1"],
    ]);
    const { code, stdout } = await report({ FEEDBACK_DB: path });
    expect(code).toBe(0);
    const order = [...stdout.matchAll(/^\d+\. (.+)$/gm)].map((m) => m[1]);
    expect(order).toEqual([
      "👎 2 · 👍 0 · who founded DeepSeek?",
      "👎 1 · 👍 0 · when was R1 released?",
      "👎 0 · 👍 1 · what is MLA?",
    ]);
    expect(stdout).toContain("Answer:  answer to who founded DeepSeek?");
    expect(stdout).toContain("Sources: [1] Doc › Section");
  });

  it("does say there are no votes, and create nothing, when the store does not exist", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "report-")), "none.db");
    const { code, stdout } = await report({ FEEDBACK_DB: path });
    expect(code).toBe(0);
    expect(stdout).toBe(`No votes yet in ${path}.\n`);
    expect(existsSync(path)).toBe(false);
  });
});
