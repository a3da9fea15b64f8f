import { readFileSync } from "node:fs";
import type * as z from "zod";

/** zod's issues as one line: "groups.3.id: Invalid string; facts.0.quote: Too small". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
}

/**
 * Reads a JSON data file of the corpus and validates it; any problem is thrown as one error
 * prefixed with `what` and the path, so a broken file is named, never half used.
 */
export function readDataFile<T extends z.ZodType>(
  path: string,
  schema: T,
  what: string,
): z.output<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${what}: cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${what}: ${path}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
