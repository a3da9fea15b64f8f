import type {
  ApplicationCommandType as CommandType,
  ComponentType as Component,
  InteractionContextType as Context,
  MessageFlags as Flags,
  ApplicationIntegrationType as Integration,
  ApplicationCommandOptionType as OptionType,
  ButtonStyle as Style,
} from "discord-api-types/v10";

/*
 * The few values of Discord's API enums this bot sends, as plain constants. discord-api-types
 * defines them, but importing its enums at run time loads the whole package, about 50 ms of
 * every start (a fifth of the console's budget to its first answer); its types still check
 * every value here (`satisfies`), so a wrong number does not compile.
 */

export const ComponentType = { ActionRow: 1, Button: 2 } as const satisfies {
  ActionRow: Component.ActionRow;
  Button: Component.Button;
};

export const ButtonStyle = { Primary: 1, Secondary: 2 } as const satisfies {
  Primary: Style.Primary;
  Secondary: Style.Secondary;
};

export const MessageFlags = { Ephemeral: 64 } as const satisfies { Ephemeral: Flags.Ephemeral };

export const ApplicationCommandType = { ChatInput: 1, Message: 3 } as const satisfies {
  ChatInput: CommandType.ChatInput;
  Message: CommandType.Message;
};

export const ApplicationCommandOptionType = {
  Subcommand: 1,
  String: 3,
  Boolean: 5,
} as const satisfies {
  Subcommand: OptionType.Subcommand;
  String: OptionType.String;
  Boolean: OptionType.Boolean;
};

export const ApplicationIntegrationType = { GuildInstall: 0, UserInstall: 1 } as const satisfies {
  GuildInstall: Integration.GuildInstall;
  UserInstall: Integration.UserInstall;
};

export const InteractionContextType = { Guild: 0, BotDM: 1, PrivateChannel: 2 } as const satisfies {
  Guild: Context.Guild;
  BotDM: Context.BotDM;
  PrivateChannel: Context.PrivateChannel;
};
