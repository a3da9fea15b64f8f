/** A mistake in how the CLI was called; printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const USAGE = `Usage:
  npm run cli -- ask "question" [--json]     answer one question, with citations
  npm run cli -- ask [--json] -              answer one question per line of standard input
  npm run cli -- model <name> [--compare <other>] [--json]
                                             a model's card (or two side by side), with sources
  npm run cli -- models [--json]             every model in the catalog
  npm run cli -- timeline [--from D] [--to D] [--topic T] [--model M] [--json]
                                             dated events; D is YYYY, YYYY-MM or YYYY-MM-DD
  npm run cli -- help                        show this help`;
