import { statSync } from "node:fs";
import lunr from "lunr";
import MiniSearch from "minisearch";
import { ask } from "../../src/engine/ask.js";
import {
  buildKnowledge,
  DEFAULT_SOURCES,
  saveKnowledge,
} from "../../src/knowledge-base/knowledge-base.js";
import { ALIASES_FILE } from "../../src/paths.js";
import { percentile } from "../stats.js";
import { evalQuestions, latencies } from "./questions.js";

/**
 * One scale, in its own process so scales do not share a heap: build, memory, serialized size,
 * ask latency, and the same questions through plain MiniSearch and Lunr on the same passages.
 * Prints one JSON object. Usage: measure-scale.js <documents dir> <index file> <rounds>
 */
const [dir = "", indexFile = "", roundsArg = "5"] = process.argv.slice(2);
const rounds = Number(roundsArg);
const gc = (globalThis as { gc?: () => void }).gc;

const started = performance.now();
const knowledge = buildKnowledge({ documentsDir: dir, aliasesFile: ALIASES_FILE });
const buildMs = performance.now() - started;
gc?.();
const memory = process.memoryUsage();
saveKnowledge(knowledge, indexFile);

const questions = evalQuestions();
const ours = latencies(questions, rounds, (q) => ask(knowledge, q));

// Quality as the corpus grows: of the questions the real corpus answers, how many still get the
// very passage it gives?
const real = buildKnowledge(DEFAULT_SOURCES);
const pairs = questions.map((q) => ({ real: ask(real, q), scaled: ask(knowledge, q) }));
const answerable = pairs.filter((p) => p.real.passages[0] !== undefined);
const sameTop = answerable.filter(({ real, scaled }) => {
  const [a, b] = [real.passages[0]?.source, scaled.passages[0]?.source];
  return a?.doc === b?.doc && a?.start === b?.start;
}).length;
const answered = pairs.filter((p) => p.scaled.answered).length;

const passages = knowledge.index.passages;
const plain = new MiniSearch({ fields: ["text", "section", "docTitle"], idField: "id" });
plain.addAll(passages);
const plainTimes = latencies(questions, rounds, (q) => plain.search(q));

const lunrStarted = performance.now();
const lunrIndex = lunr(function () {
  this.ref("id");
  this.field("text");
  this.field("section");
  this.field("docTitle");
  for (const p of passages)
    this.add({ id: p.id, text: p.text, section: p.section, docTitle: p.docTitle });
});
const lunrBuildMs = performance.now() - lunrStarted;
// Lunr's query syntax treats ":", "~", "^", "+", "-" and "*" as operators: search plain terms.
const lunrTimes = latencies(questions, rounds, (q) =>
  lunrIndex.query((query) => {
    for (const token of lunr.tokenizer(q))
      query.term(token.toString().replace(/[:~^+*-]/g, ""), {});
  }),
);

process.stdout.write(
  `${JSON.stringify({
    passages: passages.length,
    buildMs: Math.round(buildMs),
    rssMB: Math.round(memory.rss / 2 ** 20),
    heapMB: Math.round(memory.heapUsed / 2 ** 20),
    indexBytes: statSync(indexFile).size,
    askP50Ms: percentile(ours, 50),
    askP99Ms: percentile(ours, 99),
    miniSearchP99Ms: percentile(plainTimes, 99),
    lunrP99Ms: percentile(lunrTimes, 99),
    lunrBuildMs: Math.round(lunrBuildMs),
    sameTopShare: sameTop / answerable.length,
    answeredShare: answered / questions.length,
  })}\n`,
);
