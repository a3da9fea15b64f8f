import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
  InteractionUpdateOptions,
  MessageContextMenuCommandInteraction,
} from "discord.js";
import { MessageFlags } from "discord.js";
import type { AutocompleteContext, ButtonPress, CommandContext } from "../../commands/context.js";
import type { Knowledge } from "../../knowledge-base/knowledge-base.js";
import { type Reply, toMessage } from "../../presenters/discord/message.js";

/** discord.js's spelling of the one message `toMessage` builds (camelCase mentions). */
function edit(reply: Reply): InteractionEditReplyOptions & InteractionUpdateOptions {
  const message = toMessage(reply);
  return {
    content: message.content,
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: message.allowed_mentions?.parse ?? [] },
  };
}

/** A new message may also be ephemeral; an edit or an update keeps what the message was. */
function options(reply: Reply): InteractionReplyOptions {
  const { content, embeds, components, allowedMentions } = edit(reply);
  return {
    content: content ?? undefined,
    embeds,
    components,
    allowedMentions,
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** A first answer replies; the answer to a deferral edits it; anything later follows up. */
async function answer(
  interaction:
    | ChatInputCommandInteraction
    | MessageContextMenuCommandInteraction
    | ButtonInteraction,
  reply: Reply,
): Promise<void> {
  if (interaction.replied) await interaction.followUp(options(reply));
  else if (interaction.deferred) await interaction.editReply(edit(reply));
  else await interaction.reply(options(reply));
}

const invoker = (i: { user: { id: string; username: string } }) => ({
  id: i.user.id,
  name: i.user.username,
});

export function commandContext(
  knowledge: Knowledge,
  interaction: ChatInputCommandInteraction,
): CommandContext {
  return {
    knowledge,
    user: invoker(interaction),
    locale: interaction.locale,
    options: {
      string: (name) => interaction.options.getString(name),
      boolean: (name) => interaction.options.getBoolean(name),
    },
    reply: (reply) => answer(interaction, reply),
    async defer(ephemeral) {
      if (!interaction.deferred && !interaction.replied) {
        await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      }
    },
  };
}

/** A message command: no options, the message it was used on as its target. */
export function messageCommandContext(
  knowledge: Knowledge,
  interaction: MessageContextMenuCommandInteraction,
): CommandContext {
  const message = interaction.targetMessage;
  return {
    knowledge,
    user: invoker(interaction),
    locale: interaction.locale,
    options: { string: () => null, boolean: () => null },
    target: { id: message.id, content: message.content, attachments: message.attachments.size },
    reply: (reply) => answer(interaction, reply),
    async defer(ephemeral) {
      if (!interaction.deferred && !interaction.replied) {
        await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      }
    },
  };
}

export function autocompleteContext(
  knowledge: Knowledge,
  interaction: AutocompleteInteraction,
): AutocompleteContext {
  const focused = interaction.options.getFocused(true);
  return {
    knowledge,
    user: invoker(interaction),
    focused: { name: focused.name, value: String(focused.value) },
    respond: (choices) => interaction.respond(choices),
  };
}

export function buttonContext(knowledge: Knowledge, interaction: ButtonInteraction): ButtonPress {
  return {
    knowledge,
    user: invoker(interaction),
    locale: interaction.locale,
    customId: interaction.customId,
    message: {
      id: interaction.message.id,
      embeds: interaction.message.embeds.map((embed) => embed.toJSON()),
    },
    async update(reply) {
      await interaction.update(edit(reply));
    },
    reply: (reply) => answer(interaction, reply),
  };
}
