import { parseArgs } from "node:util";
import { type Knowledge, loadKnowledge } from "../knowledge-base/knowledge-base.js";
import { safeForTerminal } from "../presenters/text/style.js";
import { runAsk } from "./ask.js";
import { type KnowledgeArgs, runModel, runModels, runTimeline } from "./knowledge.js";
import { USAGE, UsageError } from "./usage.js";

type Command = (knowledge: Knowledge, args: KnowledgeArgs) => Promise<void>;

/** Standard output with terminal control characters from questions or documents removed. */
const stdout = Object.assign(Object.create(process.stdout) as typeof process.stdout, {
  write: (text: string) => process.stdout.write(safeForTerminal(text)),
});
const io = { stdin: process.stdin, stdout };
const COMMANDS: Record<string, Command> = {
  ask: (knowledge, args) => runAsk(knowledge, args, io),
  model: (knowledge, args) => runModel(knowledge, args, io),
  models: (knowledge, args) => runModels(knowledge, args, io),
  timeline: (knowledge, args) => runTimeline(knowledge, args, io),
};

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
      from: { type: "string" },
      to: { type: "string" },
      topic: { type: "string" },
      compare: { type: "string" },
      model: { type: "string" },
    },
    allowPositionals: true,
  });
  const [name, ...rest] = positionals;
  if (values.help || name === undefined || name === "help") {
    process.stdout.write(`${USAGE}\n`);
    return name === undefined && !values.help ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  const { json, from, to, topic, compare, model } = values;
  await command(loadKnowledge(), { positionals: rest, json, from, to, topic, compare, model });
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
