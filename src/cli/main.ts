import { parseArgs } from "node:util";
import { type Knowledge, loadKnowledge } from "../index/knowledge.js";
import { runAsk } from "./ask.js";
import { USAGE, UsageError } from "./usage.js";

type Command = (
  knowledge: Knowledge,
  args: { positionals: string[]; json: boolean },
) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  ask: (knowledge, args) =>
    runAsk(knowledge, args, { stdin: process.stdin, stdout: process.stdout }),
};

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
  });
  const [name, ...rest] = positionals;
  if (values.help || name === undefined || name === "help") {
    process.stdout.write(`${USAGE}\n`);
    return name === undefined && !values.help ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  await command(loadKnowledge(), { positionals: rest, json: values.json });
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage =
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`cli: ${(error as Error).message}\n${usage ? `${USAGE}\n` : ""}`);
    process.exitCode = usage ? 2 : 1;
  },
);
