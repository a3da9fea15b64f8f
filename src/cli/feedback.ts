import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { openSqliteStore } from "../feedback/sqlite.js";
import type { AnswerVotes } from "../feedback/store.js";

/**
 * `npm run feedback`: the answers members voted on, the most 👎 first, each with the question, the
 * answer it got, its sources and the counts, so the operator knows what to fix in the documents
 * or the engine. Reads FEEDBACK_DB read-only: it never creates or changes the store.
 */

export const FEEDBACK_USAGE = `Usage:
  npm run feedback [-- --limit N] [-- --json]   answers by votes, most 👎 first (default 20)`;

const indent = (text: string, by: string) => text.split("\n").join(`\n${by}`);

/** The report as text: one numbered block per answer. */
export function formatReport(rows: readonly AnswerVotes[], path: string): string {
  if (rows.length === 0) return `No votes yet in ${path}.`;
  const blocks = rows.map((row, i) => {
    const lines = [
      `${i + 1}. 👎 ${row.down} · 👍 ${row.up} · ${row.question}`,
      `   Answer:  ${indent(row.answer || "(none)", "            ")}`,
    ];
    if (row.sources.length > 0) lines.push(`   Sources: ${row.sources.join("\n            ")}`);
    lines.push(`   Last vote: ${row.lastVoteAt}`);
    return lines.join("\n");
  });
  return [`Votes on answers in ${path}, most 👎 first:`, ...blocks].join("\n\n");
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      limit: { type: "string", default: "20" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(`${FEEDBACK_USAGE}\n`);
    return 0;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    process.stderr.write(`feedback: --limit must be a whole number of at least 1\n`);
    return 2;
  }
  const path = loadConfig().FEEDBACK_DB;
  let rows: AnswerVotes[] = [];
  if (existsSync(path)) {
    const store = openSqliteStore(path, { readonly: true });
    rows = store.worst(limit);
    store.close();
  }
  process.stdout.write(
    `${values.json ? JSON.stringify(rows, null, 2) : formatReport(rows, path)}\n`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const config = error instanceof ConfigError;
  process.stderr.write(`${config ? "" : "feedback: "}${(error as Error).message}\n`);
  process.exitCode =
    config || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ? 2 : 1;
}
