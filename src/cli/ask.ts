import { createInterface } from "node:readline";
import { ask } from "../engine/ask.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { askToText } from "../presenters/text/ask.js";
import { styleFor } from "../presenters/text/style.js";
import { UsageError } from "./usage.js";

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * `ask "question"` answers one question; `ask -` answers each line of standard input in order,
 * one JSON object per line with --json, so another program can stream questions through.
 */
export async function runAsk(
  knowledge: Knowledge,
  args: { positionals: string[]; json: boolean },
  io: CliIo,
): Promise<void> {
  const style = styleFor(io.stdout);
  const answer = (question: string) => {
    const result = ask(knowledge, question);
    io.stdout.write(args.json ? `${JSON.stringify(result)}\n` : `${askToText(result, style)}\n\n`);
  };
  const question = args.positionals.join(" ").trim();
  if (question === "")
    throw new UsageError('ask needs a question, or "-" to read questions from standard input');
  if (question !== "-") {
    answer(question);
    return;
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() !== "") answer(line);
  }
}
