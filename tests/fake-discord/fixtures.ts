import {
  type APIDMChannel,
  type APIGuildMember,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIRole,
  type APITextChannel,
  type APIUser,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  Locale,
  MessageType,
  PermissionFlagsBits,
} from "discord.js";
import { SnowflakeGenerator } from "./snowflake.js";

/**
 * What an ordinary member (and the bot, which only has @everyone) may do in the fake guild.
 * Enough for replies with embeds/files and for permission checks in bot code.
 */
export const MEMBER_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands
).toString();

/**
 * Discord sends 0 for "no flags", but discord-api-types' bit-flag enums have no zero member, so
 * 0 must be cast to satisfy the payload types. `never` is assignable to every one of them.
 */
export const NO_FLAGS = 0 as never;

/** Discord's default upload limit for unboosted guilds (10 MiB). */
export const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

/** The fixed cast of the fake: one bot, one guild with one text channel, one human. */
export interface FakeWorld {
  readonly ids: SnowflakeGenerator;
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly guildId: string;
  readonly channelId: string;
  /** The human who sends interactions unless a test passes another user. */
  readonly defaultUser: APIUser;
  /** When the bot "joined" the guild; also used as every member's joined_at. */
  readonly joinedAt: string;
  /** DM channel ids are stable per user, like on Discord. */
  dmChannelIdFor(userId: string): string;
}

export function createWorld(options: { botUsername?: string } = {}): FakeWorld {
  const ids = new SnowflakeGenerator();
  // On Discord a bot's user id equals its application id.
  const applicationId = ids.next();
  const dmChannels = new Map<string, string>();
  return {
    ids,
    applicationId,
    botUser: {
      id: applicationId,
      username: options.botUsername ?? "deepseek-bot",
      discriminator: "0000",
      global_name: null,
      avatar: null,
      bot: true,
      flags: NO_FLAGS,
      public_flags: NO_FLAGS,
    },
    guildId: ids.next(),
    channelId: ids.next(),
    defaultUser: makeUser(ids, { username: "tester", global_name: "Tester" }),
    joinedAt: new Date().toISOString(),
    dmChannelIdFor(userId) {
      let channelId = dmChannels.get(userId);
      if (channelId === undefined) {
        channelId = ids.next();
        dmChannels.set(userId, channelId);
      }
      return channelId;
    },
  };
}

/** A human user with a fresh id; pass overrides for anything a test cares about. */
export function makeUser(ids: SnowflakeGenerator, overrides: Partial<APIUser> = {}): APIUser {
  const id = overrides.id ?? ids.next();
  return {
    id,
    username: `user${id.slice(-4)}`,
    discriminator: "0",
    global_name: null,
    avatar: null,
    flags: NO_FLAGS,
    public_flags: NO_FLAGS,
    ...overrides,
  };
}

export function guildMember(world: FakeWorld, user: APIUser): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: world.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: NO_FLAGS,
    pending: false,
    communication_disabled_until: null,
  };
}

/** Interaction members also carry the member's computed permissions in the channel. */
export function interactionMember(world: FakeWorld, user: APIUser): APIInteractionGuildMember {
  return { ...guildMember(world, user), user, permissions: MEMBER_PERMISSIONS };
}

export function textChannel(world: FakeWorld): APITextChannel {
  return {
    id: world.channelId,
    type: ChannelType.GuildText,
    guild_id: world.guildId,
    name: "general",
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: NO_FLAGS,
  };
}

export function dmChannel(world: FakeWorld, user: APIUser): APIDMChannel {
  return {
    id: world.dmChannelIdFor(user.id),
    type: ChannelType.DM,
    name: null,
    recipients: [user],
    last_message_id: null,
    flags: NO_FLAGS,
  };
}

function everyoneRole(world: FakeWorld): APIRole {
  // The @everyone role shares the guild's id.
  return {
    id: world.guildId,
    name: "@everyone",
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position: 0,
    permissions: MEMBER_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: NO_FLAGS,
  };
}

/** The full guild discord.js needs before it emits ready (READY lists it as unavailable). */
export function guildCreatePayload(world: FakeWorld): GatewayGuildCreateDispatchData {
  return {
    id: world.guildId,
    name: "Fake Guild",
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: world.defaultUser.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [everyoneRole(world)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: NO_FLAGS,
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    max_members: 500_000,
    // GUILD_CREATE extras
    joined_at: world.joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [guildMember(world, world.botUser), guildMember(world, world.defaultUser)],
    // Channels inside GUILD_CREATE carry no guild_id on Discord; discord.js fills it in.
    channels: [{ ...textChannel(world), guild_id: undefined }],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** Fields of a message the fake lets callers choose; everything else gets Discord's defaults. */
export type MessageFields = Partial<Omit<APIMessage, "id" | "channel_id">> & {
  channel_id: string;
};

/** A complete message object, as Discord returns it, authored by the bot unless overridden. */
export function botMessage(world: FakeWorld, fields: MessageFields): APIMessage {
  return {
    id: world.ids.next(),
    type: MessageType.Default,
    author: world.botUser,
    content: "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: NO_FLAGS,
    ...fields,
  };
}
