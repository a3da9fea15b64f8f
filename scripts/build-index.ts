import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { buildKnowledge, saveKnowledge } from "../src/knowledge-base/knowledge-base.js";
import { PREBUILT_INDEX } from "../src/paths.js";

/** Builds the index ahead of time so a process answers its first question without building it. */
const started = performance.now();
try {
  const knowledge = buildKnowledge();
  mkdirSync(dirname(PREBUILT_INDEX), { recursive: true });
  saveKnowledge(knowledge, PREBUILT_INDEX);
  const ms = (performance.now() - started).toFixed(0);
  // stderr: stdout belongs to the command that runs after the build (JSON output).
  console.error(
    `build-index: ${knowledge.documents.length} documents, ${knowledge.index.size} passages → ${PREBUILT_INDEX} (${ms} ms)`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
