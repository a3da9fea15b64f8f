import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
  InteractionUpdateOptions,
} from "discord.js";
import { MessageFlags } from "discord.js";
import type { AutocompleteContext, ButtonContext, CommandContext } from "../../commands/context.js";
import type { Knowledge } from "../../index/knowledge.js";
import { type Reply, toMessage } from "../../presenters/discord/message.js";

/** discord.js's spelling of the one message `toMessage` builds (camelCase mentions). */
function edit(reply: Reply): InteractionEditReplyOptions & InteractionUpdateOptions {
  const message = toMessage(reply);
  return {
    content: message.content,
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [] },
  };
}

/** A first answer may also be ephemeral; an edit or update keeps what the message was. */
function options(reply: Reply): InteractionReplyOptions {
  const { content, embeds, components, allowedMentions } = edit(reply);
  const ephemeral = toMessage(reply).flags !== undefined;
  return {
    content: content ?? undefined,
    embeds,
    components,
    allowedMentions,
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
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
    options: {
      string: (name) => interaction.options.getString(name),
      boolean: (name) => interaction.options.getBoolean(name),
    },
    async reply(reply) {
      if (interaction.deferred || interaction.replied) {
        await interaction.editReply(edit(reply));
      } else {
        await interaction.reply(options(reply));
      }
    },
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

export function buttonContext(knowledge: Knowledge, interaction: ButtonInteraction): ButtonContext {
  return {
    knowledge,
    user: invoker(interaction),
    customId: interaction.customId,
    async update(reply) {
      await interaction.update(edit(reply));
    },
    async reply(reply) {
      await interaction.reply(options(reply));
    },
  };
}
