import { fileURLToPath } from "node:url";
import { buildKnowledge, type Knowledge } from "../../src/knowledge-base/knowledge-base.js";
import { ALIASES_FILE } from "../../src/paths.js";

/** A small corpus shaped like the real one: a translated article and an encyclopedia entry. */
export const FIXTURE_DOCUMENTS = fileURLToPath(new URL("../fixtures/corpus", import.meta.url));

let cached: Knowledge | undefined;

/** Knowledge built from the fixture corpus with the real alias file; built once per test file. */
export function fixtureKnowledge(): Knowledge {
  cached ??= buildKnowledge({ documentsDir: FIXTURE_DOCUMENTS, aliasesFile: ALIASES_FILE });
  return cached;
}
