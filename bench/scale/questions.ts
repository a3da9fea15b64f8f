import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../src/paths.js";

const SHARED = join(ROOT, "..", "shared", "eval");
const BASE_SETS = [
  join(SHARED, "questions.dev.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.heldout.jsonl"),
];
/** The sets worded like Discord and in Chinese: what most users type. */
const CHAT_SETS = [
  join(SHARED, "questions.casual.dev.jsonl"),
  join(SHARED, "questions.zh.dev.jsonl"),
];

/**
 * The eval questions: what users ask, so latency is measured on realistic queries. The scale
 * bench keeps the base sets (its quality columns are measured on them); `withChat` adds the
 * casual and Chinese ones.
 */
export function evalQuestions(withChat = false): string[] {
  return [...BASE_SETS, ...(withChat ? CHAT_SETS : [])]
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean))
    .map((line) => (JSON.parse(line) as { q: string }).q);
}

/** Latencies of `run` over every question, after one warm-up pass. */
export function latencies(
  questions: readonly string[],
  rounds: number,
  run: (q: string) => unknown,
): number[] {
  for (const q of questions) run(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const start = performance.now();
      run(q);
      times.push(performance.now() - start);
    }
  }
  return times;
}
