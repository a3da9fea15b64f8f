import { userInfo } from "node:os";
import { createInterface } from "node:readline";
import type { APIInteractionResponseCallbackData } from "discord-api-types/v10";
import type { CommandContext, Invoker } from "../../commands/context.js";
import type { Command } from "../../commands/index.js";
import type { Knowledge } from "../../knowledge-base/knowledge-base.js";
import { toMessage } from "../../presenters/discord/message.js";
import { safeForTerminal, styleFor } from "../../presenters/text/style.js";
import type { Dispatcher } from "../dispatch.js";
import { consoleBoolean, consoleGrammar, consoleHelp, parseConsoleLine } from "./parse.js";
import { buttonsOf, messageToText } from "./render.js";

export interface ConsoleOptions {
  knowledge: Knowledge;
  /** The commands the dispatcher routes to: the console reads lines with their definitions. */
  commands: readonly Command[];
  dispatcher: Dispatcher;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * The console mode: reads lines from a terminal or a pipe, runs them through the same
 * dispatcher, commands and presenters as Discord, and prints each reply as text. Resolves at
 * the end of input (or on `quit`).
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { knowledge, dispatcher } = options;
  // Questions and documents may hold terminal escape codes: none reaches the terminal.
  const output = {
    isTTY: options.output.isTTY,
    write: (text: string) => options.output.write(safeForTerminal(text)),
  };
  const style = styleFor(output);
  const interactive = Boolean(options.input.isTTY && output.isTTY);
  const user: Invoker = { id: "console", name: safeUserName() };
  const grammar = consoleGrammar(options.commands);
  const help = consoleHelp(grammar);
  let buttons = new Map<string, string>();

  const print = (message: APIInteractionResponseCallbackData) => {
    buttons = message.components?.length ? buttonsOf(message) : buttons;
    output.write(`${messageToText(message, style)}\n\n`);
  };
  const reply = async (r: Parameters<CommandContext["reply"]>[0]) => print(toMessage(r));

  if (interactive)
    output.write(
      `deepseek-bot console: no DISCORD_TOKEN set, so answers print here.\n${help}\n\n> `,
    );
  const lines = createInterface({
    input: options.input,
    crlfDelay: Number.POSITIVE_INFINITY,
    terminal: false,
  });
  const press = (customId: string) =>
    dispatcher.button({
      knowledge,
      user,
      locale: undefined,
      customId,
      message: null,
      update: reply,
      reply,
    });
  for await (const line of lines) {
    // A button of the last reply is pressed by typing its label ("show passages", a suggestion).
    const labelled = buttons.get(line.trim().toLowerCase());
    if (labelled) {
      await press(labelled);
      if (interactive) output.write("> ");
      continue;
    }
    const input = parseConsoleLine(line, grammar);
    if (input.kind === "quit") break;
    if (input.kind === "help") output.write(`${help}\n\n`);
    if (input.kind === "invalid") output.write(`${input.problem}. Type help for the commands.\n\n`);
    if (input.kind === "command") {
      const ctx: CommandContext = {
        knowledge,
        user,
        // A terminal has no Discord locale: a question's own script picks the language.
        locale: undefined,
        options: {
          string: (name) => input.options[name] ?? null,
          boolean: (name) => {
            const value = input.options[name];
            return value === undefined ? null : consoleBoolean(value);
          },
        },
        reply,
        defer: async () => {},
      };
      await dispatcher.command({ command: input.command, subcommand: input.subcommand }, ctx);
    }
    if (input.kind === "button") {
      const customId = buttons.get(input.label);
      if (!customId) output.write(`There is no ${input.label} page to show.\n\n`);
      else await press(customId);
    }
    if (interactive) output.write("> ");
  }
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return "console";
  }
}
