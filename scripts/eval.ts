import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ask } from "../src/engine/ask.js";
import type { AskResult } from "../src/engine/result.js";
import { loadLexicon } from "../src/ingest/load-lexicon.js";
import { type Knowledge, loadKnowledge } from "../src/knowledge-base/knowledge-base.js";
import { LEXICON_DIR, ROOT } from "../src/paths.js";

/**
 * Scores answer quality by the rules of shared/eval/README.md.
 *
 * Dev sets (tuned on): the shared ones and our own earlier sets. Frozen sets were written by a
 * helper who never saw the ranking code; `--frozen` scores them, once, at the end of a change,
 * and their misses are not read. `--check` fails when a dev set lost more than one question
 * against the floors recorded in `scripts/eval-floors.json` (`--write-floors` records them).
 */
const questionSchema = z.object({
  id: z.string(),
  q: z.string(),
  expect: z.array(z.array(z.string()).min(1)).optional(),
  unanswerable: z.boolean().optional(),
});
type EvalQuestion = z.infer<typeof questionSchema>;

const SHARED = join(ROOT, "..", "shared", "eval");
const DEV_SETS = [
  join(SHARED, "questions.dev.jsonl"),
  join(SHARED, "questions.casual.dev.jsonl"),
  join(SHARED, "questions.zh.dev.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.heldout.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.blind.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.blind2.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual3.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual4.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.zh5.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual5.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual6.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.zh6.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual7.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.zh7.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual8.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual9.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.docs9.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.zh8.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual10.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.docs10.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.zh9.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual11.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.docs11.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.zh10.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.zh11.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual12.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.docs12.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual13.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.zh12.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual14.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.zh13.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.docs13.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual15.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.casual16.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.docs14.jsonl"),
  join(ROOT, "tests", "fixtures", "dev", "questions.zh14.jsonl"),
  // Probe sets written from the seeds by helpers (two in the tenth session, one in the eleventh,
  // one in the thirteenth, two in the fourteenth, one in the fifteenth; the sixth and seventh
  // have no documents-worded set).
  ...["probe1", "probe2", "probe3", "probe4", "probe5"].flatMap((probe) =>
    ["casual", "docs", "zh"].map((style) =>
      join(ROOT, "tests", "fixtures", "dev", `questions.${probe}.${style}.jsonl`),
    ),
  ),
  ...["probe6", "probe7"].flatMap((probe) =>
    ["casual", "zh"].map((style) =>
      join(ROOT, "tests", "fixtures", "dev", `questions.${probe}.${style}.jsonl`),
    ),
  ),
];
/** Frozen rounds: round 1 is `questions.casual.jsonl`…, round N (2 to 23) `questions.casual.N.jsonl`…. */
const FROZEN_ROUNDS = 23;
const FROZEN_SETS = [
  "",
  ...Array.from({ length: FROZEN_ROUNDS - 1 }, (_, i) => `.${i + 2}`),
].flatMap((round) =>
  ["casual", "docs", "zh"].map((name) =>
    join(ROOT, "tests", "fixtures", "frozen", `questions.${name}${round}.jsonl`),
  ),
);
const FLOORS = join(ROOT, "scripts", "eval-floors.json");

/** Case, runs of white space and dashes folded, as the scoring rules say. */
const fold = (text: string) => text.toLowerCase().replace(/[–—]/g, "-").replace(/\s+/g, " ");

function hits(expect: string[][], texts: string[]): boolean {
  const haystack = fold(texts.join(" \n "));
  return expect.every((group) => group.some((alt) => haystack.includes(fold(alt))));
}

function readerText(result: AskResult, passages: number): string[] {
  return [
    result.answer ?? "",
    ...result.passages.slice(0, passages).flatMap((p) => [p.text, p.source.section]),
  ];
}

/** A bold answer is right when it holds an expected string or is itself part of one. */
function boldRight(answer: string, expect: string[][]): boolean {
  const a = fold(answer);
  return expect.flat().some((alt) => a.includes(fold(alt)) || fold(alt).includes(a));
}

export interface SetScore {
  set: string;
  questions: number;
  answerable: number;
  hit1: number;
  hit3: number;
  mrr: number;
  answered: number;
  unanswerable: number;
  abstained: number;
  bold: number;
  boldWrong: number;
}

function readSet(file: string): EvalQuestion[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => questionSchema.parse(JSON.parse(line)));
}

