/** A line typed in the console, read as the slash command or button it stands for. */
export type ConsoleInput =
  | { kind: "command"; subcommand: string; options: Record<string, string> }
  | { kind: "button"; label: "next" | "previous" }
  | { kind: "help" }
  | { kind: "quit" }
  | { kind: "empty" }
  | { kind: "invalid"; problem: string };

/** The option a bare argument fills: `/deepseek ask what is MLA?` means question:what is MLA?. */
const MAIN_OPTION: Record<string, string> = { ask: "question", model: "name" };
const SUBCOMMANDS = ["ask", "model", "timeline"];
/** `name:value` pairs; a value runs until the next `name:` or the end of the line. */
const OPTION = /(?:^|\s)([a-z]+):/g;

function readOptions(text: string): Record<string, string> {
  const marks = [...text.matchAll(OPTION)];
  const options: Record<string, string> = {};
  marks.forEach((mark, i) => {
    const name = mark[1] as string;
    const start = mark.index + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    options[name] = text.slice(start, end).trim();
  });
  const before = text.slice(0, marks[0]?.index ?? text.length).trim();
  if (before) options[""] = before;
  return options;
}

export function parseConsoleLine(line: string): ConsoleInput {
  const text = line.trim();
  if (text === "") return { kind: "empty" };
  const word = text.toLowerCase();
  if (["next", "n", ">"].includes(word)) return { kind: "button", label: "next" };
  if (["prev", "previous", "p", "<"].includes(word)) return { kind: "button", label: "previous" };
  if (["help", "/help", "?"].includes(word)) return { kind: "help" };
  if (["quit", "exit", "/quit", "/exit"].includes(word)) return { kind: "quit" };

  let rest = text.replace(/^\/?deepseek\b\s*/i, "");
  let subcommand = SUBCOMMANDS.find((s) => new RegExp(`^/?${s}\\b`, "i").test(rest));
  if (subcommand) rest = rest.replace(new RegExp(`^/?${subcommand}\\b\\s*`, "i"), "");
  const options = readOptions(rest);
  // `question:…` or `name:…` alone says which subcommand is meant.
  subcommand ??=
    options.question !== undefined ? "ask" : options.name !== undefined ? "model" : undefined;
  if (!subcommand) {
    if (text.startsWith("/"))
      return { kind: "invalid", problem: `unknown command "${text.split(/\s/)[0]}"` };
    subcommand = "ask"; // a plain sentence is a question
  }
  const bare = options[""];
  delete options[""];
  const main = MAIN_OPTION[subcommand];
  if (bare !== undefined) {
    if (!main)
      return {
        kind: "invalid",
        problem: `${subcommand} takes only name:value options, e.g. from:2024-06`,
      };
    options[main] ??= bare;
  }
  return { kind: "command", subcommand, options };
}

export const CONSOLE_HELP = `Type a command as in Discord:
  /deepseek ask what is MLA?            (or: question:what is MLA?, or just the question)
  /deepseek model v3                    (or: name:v3)
  /deepseek timeline from:2024-06 to:2024-12 topic:api
  next / prev                           page the last timeline
  help, quit`;
