import { ask } from "../../src/engine/ask.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { ALIASES_FILE } from "../../src/paths.js";

/**
 * A fresh process: load the serialized index and answer one question. Prints the time from
 * process start to the answer (`performance.now()` counts from start), not the exit's teardown.
 * Usage: <dir> <index file>
 */
const [dir = "", indexFile = ""] = process.argv.slice(2);
const knowledge = loadKnowledge({ documentsDir: dir, aliasesFile: ALIASES_FILE }, indexFile);
const result = ask(knowledge, "When was DeepSeek-R1 released?");
process.stdout.write(
  `${JSON.stringify({ answered: result.answered, passages: knowledge.index.size, ms: performance.now() })}\n`,
);
