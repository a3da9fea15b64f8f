import * as deepseek from "./deepseek/index.js";
import type { Subcommand } from "./subcommand.js";

export interface Command {
  data: { name: string; toJSON(): unknown };
  subcommands: readonly Subcommand[];
}

/** Every command the bot has: the loader, the deploy script and the console all use this list. */
export const commands: readonly Command[] = [deepseek];
