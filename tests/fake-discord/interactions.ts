import { randomBytes } from "node:crypto";
import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIMessage,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentButtonInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ButtonStyle,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
} from "discord.js";
import {
  ATTACHMENT_SIZE_LIMIT,
  botMessage,
  dmChannel,
  type FakeWorld,
  interactionMember,
  MEMBER_PERMISSIONS,
  textChannel,
} from "./fixtures.js";

/** Plain values are turned into typed options: string → STRING, integer → INTEGER, other number → NUMBER, boolean → BOOLEAN. */
export type OptionValues = Record<string, string | number | boolean>;
export type CommandOptions = OptionValues | APIApplicationCommandInteractionDataBasicOption[];

export interface InteractionSource {
  /** Who triggers it; defaults to the fake's default user (a member of the guild). */
  user?: APIUser;
  /** true (default): in the guild's text channel with a member; false: in a DM with the bot. */
  guild?: boolean;
  locale?: Locale;
}

export interface ChatInputOptions extends InteractionSource {
  /** Defaults to "deepseek". */
  commandName?: string;
  /** Omit for a command without subcommands. */
  subcommand?: string;
  options?: CommandOptions;
}

export interface AutocompleteOptions extends ChatInputOptions {
  /** Name of the option being typed into. */
  focused: string;
  /** What the user has typed so far (autocomplete values are always sent as strings). */
  value: string;
}

export interface ButtonOptions extends InteractionSource {
  customId: string;
  /** The message the button is on; defaults to a bot message holding just this button. */
  message?: APIMessage;
}

export interface MessageCommandOptions extends InteractionSource {
  /** The message command's name; defaults to "Ask deepseek-bot". */
  commandName?: string;
  /** The message it is used on; defaults to one by the user in the interaction's channel. */
  message?: Partial<APIMessage>;
}

/** Interaction payloads as Discord sends them in INTERACTION_CREATE, for the fake's world. */
export interface InteractionFactory {
  /** A message context-menu command (Apps → …) used on a message. */
  messageCommandInteraction(
    options?: MessageCommandOptions,
  ): APIMessageApplicationCommandInteraction;
  chatInputInteraction(options?: ChatInputOptions): APIChatInputApplicationCommandInteraction;
  autocompleteInteraction(
    options: AutocompleteOptions,
  ): APIApplicationCommandAutocompleteInteraction;
  buttonInteraction(options: ButtonOptions): APIMessageComponentButtonInteraction;
}

/** @param commandIdFor keeps command ids equal to the ones handed out by PUT .../commands. */
export function createInteractionFactory(
  world: FakeWorld,
  commandIdFor: (name: string) => string,
): InteractionFactory {
  /** Fields every interaction has, plus the guild- or DM-specific ones. */
  function envelope(source: InteractionSource) {
    const user = source.user ?? world.defaultUser;
    const common = {
      id: world.ids.next(),
      application_id: world.applicationId,
      token: `fake-interaction-token-${randomBytes(18).toString("base64url")}`,
      version: 1 as const,
      app_permissions: MEMBER_PERMISSIONS,
      locale: source.locale ?? Locale.EnglishUS,
      // discord.js 14 reads both unconditionally and throws if they are missing.
      entitlements: [],
      attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
    };
    if (source.guild ?? true) {
      return {
        ...common,
        guild_id: world.guildId,
        guild: { id: world.guildId, locale: Locale.EnglishUS, features: [] },
        guild_locale: Locale.EnglishUS,
        channel: textChannel(world),
        channel_id: world.channelId,
        member: interactionMember(world, user),
        authorizing_integration_owners: {
          [ApplicationIntegrationType.GuildInstall]: world.guildId,
        },
        context: InteractionContextType.Guild,
      };
    }
    const channel = dmChannel(world, user);
    return {
      ...common,
      channel,
      channel_id: channel.id,
      user,
      // Discord uses "0" as the guild-install owner for DMs with the bot user.
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: "0" },
      context: InteractionContextType.BotDM,
    };
  }

  function commandData(
    options: ChatInputOptions,
    extra: APIApplicationCommandInteractionDataBasicOption[] = [],
  ) {
    const name = options.commandName ?? "deepseek";
    const leaves = [...toOptions(options.options ?? {}), ...extra];
    const topLevel: APIApplicationCommandInteractionDataOption[] =
      options.subcommand === undefined
        ? leaves
        : [
            {
              type: ApplicationCommandOptionType.Subcommand,
              name: options.subcommand,
              options: leaves,
            },
          ];
    return {
      id: commandIdFor(name),
      name,
      type: ApplicationCommandType.ChatInput as const,
      options: topLevel,
    };
  }

  return {
    messageCommandInteraction(options = {}) {
      const base = envelope(options);
      const name = options.commandName ?? "Ask deepseek-bot";
      const target = botMessage(world, {
        channel_id: base.channel_id,
        author: options.user ?? world.defaultUser,
        ...options.message,
      });
      return {
        ...base,
        type: InteractionType.ApplicationCommand,
        data: {
          id: commandIdFor(name),
          name,
          type: ApplicationCommandType.Message,
          target_id: target.id,
          resolved: { messages: { [target.id]: target } },
        },
      };
    },

    chatInputInteraction(options = {}) {
      return {
        ...envelope(options),
        type: InteractionType.ApplicationCommand,
        data: commandData(options),
      };
    },

    autocompleteInteraction(options) {
      const focused: APIApplicationCommandInteractionDataBasicOption = {
        type: ApplicationCommandOptionType.String,
        name: options.focused,
        value: options.value,
        focused: true,
      };
      return {
        ...envelope(options),
        type: InteractionType.ApplicationCommandAutocomplete,
        data: commandData(options, [focused]),
      };
    },

    buttonInteraction(options) {
      const base = envelope(options);
      const message =
        options.message ??
        botMessage(world, {
          channel_id: base.channel_id,
          content: "A message with a button",
          components: [
            {
              type: ComponentType.ActionRow,
              components: [
                {
                  type: ComponentType.Button,
                  style: ButtonStyle.Secondary,
                  custom_id: options.customId,
                  label: options.customId,
                },
              ],
            },
          ],
        });
      return {
        ...base,
        type: InteractionType.MessageComponent,
        message,
        data: { custom_id: options.customId, component_type: ComponentType.Button },
      };
    },
  };
}

function toOptions(options: CommandOptions): APIApplicationCommandInteractionDataBasicOption[] {
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(([name, value]) => {
    if (typeof value === "string")
      return { type: ApplicationCommandOptionType.String, name, value };
    if (typeof value === "boolean")
      return { type: ApplicationCommandOptionType.Boolean, name, value };
    return Number.isInteger(value)
      ? { type: ApplicationCommandOptionType.Integer, name, value }
      : { type: ApplicationCommandOptionType.Number, name, value };
  });
}
