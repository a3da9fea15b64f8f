import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package root: the nearest folder above this file holding package.json, whether it runs
 * from src/, from dist/src/ (tsc) or from dist/bundle/ (the bundle `npm start` runs).
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return resolve(dir);
}

export const ROOT = packageRoot();
export const CORPUS_DIR = join(ROOT, "corpus");
export const DOCUMENTS_DIR = join(CORPUS_DIR, "documents");
export const ALIASES_FILE = join(CORPUS_DIR, "aliases.json");
export const FACTS_FILE = join(CORPUS_DIR, "facts.json");
export const LEXICON_DIR = join(CORPUS_DIR, "lexicon");
export const MEASURES_FILE = join(CORPUS_DIR, "measures.json");
export const TIMELINE_FILE = join(CORPUS_DIR, "timeline.json");
export const MODELS_FILE = join(CORPUS_DIR, "models.json");
/** The index built ahead of time by `npm run build`. */
export const PREBUILT_INDEX = join(ROOT, "dist", "index.json");
