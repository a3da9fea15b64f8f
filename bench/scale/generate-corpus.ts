import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingest } from "../../src/ingest/ingest.js";
import { loadCorpus } from "../../src/ingest/load-corpus.js";
import { DOCUMENTS_DIR } from "../../src/paths.js";
import { MONTH_NAMES } from "../../src/text/dates.js";

/** Deterministic PRNG (mulberry32): the same seed gives the same corpus, byte for byte. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = MONTH_NAMES;
const NAMES = [
  "DeepSeek",
  "Qwen",
  "Kimi",
  "GLM",
  "Baichuan",
  "Yi",
  "MiniCPM",
  "InternLM",
  "Hunyuan",
  "Doubao",
  "Ernie",
  "Spark",
  "Step",
  "Moonshot",
  "Zhipu",
  "SenseNova",
];
const SUFFIXES = [
  "V2",
  "V3",
  "R1",
  "Coder",
  "Math",
  "VL",
  "Pro",
  "Lite",
  "Max",
  "Turbo",
  "Flash",
  "Plus",
  "Mini",
  "Chat",
  "Base",
  "Instruct",
];

export interface GeneratedCorpus {
  dir: string;
  documents: number;
  bytes: number;
}

/**
 * Writes a corpus `scale` times the seed corpus into `dir`: sentences of the real documents,
 * recombined into documents of 8–40 KB with headings and paragraphs, with model names, dates
 * and numbers varied so the vocabulary grows as a real corpus's would.
 */
export function generateCorpus(dir: string, scale: number, seed = 42): GeneratedCorpus {
  const seedDocs = loadCorpus(DOCUMENTS_DIR);
  const sentences = ingest(seedDocs).flatMap((p) => p.sentences.map((s) => s.text));
  const target = seedDocs.reduce((n, d) => n + d.text.length, 0) * scale;
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const vary = (sentence: string) =>
    sentence
      .replace(/\b(19|20)\d{2}\b/g, () => String(2015 + Math.floor(random() * 12)))
      .replace(
        /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
        () => pick(MONTHS),
      )
      .replace(/\b\d+(\.\d+)?(?=\s?(B|billion|million|%|GPUs|tokens))/g, () =>
        String(Math.floor(random() * 900) + 1),
      )
      .replace(
        // The suffix's separator only goes with the suffix: "DeepSeek rose" keeps its space.
        /DeepSeek(?:[- ](?:V\d(?:\.\d)?|R1|Coder|Math|VL2?)\b)?/g,
        () =>
          `${pick(NAMES)}-${pick(SUFFIXES)}${random() < 0.5 ? `-${Math.floor(random() * 99)}` : ""}`,
      );

  mkdirSync(dir, { recursive: true });
  let written = 0;
  let documents = 0;
  while (written < target) {
    const size = 8_000 + Math.floor(random() * 32_000);
    const parts: string[] = [];
    let length = 0;
    while (length < size) {
      const heading = `${pick(NAMES)} ${pick(["history", "models", "infrastructure", "pricing", "research", "market"])} ${documents % 97}`;
      const paragraphs = Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
        Array.from({ length: 2 + Math.floor(random() * 4) }, () => vary(pick(sentences))).join(" "),
      );
      const section = [heading, ...paragraphs].join("\n\n");
      parts.push(section);
      length += section.length;
    }
    const text = parts.join("\n\n");
    const id = `generated-${String(documents).padStart(6, "0")}`;
    const front = `---\nid: ${id}\ntitle: Generated document ${documents}\nkind: other\nlanguage: en\n---\n`;
    writeFileSync(join(dir, `${id}.txt`), front + text);
    written += text.length;
    documents++;
  }
  return { dir, documents, bytes: written };
}
