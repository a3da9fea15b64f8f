import { StringDecoder } from "node:string_decoder";
import { ask } from "../engine/ask.js";
import type { AskResult } from "../engine/result.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { passageExcerpt } from "../presenters/excerpt.js";
import { askToText } from "../presenters/text/ask.js";
import { styleFor } from "../presenters/text/style.js";
import { replyLanguage } from "../presenters/words/language.js";
import { UsageError } from "./usage.js";

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * `ask "question"` answers one question; `ask -` answers each line of standard input in order,
 * one JSON object per line with --json (a blank line too: it is an empty question), so another
 * program can stream questions through and match answers to lines by position.
 */
export async function runAsk(
  knowledge: Knowledge,
  args: { positionals: string[]; json: boolean },
  io: CliIo,
): Promise<void> {
  const style = styleFor(io.stdout);
  const answer = (question: string) => {
    const result = ask(knowledge, question);
    io.stdout.write(
      args.json
        ? `${JSON.stringify(withExcerpts(result))}\n`
        : // A terminal has no Discord locale: the question's own script decides.
          `${askToText(result, replyLanguage(undefined, question), style)}\n\n`,
    );
  };
  const question = args.positionals.join(" ").trim();
  if (question === "")
    throw new UsageError('ask needs a question, or "-" to read questions from standard input');
  if (question !== "-") {
    answer(question);
    return;
  }
  for await (const line of linesOf(io.stdin)) answer(line);
}

/** The result with each passage's excerpt as the text reply shows it, its full text kept. */
function withExcerpts(result: AskResult): AskResult & { passages: { excerpt: string }[] } {
  return {
    ...result,
    passages: result.passages.map((p) => ({ ...p, excerpt: passageExcerpt(p).text })),
  };
}

/**
 * The lines of a stream, split on "\n" only, a trailing "\r" (CRLF) dropped and any other "\r"
 * kept inside its line, so each input line gets exactly one answer, blank lines included; a last
 * line without a newline counts, the empty rest after a final newline does not.
 */
export async function* linesOf(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of input) {
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let end = pending.indexOf("\n");
    while (end !== -1) {
      yield pending.slice(0, end).replace(/\r$/, "");
      pending = pending.slice(end + 1);
      end = pending.indexOf("\n");
    }
  }
  pending += decoder.end();
  if (pending !== "") yield pending.replace(/\r$/, "");
}
