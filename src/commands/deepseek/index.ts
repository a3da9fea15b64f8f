import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord-api-types/v10";
import { ApplicationCommandType } from "../../presenters/discord/api-enums.js";
import { CONTEXTS, INSTALLS } from "../availability.js";
import type { Subcommand } from "../subcommand.js";
import * as ask from "./ask.js";
import * as model from "./model.js";
import * as timeline from "./timeline.js";

export const subcommands: readonly Subcommand[] = [ask, model, timeline];

/** /deepseek: installable in servers and by users, usable in servers, the bot's DMs and group DMs. */
export const data: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  name: "deepseek",
  description: "Answers about DeepSeek from the documents, with sources.",
  integration_types: [...INSTALLS],
  contexts: [...CONTEXTS],
  options: subcommands.map((subcommand) => subcommand.data),
};
