import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { droppedOf } from "../src/ingest/clean.js";
import { loadCorpus } from "../src/ingest/load-corpus.js";
import { buildKnowledge, saveKnowledge } from "../src/knowledge-base/knowledge-base.js";
import { DOCUMENTS_DIR, PREBUILT_INDEX } from "../src/paths.js";

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
  // What cleaning left out, so a document that lost more than its furniture is noticed.
  for (const doc of loadCorpus(DOCUMENTS_DIR)) {
    const dropped = droppedOf(doc.text);
    if (dropped.lines > 0) {
      const share = ((100 * dropped.chars) / Math.max(1, doc.text.length)).toFixed(1);
      console.error(
        `build-index: ${doc.file}: dropped ${dropped.lines} boilerplate lines (${dropped.chars} characters, ${share}%)`,
      );
    }
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
