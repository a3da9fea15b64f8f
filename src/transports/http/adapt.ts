import type { REST } from "discord.js";
import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionResponse,
  type APIMessageComponentButtonInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  InteractionResponseType,
  MessageFlags,
  Routes,
} from "discord.js";
import type {
  AutocompleteContext,
  ButtonContext,
  CommandContext,
  Invoker,
} from "../../commands/context.js";
import type { Knowledge } from "../../index/knowledge.js";
import { toMessage } from "../../presenters/discord/message.js";

/**
 * The HTTP endpoint answers an interaction in its response body; after a deferral, it edits the
 * answer through REST. `respond` resolves the first answer, `rest` sends any later one.
 */
export interface HttpResponder {
  respond(response: APIInteractionResponse): void;
  rest: REST;
  applicationId: string;
}

function invoker(interaction: { member?: { user: APIUser }; user?: APIUser }): Invoker {
  const user = interaction.member?.user ?? interaction.user;
  return { id: user?.id ?? "unknown", name: user?.username ?? "unknown" };
}

/** The options of the invoked subcommand, by name. */
function subcommandOptions(interaction: { data: { options?: unknown[] } }) {
  const [sub] = (interaction.data.options ?? []) as {
    type: number;
    name: string;
    options?: APIApplicationCommandInteractionDataBasicOption[];
  }[];
  const options = sub?.type === ApplicationCommandOptionType.Subcommand ? (sub.options ?? []) : [];
  return { subcommand: sub?.name ?? "", options };
}

export function commandContext(
  knowledge: Knowledge,
  interaction: APIChatInputApplicationCommandInteraction,
  responder: HttpResponder,
): { subcommand: string; ctx: CommandContext } {
  const { subcommand, options } = subcommandOptions(interaction);
  const value = (name: string) => options.find((o) => o.name === name);
  let deferred = false;
  const ctx: CommandContext = {
    knowledge,
    user: invoker(interaction),
    options: {
      string: (name) => {
        const option = value(name);
        return option?.type === ApplicationCommandOptionType.String ? option.value : null;
      },
      boolean: (name) => {
        const option = value(name);
        return option?.type === ApplicationCommandOptionType.Boolean ? option.value : null;
      },
    },
    async reply(reply) {
      const data = toMessage(reply);
      if (!deferred) {
        responder.respond({ type: InteractionResponseType.ChannelMessageWithSource, data });
        return;
      }
      const { flags: _flags, ...edit } = data;
      await responder.rest.patch(
        Routes.webhookMessage(responder.applicationId, interaction.token),
        { body: edit, auth: false },
      );
    },
    async defer(ephemeral) {
      deferred = true;
      responder.respond({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: ephemeral ? { flags: MessageFlags.Ephemeral } : {},
      });
    },
  };
  return { subcommand, ctx };
}

export function autocompleteContext(
  knowledge: Knowledge,
  interaction: APIApplicationCommandAutocompleteInteraction,
  responder: HttpResponder,
): { subcommand: string; ctx: AutocompleteContext } {
  const { subcommand, options } = subcommandOptions(interaction);
  const focused = options.find((o) => "focused" in o && o.focused);
  return {
    subcommand,
    ctx: {
      knowledge,
      user: invoker(interaction),
      focused: {
        name: focused?.name ?? "",
        value: String(focused && "value" in focused ? focused.value : ""),
      },
      async respond(choices) {
        responder.respond({
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices },
        });
      },
    },
  };
}

export function buttonContext(
  knowledge: Knowledge,
  interaction: APIMessageComponentButtonInteraction,
  responder: HttpResponder,
): ButtonContext {
  return {
    knowledge,
    user: invoker(interaction),
    customId: interaction.data.custom_id,
    async update(reply) {
      const { flags: _flags, ...data } = toMessage(reply);
      responder.respond({ type: InteractionResponseType.UpdateMessage, data });
    },
    async reply(reply) {
      responder.respond({
        type: InteractionResponseType.ChannelMessageWithSource,
        data: toMessage(reply),
      });
    },
  };
}
