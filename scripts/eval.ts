import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ask } from "../src/engine/ask.js";
import type { AskResult } from "../src/engine/result.js";
import { loadKnowledge } from "../src/knowledge-base/knowledge-base.js";
import { ROOT } from "../src/paths.js";

const questionSchema = z.object({
  id: z.string(),
  q: z.string(),
  expect: z.array(z.array(z.string()).min(1)).optional(),
  unanswerable: z.boolean().optional(),
});
type EvalQuestion = z.infer<typeof questionSchema>;

/** The scoring rules of shared/eval/README.md: case, runs of white space and dashes folded. */
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

const { values } = parseArgs({
  options: {
    file: { type: "string", multiple: true },
    verbose: { type: "boolean", short: "v" },
  },
});
/** The shared dev set, plus our own sets written without looking at the ranking code. */
const DEFAULT_FILES = [
  join(ROOT, "..", "shared", "eval", "questions.dev.jsonl"),
  join(ROOT, "tests", "fixtures", "questions.heldout.jsonl"),
  join(ROOT, "tests", "fixtures", "questions.blind.jsonl"),
  join(ROOT, "tests", "fixtures", "questions.blind2.jsonl"),
].filter((file) => existsSync(file));
const files = values.file ?? DEFAULT_FILES;
const knowledge = loadKnowledge();

for (const file of files) {
  const questions: EvalQuestion[] = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => questionSchema.parse(JSON.parse(line)));
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  let answered = 0;
  let abstained = 0;
  const answerable = questions.filter((q) => !q.unanswerable);
  const unanswerable = questions.filter((q) => q.unanswerable);
  for (const q of questions) {
    const result = ask(knowledge, q.q, { limit: 10 });
    if (q.unanswerable) {
      if (!result.answered) abstained++;
      else if (values.verbose)
        console.log(`  ✗ ${q.id} answered: ${q.q} → ${result.passages[0]?.text.slice(0, 80)}`);
      continue;
    }
    const expect = q.expect ?? [];
    if (result.answered) answered++;
    const h1 = result.answered && hits(expect, readerText(result, 1));
    const h3 = result.answered && hits(expect, readerText(result, 3));
    if (h1) hit1++;
    if (h3) hit3++;
    const rank = result.passages.findIndex((p, i) =>
      hits(expect, [...(i === 0 ? [result.answer ?? ""] : []), p.text, p.source.section]),
    );
    if (result.answered && rank >= 0) rr += 1 / (rank + 1);
    if (values.verbose && !h1) {
      console.log(
        `  ✗ ${q.id} ${h3 ? "(top3)" : result.answered ? "(miss)" : "(abstained)"}: ${q.q} → ${result.answer ?? "-"} | ${result.passages[0]?.text.slice(0, 100) ?? result.reason}`,
      );
    }
  }
  const pct = (n: number, d: number) => `${d === 0 ? "-" : ((100 * n) / d).toFixed(1)}%`;
  console.log(
    [
      `${file.split("/").at(-1)}: ${questions.length} questions`,
      `hit@1 ${pct(hit1, answerable.length)} (${hit1}/${answerable.length})`,
      `hit@3 ${pct(hit3, answerable.length)} (${hit3}/${answerable.length})`,
      `MRR ${(rr / Math.max(1, answerable.length)).toFixed(3)}`,
      `answered ${pct(answered, answerable.length)} (${answered}/${answerable.length})`,
      `abstention ${pct(abstained, unanswerable.length)} (${abstained}/${unanswerable.length})`,
    ].join("  "),
  );
}
