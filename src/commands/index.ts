import type {
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import * as askMessage from "./ask-message.js";
import type { CommandContext } from "./context.js";
import * as deepseek from "./deepseek/index.js";
import type { Subcommand } from "./subcommand.js";

/** A slash command whose work is done by its subcommands (/deepseek ask, model, timeline). */
export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  subcommands: readonly Subcommand[];
}

/** A command that is its own handler: a message context-menu command ("Ask deepseek-bot"). */
export interface PlainCommand {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(ctx: CommandContext): Promise<void>;
}

export type Command = SlashCommand | PlainCommand;

export const hasSubcommands = (command: Command): command is SlashCommand =>
  "subcommands" in command;

/** Every command the bot has: the loader, the deploy script and the console all use this list. */
export const commands: readonly Command[] = [deepseek, askMessage];
