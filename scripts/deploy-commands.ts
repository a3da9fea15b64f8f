import { registerCommands } from "../src/commands/register.js";
import { ConfigError, loadConfig } from "../src/config.js";

/** Exit codes: 0 registered, 1 Discord refused or could not be reached, 2 invalid configuration. */
async function deploy(): Promise<void> {
  const config = loadConfig();
  if (!config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID) {
    throw new ConfigError(
      "config: invalid environment:\n  - DISCORD_TOKEN and DISCORD_CLIENT_ID: are required to register commands",
    );
  }
  const { count, where } = await registerCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_CLIENT_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiUrl: config.DISCORD_API_URL,
  });
  console.log(`deploy-commands: registered ${count} command(s) ${where}`);
}

deploy().catch((error: unknown) => {
  const config = error instanceof ConfigError;
  console.error(config ? error.message : `deploy-commands: ${(error as Error).message}`);
  process.exitCode = config ? 2 : 1;
});