function scoreSet(knowledge: Knowledge, file: string, verbose: boolean): SetScore {
  const score: SetScore = {
    set: basename(file),
    questions: 0,
    answerable: 0,
    hit1: 0,
    hit3: 0,
    mrr: 0,
    answered: 0,
    unanswerable: 0,
    abstained: 0,
    bold: 0,
    boldWrong: 0,
  };
  const miss = (mark: string, q: EvalQuestion, r: AskResult) =>
    verbose &&
    console.log(
      `  ✗ ${q.id} ${mark}: ${q.q} → ${r.answer ?? "-"} | ${r.passages[0]?.text.slice(0, 100) ?? r.reason}`,
    );
  for (const q of readSet(file)) {
    score.questions++;
    const result = ask(knowledge, q.q, { limit: 10 });
    const expect = q.expect ?? [];
    if (result.answered && result.answer !== null) {
      score.bold++;
      if (q.unanswerable || !boldRight(result.answer, expect)) {
        score.boldWrong++;
        miss("(wrong bold)", q, result);
      }
    }
    if (q.unanswerable) {
      score.unanswerable++;
      if (!result.answered) score.abstained++;
      else miss("(answered)", q, result);
      continue;
    }
    score.answerable++;
    if (result.answered) score.answered++;
    const h1 = result.answered && hits(expect, readerText(result, 1));
    if (h1) score.hit1++;
    if (result.answered && hits(expect, readerText(result, 3))) score.hit3++;
    const rank = result.passages.findIndex((p, i) =>
      hits(expect, [...(i === 0 ? [result.answer ?? ""] : []), p.text, p.source.section]),
    );
    if (result.answered && rank >= 0) score.mrr += 1 / (rank + 1);
    if (!h1) miss(result.answered ? "(miss)" : "(abstained)", q, result);
  }
  score.mrr = score.answerable === 0 ? 0 : score.mrr / score.answerable;
  return score;
}

const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);

function formatRow(s: SetScore): string {
  return [
    s.set,
    `${pct(s.hit1, s.answerable)} (${s.hit1}/${s.answerable})`,
    `${pct(s.hit3, s.answerable)} (${s.hit3}/${s.answerable})`,
    s.mrr.toFixed(3),
    `${pct(s.answered, s.answerable)} (${s.answered}/${s.answerable})`,
    `${pct(s.abstained, s.unanswerable)} (${s.abstained}/${s.unanswerable})`,
    `${s.boldWrong}/${s.bold}`,
  ].join(" | ");
}

type Floors = Record<string, Pick<SetScore, "hit1" | "hit3" | "abstained" | "boldWrong">>;

/** Lost more than one question on any count of any dev set: a regression. */
function regressions(scores: SetScore[], floors: Floors): string[] {
  const problems: string[] = [];
  for (const s of scores) {
    const floor = floors[s.set];
    if (!floor) continue;
    for (const key of ["hit1", "hit3", "abstained"] as const) {
      if (s[key] < floor[key] - 1) problems.push(`${s.set}: ${key} ${s[key]} < ${floor[key]} - 1`);
    }
    if (s.boldWrong > floor.boldWrong + 1)
      problems.push(`${s.set}: wrong bold answers ${s.boldWrong} > ${floor.boldWrong} + 1`);
  }
  return problems;
}

const { values } = parseArgs({
  options: {
    file: { type: "string", multiple: true },
    frozen: { type: "boolean" },
    verbose: { type: "boolean", short: "v" },
    json: { type: "boolean" },
    check: { type: "boolean" },
    "write-floors": { type: "boolean" },
    /** Where the floors are (default scripts/eval-floors.json). */
    floors: { type: "string" },
    /** Leave lexicon files out ("vectors,wordnet"), to measure what each contributes. */
    without: { type: "string" },
  },
});
const files = (values.file ?? (values.frozen ? FROZEN_SETS : DEV_SETS)).filter((f) =>
  existsSync(f),
);
const loaded = loadKnowledge();
const knowledge: Knowledge = values.without
  ? { ...loaded, lexicon: loadLexicon(LEXICON_DIR, values.without.split(",")) }
  : loaded;
const scores = files.map((file) => {
  if (values.verbose) console.log(basename(file));
  return scoreSet(knowledge, file, values.verbose === true && !FROZEN_SETS.includes(file));
});

if (values.json) console.log(JSON.stringify(scores, null, 2));
else {
  console.log("set | hit@1 | hit@3 | MRR | answered | abstained | wrong bold / bold");
  for (const s of scores) console.log(formatRow(s));
}
if (values["write-floors"]) {
  const floors: Floors = Object.fromEntries(
    scores.map((s) => [
      s.set,
      { hit1: s.hit1, hit3: s.hit3, abstained: s.abstained, boldWrong: s.boldWrong },
    ]),
  );
  writeFileSync(values.floors ?? FLOORS, `${JSON.stringify(floors, null, 2)}\n`);
}
if (values.check) {
  const floorsFile = values.floors ?? FLOORS;
  const problems = regressions(scores, JSON.parse(readFileSync(floorsFile, "utf8")) as Floors);
  for (const p of problems) console.error(`eval: ${p}`);
  if (problems.length > 0) process.exitCode = 1;
}
