/** A kind of fact the catalog gives a model. */
export interface FactKind {
  /** What the fact is called wherever it is shown or asked for: "total parameters". */
  label: string;
  /**
   * Whether different values from different documents are a disagreement worth showing. A
   * model's results, sizes or architecture are listed, not compared: each source names its own.
   */
  compared: boolean;
}

/**
 * Every kind of fact the rules extract, described once: extraction (knowledge/extract.ts and
 * its rules) labels facts from here, the engine asks for them by these labels, and the prebuilt
 * file's fingerprint includes this table, so a prebuilt file made before a change is rebuilt.
 * Adding a kind is a line here plus its extraction rule. Curated facts (corpus/facts.json)
 * carry labels of their own, and are always compared.
 */
export const FACT_KINDS = {
  releaseDate: { label: "release date", compared: true },
  sizes: { label: "sizes", compared: false },
  parameters: { label: "parameters", compared: true },
  totalParameters: { label: "total parameters", compared: true },
  activatedParameters: { label: "activated parameters", compared: true },
  openSource: { label: "open source", compared: false },
  licence: { label: "licence", compared: true },
  result: { label: "result", compared: false },
  architecture: { label: "architecture", compared: false },
} as const satisfies Record<string, FactKind>;

const NOT_COMPARED = new Set<string>(
  Object.values(FACT_KINDS)
    .filter((kind: FactKind) => !kind.compared)
    .map((kind) => kind.label),
);

/** Whether facts with this label from different documents are compared for disagreements. */
export const isCompared = (label: string): boolean => !NOT_COMPARED.has(label);
