import type { APIApplicationCommandSubcommandOption } from "discord-api-types/v10";
import type { AutocompleteContext, ButtonContext, CommandContext } from "./context.js";

/** One /deepseek subcommand: its definition as data, and its handlers. Handlers just throw. */
export interface Subcommand {
  data: APIApplicationCommandSubcommandOption;
  execute(ctx: CommandContext): Promise<void>;
  autocomplete?(ctx: AutocompleteContext): Promise<void>;
  /** Handles buttons whose custom id this subcommand issued. */
  button?: { owns(customId: string): boolean; press(ctx: ButtonContext): Promise<void> };
}
