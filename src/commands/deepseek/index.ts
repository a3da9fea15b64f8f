import { SlashCommandBuilder } from "@discordjs/builders";
import { CONTEXTS, INSTALLS } from "../availability.js";
import type { Subcommand } from "../subcommand.js";
import * as ask from "./ask.js";
import * as model from "./model.js";
import * as timeline from "./timeline.js";

export const subcommands: readonly Subcommand[] = [ask, model, timeline];

/** /deepseek: installable in servers and by users, usable in servers, the bot's DMs and group DMs. */
export const data = new SlashCommandBuilder()
  .setName("deepseek")
  .setDescription("Answers about DeepSeek from the documents, with sources.")
  .setIntegrationTypes(...INSTALLS)
  .setContexts(...CONTEXTS);
for (const subcommand of subcommands) data.addSubcommand(subcommand.data);
