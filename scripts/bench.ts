import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { crowd } from "../bench/crowd.js";
import { httpLoad } from "../bench/http-load.js";
import { evalQuestions } from "../bench/scale/questions.js";
import { runScaleBench } from "../bench/scale/scale.js";
import { percentile } from "../bench/stats.js";
import { ask } from "../src/engine/ask.js";
import { buildKnowledge, loadKnowledge } from "../src/knowledge-base/knowledge-base.js";
import { ROOT } from "../src/paths.js";

// `--scale`: how cost grows with the corpus (bench/scale); the rest measures the real corpus.
if (process.argv.includes("--scale")) {
  runScaleBench();
  process.exit(0);
}

/** Targets from the engine issue; a miss is printed, not fatal: this measures, tests assert. */
const TARGETS = { askP99Ms: 2, processToFirstAnswerMs: 500 } as const;
const ROUNDS = { build: 5, spawn: 5, askWarmup: 3, ask: 30 } as const;

const median = (xs: number[]) => percentile(xs, 50);
const ms = (n: number) => `${n.toFixed(n < 10 ? 3 : 0)} ms`;
const timed = <T>(f: () => T): [T, number] => {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
};

const rows: [string, string, string][] = [];
const row = (name: string, value: string, target = "") => rows.push([name, value, target]);

// `npm run bench` runs node with the flags `npm start` and the Dockerfile use; the new process
// below gets them too, so both measure the bot as it runs.
row("node flags", process.execArgv.join(" ") || "(none)");

const builds = Array.from({ length: ROUNDS.build }, () => timed(() => buildKnowledge())[1]);
const knowledge = buildKnowledge();
row("corpus load + ingest + index build", `${ms(median(builds))} (median of ${ROUNDS.build})`);
row(
  "passages / models / timeline events",
  `${knowledge.index.size} / ${knowledge.catalog.models.length} / ${knowledge.catalog.timeline.length}`,
);

const [, loadMs] = timed(() => loadKnowledge());
const [loaded] = timed(() => loadKnowledge());
const [, firstAskMs] = timed(() => ask(loaded, "When was DeepSeek-R1 released?"));
row("in process: load prebuilt index + first ask", ms(loadMs + firstAskMs));

const cli = join(ROOT, "dist", "bundle", "cli", "main.js");
if (existsSync(cli)) {
  const walls = Array.from({ length: ROUNDS.spawn }, () => {
    const start = performance.now();
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, cli, "ask", "--json", "When was DeepSeek-R1 released?"],
      { encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`bench: cli failed: ${run.stderr}`);
    return performance.now() - start;
  });
  const worst = Math.max(...walls);
  row(
    "new process: start, answer one question, exit",
    `${ms(median(walls))} median, ${ms(worst)} max`,
    `< ${TARGETS.processToFirstAnswerMs} ms ${worst < TARGETS.processToFirstAnswerMs ? "ok" : "MISSED"}`,
  );
}

const qs = evalQuestions(true);
for (let i = 0; i < ROUNDS.askWarmup; i++) for (const q of qs) ask(knowledge, q);
const latencies: number[] = [];
for (let i = 0; i < ROUNDS.ask; i++)
  for (const q of qs) latencies.push(timed(() => ask(knowledge, q))[1]);
const p99 = percentile(latencies, 99);
row(
  `ask latency over ${qs.length} questions × ${ROUNDS.ask}`,
  `p50 ${ms(percentile(latencies, 50))}, p99 ${ms(p99)}`,
  `p99 < ${TARGETS.askP99Ms} ms ${p99 < TARGETS.askP99Ms ? "ok" : "MISSED"}`,
);

global.gc?.();
const memory = process.memoryUsage();
row(
  "heap used / RSS",
  `${(memory.heapUsed / 2 ** 20).toFixed(1)} MB / ${(memory.rss / 2 ** 20).toFixed(1)} MB`,
);

if (process.argv.includes("--http")) {
  const load = await httpLoad(knowledge, qs);
  row(
    `HTTP: ${load.requests} signed asks, concurrency ${load.concurrency}`,
    `${load.answered}/${load.requests} answered, p50 ${ms(load.p50)}, p99 ${ms(load.p99)}, ${load.perSecond.toFixed(0)}/s`,
  );
}

if (process.argv.includes("--crowd")) {
  const burst = await crowd(knowledge, qs);
  row(
    `gateway: burst of ${burst.interactions} asks, one per user`,
    `${burst.answered}/${burst.interactions} answered, p50 ${ms(burst.p50)}, p99 ${ms(burst.p99)}, ${burst.perSecond.toFixed(0)}/s`,
  );
}

const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, value, target] of rows)
  console.log(`${name.padEnd(width)}  ${value}${target ? `   [target ${target}]` : ""}`);
