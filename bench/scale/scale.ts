import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DOCUMENTS_DIR, ROOT } from "../../src/paths.js";
import { generateCorpus } from "./generate-corpus.js";

export const SCALE_DEFAULTS = { scales: [1, 10, 100, 1000], rounds: 3, coldStarts: 5 } as const;
const TARGETS_AT_1000 = {
  buildMs: 30_000,
  rssMB: 1536,
  coldStartMs: 2_000,
  askP99Ms: 25,
  vsMiniSearch: 2,
} as const;

const here = dirname(fileURLToPath(import.meta.url));

function node(script: string, args: string[]): string {
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=4096", join(here, script), ...args],
    {
      encoding: "utf8",
      maxBuffer: 2 ** 24,
    },
  );
  if (run.status !== 0) throw new Error(`bench: ${script} failed: ${run.stderr.slice(-2000)}`);
  return run.stdout;
}

export interface ScaleRow {
  scale: number;
  passages: number;
  buildMs: number;
  rssMB: number;
  heapMB: number;
  indexBytes: number;
  coldStartMs: number;
  askP50Ms: number;
  askP99Ms: number;
  miniSearchP99Ms: number;
  lunrP99Ms: number;
  lunrBuildMs: number;
  /** Of the eval questions the real corpus answers, the share still given its top passage. */
  sameTopShare: number;
  /** Share of the eval questions answered (not abstained). */
  answeredShare: number;
}

/** Generates each scaled corpus, measures it in fresh processes, prints and saves the table. */
export function runScaleBench(options = SCALE_DEFAULTS): ScaleRow[] {
  const work = mkdtempSync(join(tmpdir(), "deepseek-scale-"));
  const rows: ScaleRow[] = [];
  try {
    for (const scale of options.scales) {
      const dir = scale === 1 ? DOCUMENTS_DIR : generateCorpus(join(work, `x${scale}`), scale).dir;
      // The real documents go in too, so answer quality can be compared with the real corpus.
      if (scale !== 1) cpSync(DOCUMENTS_DIR, dir, { recursive: true });
      const indexFile = join(work, `index-${scale}.json`);
      const measured = JSON.parse(
        node("measure-scale.js", [dir, indexFile, String(options.rounds)]),
      ) as Omit<ScaleRow, "scale" | "coldStartMs">;
      const colds = Array.from(
        { length: options.coldStarts },
        () => (JSON.parse(node("cold-start.js", [dir, indexFile])) as { ms: number }).ms,
      ).sort((a, b) => a - b);
      rows.push({
        scale,
        ...measured,
        coldStartMs: Math.round(colds[Math.floor(colds.length / 2)] ?? 0),
      });
      if (scale !== 1) rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const out = join(ROOT, "bench", "results", "scale.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(rows, null, 2)}\n`);
  printTable(rows);
  console.log(`written to ${out}`);
  return rows;
}

function printTable(rows: ScaleRow[]): void {
  const f = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
  console.log(
    "scale  passages   build ms  RSS MB  heap MB  index MB  cold ms  ask p50  ask p99  MiniSearch p99 (ours/plain)  Lunr p99 (ours/Lunr)  same top  answered",
  );
  for (const r of rows) {
    console.log(
      [
        `${r.scale}×`.padEnd(6),
        String(r.passages).padStart(8),
        String(r.buildMs).padStart(10),
        String(r.rssMB).padStart(7),
        String(r.heapMB).padStart(8),
        (r.indexBytes / 2 ** 20).toFixed(1).padStart(9),
        String(r.coldStartMs).padStart(8),
        f(r.askP50Ms).padStart(8),
        f(r.askP99Ms).padStart(8),
        `${f(r.miniSearchP99Ms)} (${(r.askP99Ms / r.miniSearchP99Ms).toFixed(2)}×)`.padStart(28),
        `${f(r.lunrP99Ms)} (${(r.askP99Ms / r.lunrP99Ms).toFixed(2)}×)`.padStart(21),
        `${(100 * r.sameTopShare).toFixed(0)}%`.padStart(9),
        `${(100 * r.answeredShare).toFixed(0)}%`.padStart(9),
      ].join(" "),
    );
  }
  const top = rows.find((r) => r.scale === 1000);
  if (top) {
    const checks: [string, boolean][] = [
      [`build < ${TARGETS_AT_1000.buildMs / 1000} s`, top.buildMs < TARGETS_AT_1000.buildMs],
      [`RSS < ${TARGETS_AT_1000.rssMB} MB`, top.rssMB < TARGETS_AT_1000.rssMB],
      [
        `cold start < ${TARGETS_AT_1000.coldStartMs / 1000} s`,
        top.coldStartMs < TARGETS_AT_1000.coldStartMs,
      ],
      [`ask p99 < ${TARGETS_AT_1000.askP99Ms} ms`, top.askP99Ms < TARGETS_AT_1000.askP99Ms],
      [
        `ask ≤ ${TARGETS_AT_1000.vsMiniSearch}× plain MiniSearch`,
        top.askP99Ms <= TARGETS_AT_1000.vsMiniSearch * top.miniSearchP99Ms,
      ],
    ];
    console.log(
      `targets at 1000×: ${checks.map(([name, ok]) => `${name} ${ok ? "ok" : "MISSED"}`).join("; ")}`,
    );
  }
}
