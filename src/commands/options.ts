import type { APIApplicationCommandBooleanOption } from "discord-api-types/v10";
import { ApplicationCommandOptionType } from "../presenters/discord/api-enums.js";

/** "private": every subcommand's last option, replying so that only the asker sees it. */
export const PRIVATE_OPTION: APIApplicationCommandBooleanOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "private",
  description: "Only you see the answer",
};
