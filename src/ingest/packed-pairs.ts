import * as z from "zod";

/*
 * The packed form of the generated lexicon files (wordnet.json, vectors.json, zh.json): one
 * string of targets per key, read and checked here for every loader of them.
 */

/** Targets packed as one string, "term weight,term weight", weights in (0, 1]. */
const PACKED = /^[^\s,]+ (?:0\.\d*[1-9]\d*|1(?:\.0+)?)(?:,[^\s,]+ (?:0\.\d*[1-9]\d*|1(?:\.0+)?))*$/;

/** The [term, weight] pairs of a packed target list. */
export function unpackPairs(packed: string): [string, number][] {
  return packed.split(",").map((pair) => {
    const space = pair.indexOf(" ");
    return [pair.slice(0, space), Number(pair.slice(space + 1))];
  });
}

/**
 * A generated map of tens of thousands of keys, its target lists packed as strings and checked
 * by one regex each: arrays of pairs checked by zod cost 150 ms at every start, a third of the
 * time a new process has to answer its first question. A bad entry is still named by its key.
 */
export const relatedSchema = z.unknown().superRefine((map, ctx) => {
  if (typeof map !== "object" || map === null || Array.isArray(map)) {
    ctx.addIssue({ code: "custom", message: "expected an object of word → packed targets" });
    return;
  }
  for (const [key, value] of Object.entries(map)) {
    if (typeof value !== "string" || !PACKED.test(value)) {
      const message = 'expected "term weight,term weight" with weights in (0, 1]';
      ctx.addIssue({ code: "custom", path: [key], message });
      return;
    }
  }
}) as unknown as z.ZodType<Record<string, string>>;
