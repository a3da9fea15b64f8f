import {
  ApplicationIntegrationType,
  InteractionContextType,
} from "../presenters/discord/api-enums.js";

/** Where every command can be installed: in servers, and by users for themselves. */
export const INSTALLS = [
  ApplicationIntegrationType.GuildInstall,
  ApplicationIntegrationType.UserInstall,
] as const;

/** Where every command can be used: servers, the bot's DMs and group DMs. */
export const CONTEXTS = [
  InteractionContextType.Guild,
  InteractionContextType.BotDM,
  InteractionContextType.PrivateChannel,
] as const;
