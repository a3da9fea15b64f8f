import { REST, Routes } from "discord.js";
import { commands as allCommands, type Command } from "./index.js";
import { localize } from "./localize.js";

export interface RegisterTarget {
  token: string;
  applicationId: string;
  /** Register in this guild only (instant, for development); globally when unset. */
  guildId?: string;
  /** REST base (discord.js `rest.api`), e.g. a REST proxy; Discord's own when unset. */
  apiUrl?: string;
}

/**
 * Replaces the application's commands with the one list of commands, in a guild or globally
 * (global commands may take up to an hour to show). Throws Discord's error when refused.
 */
export async function registerCommands(
  target: RegisterTarget,
  commands: readonly Command[] = allCommands,
): Promise<{ count: number; where: string }> {
  const rest = new REST(target.apiUrl ? { api: target.apiUrl } : {}).setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const body = commands.map((command) => localize(command.data));
  const saved = (await rest.put(route, { body })) as unknown[];
  return { count: saved.length, where: target.guildId ? `in guild ${target.guildId}` : "globally" };
}
