import {
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteraction,
  type APIInteractionResponse,
  type APIUser,
  ApplicationCommandOptionType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from "discord.js";
import type {
  AutocompleteContext,
  ButtonPress,
  CommandContext,
  Invoker,
} from "../../commands/context.js";
import { InputError } from "../../engine/errors.js";
import type { Knowledge } from "../../knowledge-base/knowledge-base.js";
import { toMessage } from "../../presenters/discord/message.js";
import type { Route } from "../dispatch.js";
import type { HttpResponder } from "./respond.js";

/**
 * Turns raw interaction payloads (already checked by parseInteraction) into the transport-neutral
 * contexts the command modules run on. Answers go through the responder: the first in the HTTP
 * response, later ones through the interaction's webhook.
 */

type Leaf = APIApplicationCommandInteractionDataBasicOption;

/** The person's client language, which Discord sends with every interaction but a ping. */
export const localeOf = (interaction: { locale?: string }): string | undefined =>
  interaction.locale;

export function invokerOf(interaction: { member?: { user: APIUser }; user?: APIUser }): Invoker {
  const user = interaction.member?.user ?? interaction.user;
  return { id: user?.id ?? "unknown", name: user?.username ?? "unknown" };
}

/** The invoked subcommand and its options (the /deepseek commands all have subcommands). */
function subcommandOf(data: { name: string; options?: unknown[] }): {
  route: Route;
  leaves: Leaf[];
} {
  const [first] = (data.options ?? []) as { type: number; name: string; options?: Leaf[] }[];
  const isSub = first?.type === ApplicationCommandOptionType.Subcommand;
  return {
    // Discord's names are at most 32 characters; a longer one is not Discord's, and is cut
    // before it reaches a log line or a route.
    route: {
      command: String(data.name).slice(0, NAME_MAX),
      subcommand: isSub ? String(first.name).slice(0, NAME_MAX) : "",
    },
    leaves: isSub ? (first.options ?? []) : ((data.options ?? []) as Leaf[]),
  };
}

/** What the request log line names: "deepseek ask", or a button's custom id. */
export function describeInteraction(interaction: APIInteraction): string | undefined {
  if (
    interaction.type === InteractionType.ApplicationCommand ||
    interaction.type === InteractionType.ApplicationCommandAutocomplete
  ) {
    const { route } = subcommandOf(interaction.data);
    return `${route.command} ${route.subcommand}`.trim();
  }
  if (
    interaction.type === InteractionType.MessageComponent ||
    interaction.type === InteractionType.ModalSubmit
  )
    return `component ${interaction.data.custom_id.slice(0, 100)}`;
  return undefined;
}

/** Longer than any command, subcommand or option name Discord allows (32). */
const NAME_MAX = 64;

/** An option sent with another type than the command declares: refused in plain words. */
const wrongType = (name: string, expected: string) =>
  new InputError(`The option "${name}" must be ${expected}.`);

function options(leaves: Leaf[]): CommandContext["options"] {
  const find = (name: string) => leaves.find((o) => o.name === name);
  return {
    string: (name) => {
      const option = find(name);
      if (!option) return null;
      const value: unknown = option.value;
      if (option.type !== ApplicationCommandOptionType.String || typeof value !== "string")
        throw wrongType(name, "text");
      return value;
    },
    boolean: (name) => {
      const option = find(name);
      if (!option) return null;
      const value: unknown = option.value;
      if (option.type !== ApplicationCommandOptionType.Boolean || typeof value !== "boolean")
        throw wrongType(name, "true or false");
      return value;
    },
  };
}

export function commandContext(
  knowledge: Knowledge,
  interaction: Extract<APIInteraction, { type: InteractionType.ApplicationCommand }>,
  responder: HttpResponder,
): { route: Route; ctx: CommandContext } {
  const { route, leaves } = subcommandOf(interaction.data);
  const ctx: CommandContext = {
    knowledge,
    user: invokerOf(interaction),
    locale: localeOf(interaction),
    options: options(leaves),
    async reply(reply) {
      const data = toMessage(reply);
      if (responder.state === "open")
        responder.respond({ type: InteractionResponseType.ChannelMessageWithSource, data });
      else if (responder.state === "deferred") await responder.editOriginal(data);
      // Already answered (e.g. an error after the answer): a new message, as discord.js would.
      else await responder.followUp(data);
    },
    async defer(ephemeral) {
      responder.respond(deferCommand(ephemeral), true);
    },
  };
  return { route, ctx };
}

/** A message command: no options; the message it was used on, from the payload, as its target. */
export function messageCommandContext(
  knowledge: Knowledge,
  interaction: Extract<APIInteraction, { type: InteractionType.ApplicationCommand }>,
  responder: HttpResponder,
): { route: Route; ctx: CommandContext } {
  const { ctx } = commandContext(knowledge, interaction, responder);
  // parseInteraction checked that a message command's payload carries its target message.
  const data = interaction.data as {
    name: string;
    target_id: string;
    resolved: { messages: Record<string, { content: string; attachments: unknown[] }> };
  };
  const message = data.resolved.messages[data.target_id];
  return {
    route: { command: data.name, subcommand: "" },
    ctx: {
      ...ctx,
      target: {
        id: data.target_id,
        content: message?.content ?? "",
        attachments: message?.attachments.length ?? 0,
      },
    },
  };
}

export function autocompleteContext(
  knowledge: Knowledge,
  interaction: Extract<APIInteraction, { type: InteractionType.ApplicationCommandAutocomplete }>,
  responder: HttpResponder,
): { route: Route; ctx: AutocompleteContext } {
  const { route, leaves } = subcommandOf(interaction.data);
  const focused = leaves.find((o) => "focused" in o && o.focused);
  return {
    route,
    ctx: {
      knowledge,
      user: invokerOf(interaction),
      focused: {
        name: focused?.name ?? "",
        value: String(focused && "value" in focused ? focused.value : ""),
      },
      async respond(choices) {
        const sent = responder.respond({
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices },
        });
        // Choices have no webhook to go through later: Discord has shown none by now.
        if (!sent) throw new Error("http: autocomplete choices came after the first response");
      },
    },
  };
}

