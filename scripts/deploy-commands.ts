import { REST, Routes } from "discord.js";
import { commands } from "../src/commands/index.js";
import { ConfigError, loadConfig } from "../src/config.js";

/**
 * Registers the commands: in one guild when DISCORD_GUILD_ID is set (instant, for development),
 * else globally (Discord may take up to an hour to show them). Exits non-zero on any failure.
 */
async function deploy(): Promise<void> {
  const config = loadConfig();
  if (!config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID) {
    throw new ConfigError("deploy-commands: DISCORD_TOKEN and DISCORD_CLIENT_ID are required");
  }
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(
    config.DISCORD_TOKEN,
  );
  const body = commands.map((command) => command.data.toJSON());
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
  const saved = (await rest.put(route, { body })) as unknown[];
  const where = config.DISCORD_GUILD_ID ? `guild ${config.DISCORD_GUILD_ID}` : "globally";
  console.log(`deploy-commands: registered ${saved.length} command(s) ${where}`);
}

deploy().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? error.message : `deploy-commands: ${(error as Error).message}`,
  );
  process.exitCode = error instanceof ConfigError ? 2 : 1;
});
