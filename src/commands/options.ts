import {
  type APIApplicationCommandBooleanOption,
  ApplicationCommandOptionType,
} from "discord-api-types/v10";

/** "private": every subcommand's last option, replying so that only the asker sees it. */
export const PRIVATE_OPTION: APIApplicationCommandBooleanOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "private",
  description: "Only you see the answer",
};
