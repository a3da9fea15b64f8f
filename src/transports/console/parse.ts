import { type Command, hasSubcommands } from "../../commands/index.js";
import { ApplicationCommandOptionType } from "../../presenters/discord/api-enums.js";

/** A line typed in the console, read as the slash command or button it stands for. */
export type ConsoleInput =
  | { kind: "command"; command: string; subcommand: string; options: Record<string, string> }
  | { kind: "button"; label: "next" | "previous" }
  | { kind: "help" }
  | { kind: "quit" }
  | { kind: "empty" }
  | { kind: "invalid"; problem: string };

/** What the console knows of a subcommand, read from the same definitions Discord is sent. */
export interface ConsoleSubcommand {
  command: string;
  name: string;
  /** Option names in their declared order, with whether each is a boolean or required. */
  options: { name: string; boolean: boolean; required: boolean }[];
  /** The option a bare argument fills: its first required text option (ask: question). */
  main?: string;
}

interface OptionJSON {
  name: string;
  type: number;
  required?: boolean;
  options?: OptionJSON[];
}

/**
 * The console's grammar: every subcommand of every slash command in the one list of commands
 * (a message command needs a message, which the console has not: a plain line is a question).
 */
export function consoleGrammar(commands: readonly Command[]): ConsoleSubcommand[] {
  return commands.filter(hasSubcommands).flatMap((command) =>
    command.subcommands.map((subcommand) => {
      const json: OptionJSON = subcommand.data;
      const options = (json.options ?? []).map((o) => ({
        name: o.name,
        boolean: o.type === ApplicationCommandOptionType.Boolean,
        required: o.required ?? false,
      }));
      const main = options.find((o) => o.required && !o.boolean)?.name;
      return { command: command.data.name, name: json.name, options, main };
    }),
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BOOLEAN = /^(true|false|yes|no|1|0)$/i;

/** Strips `/word` or `word` from the start of `text` when it is one of `words`. */
function leadingWord(text: string, words: string[]): { word?: string; rest: string } {
  const match = /^\/?(\S+)(?:\s+|$)/.exec(text);
  const word = words.find((w) => w.toLowerCase() === match?.[1]?.toLowerCase());
  return word && match ? { word, rest: text.slice(match[0].length) } : { rest: text };
}

/** `name:value` pairs, names being this subcommand's options; a value runs to the next name. */
function readOptions(
  text: string,
  names: string[],
): { bare: string; options: Record<string, string> } {
  const options: Record<string, string> = {};
  if (names.length === 0) return { bare: text.trim(), options };
  const pattern = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join("|")}):`, "gi");
  const marks = [...text.matchAll(pattern)];
  marks.forEach((mark, i) => {
    const name = names.find((n) => n.toLowerCase() === mark[1]?.toLowerCase()) as string;
    const end = marks[i + 1]?.index ?? text.length;
    options[name] = text.slice(mark.index + mark[0].length, end).trim();
  });
  return { bare: text.slice(0, marks[0]?.index ?? text.length).trim(), options };
}

/** The subcommand meant by options alone: the first that has every option named. */
function inferSubcommand(
  text: string,
  grammar: ConsoleSubcommand[],
): ConsoleSubcommand | undefined {
  const named = [...text.matchAll(/(?:^|\s)([a-z]+):/gi)].map((m) => m[1]?.toLowerCase());
  const known = named.filter((n) => grammar.some((s) => s.options.some((o) => o.name === n)));
  if (known.length === 0) return undefined;
  return grammar.find((s) => known.every((n) => s.options.some((o) => o.name === n)));
}

function usage(subcommand: ConsoleSubcommand): string {
  const options = subcommand.options.map((o) => {
    if (o.name === subcommand.main) return `<${o.name}>`;
    const value = o.boolean ? "true" : "…";
    return o.required ? `${o.name}:${value}` : `[${o.name}:${value}]`;
  });
  return `/${subcommand.command} ${subcommand.name} ${options.join(" ")}`;
}

/**
 * Reads a line as Discord would receive it: `/deepseek ask what is MLA?`, `question:what is MLA?`
 * (the option says which subcommand), or a plain sentence (a question). Buttons are words.
 */
export function parseConsoleLine(line: string, grammar: ConsoleSubcommand[]): ConsoleInput {
  const text = line.trim();
  if (text === "") return { kind: "empty" };
  const word = text.toLowerCase();
  if (["next", "n", ">"].includes(word)) return { kind: "button", label: "next" };
  if (["prev", "previous", "p", "<"].includes(word)) return { kind: "button", label: "previous" };
  if (["help", "/help", "?"].includes(word)) return { kind: "help" };
  if (["quit", "exit", "/quit", "/exit"].includes(word)) return { kind: "quit" };

  const command = leadingWord(text, [...new Set(grammar.map((s) => s.command))]);
  const inCommand = grammar.filter((s) => !command.word || s.command === command.word);
  const named = leadingWord(
    command.rest,
    inCommand.map((s) => s.name),
  );
  let subcommand = inCommand.find((s) => s.name === named.word);
  subcommand ??= inferSubcommand(named.rest, inCommand);
  if (!subcommand && command.word) {
    const names = inCommand.map((s) => s.name).join(", ");
    return { kind: "invalid", problem: `/${command.word} needs a subcommand: ${names}` };
  }
  if (!subcommand && text.startsWith("/"))
    return { kind: "invalid", problem: `unknown command "${text.split(/\s/)[0]}"` };
  // A plain sentence is a question: the first subcommand that takes a bare argument.
  subcommand ??= inCommand.find((s) => s.main);
  if (!subcommand) return { kind: "invalid", problem: "no command to run" };

  const { bare, options } = readOptions(
    named.rest,
    subcommand.options.map((o) => o.name),
  );
  if (bare) {
    if (!subcommand.main)
      return {
        kind: "invalid",
        problem: `${subcommand.name} takes name:value options: ${usage(subcommand)}`,
      };
    options[subcommand.main] ??= bare;
  }
  for (const option of subcommand.options) {
    const value = options[option.name];
    if (option.required && !value)
      return {
        kind: "invalid",
        problem: `${subcommand.name} needs ${option.name}: ${usage(subcommand)}`,
      };
    if (option.boolean && value !== undefined && !BOOLEAN.test(value))
      return { kind: "invalid", problem: `${option.name} must be true or false` };
  }
  return { kind: "command", command: subcommand.command, subcommand: subcommand.name, options };
}

/** Reads a boolean option as typed in the console. */
export const consoleBoolean = (value: string) => /^(true|yes|1)$/i.test(value);

/** The commands, read from the grammar, then how to page and leave. */
export function consoleHelp(grammar: ConsoleSubcommand[]): string {
  return [
    "Type a command as in Discord:",
    ...grammar.map((s) => `  ${usage(s)}`),
    "For example: /deepseek ask what is MLA?   question:what is MLA?   /deepseek model v3",
    "             /deepseek timeline from:2024-06 to:2024-12 topic:api",
    "A plain sentence is a question. next / prev pages the last timeline; help; quit.",
  ].join("\n");
}