export function buttonContext(
  knowledge: Knowledge,
  interaction: Extract<APIInteraction, { type: InteractionType.MessageComponent }>,
  responder: HttpResponder,
): ButtonPress {
  return {
    knowledge,
    user: invokerOf(interaction),
    locale: localeOf(interaction),
    customId: interaction.data.custom_id,
    message: { id: interaction.message.id, embeds: interaction.message.embeds ?? [] },
    async update(reply) {
      // An update cannot change who sees the message: the flag stays what it was.
      const { flags: _flags, ...data } = toMessage(reply);
      if (!responder.respond({ type: InteractionResponseType.UpdateMessage, data }))
        await responder.editOriginal(data);
    },
    async reply(reply) {
      const data = toMessage(reply);
      if (!responder.respond({ type: InteractionResponseType.ChannelMessageWithSource, data }))
        await responder.followUp(data);
    },
  };
}

/** "Thinking…": the command's answer will edit it. Private when the answer will be. */
function deferCommand(ephemeral: boolean): APIInteractionResponse {
  return {
    type: InteractionResponseType.DeferredChannelMessageWithSource,
    data: ephemeral ? { flags: MessageFlags.Ephemeral } : {},
  };
}

/**
 * The acknowledgement sent when a handler has not answered in time, so Discord does not show
 * "interaction failed": a command is deferred (private if asked so), a button's message is left
 * as it is for the handler to edit, autocomplete gets no choices.
 */
export function lateAcknowledgement(interaction: APIInteraction): APIInteractionResponse {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
      return deferCommand(
        options(subcommandOf(interaction.data).leaves).boolean("private") ?? false,
      );
    case InteractionType.MessageComponent:
      return { type: InteractionResponseType.DeferredMessageUpdate };
    case InteractionType.ApplicationCommandAutocomplete:
      return {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: [] },
      };
    default:
      return deferCommand(true);
  }
}

/** The interaction's kind, as the metrics and the log line count it. */
export function kindOf(interaction: APIInteraction): string {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
      return "command";
    case InteractionType.ApplicationCommandAutocomplete:
      return "autocomplete";
    case InteractionType.MessageComponent:
      return interaction.data.component_type === ComponentType.Button ? "button" : "component";
    default:
      return "other";
  }
}
