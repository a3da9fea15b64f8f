import {
  type APIApplicationCommandOptionChoice,
  type APIAttachment,
  type APIInteraction,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIUser,
  EmbedType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from "discord.js";
import { DiscordError } from "./discord-error.js";
import { botMessage, type FakeWorld } from "./fixtures.js";
import { type MessageBody, validateChoices, validateMessageBody } from "./validation.js";

/** A file uploaded in a multipart request. */
export interface CapturedFile {
  /** Form field, e.g. "files[0]". */
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Uint8Array;
}

/** What a bot sent as the `data` of an interaction callback (message, choices or modal). */
export type CallbackData = MessageBody & {
  choices?: APIApplicationCommandOptionChoice[];
  custom_id?: string;
  title?: string;
};

/** One POST /interactions/:id/:token/callback, as the bot sent it. */
export interface InteractionCallback {
  interactionId: string;
  type: InteractionResponseType;
  data: CallbackData | undefined;
  files: CapturedFile[];
  /** Whether discord.js asked for ?with_response=true. */
  withResponse: boolean;
}

interface InteractionState {
  payload: APIInteraction;
  channelId: string;
  user: APIUser;
  callback: InteractionCallback | null;
  /** The message `@original` refers to, once there is one. */
  originalMessageId: string | null;
  /** Original and follow-ups: the messages this interaction's webhook may edit or delete. */
  ownMessageIds: Set<string>;
}

/** Flags a bot may set itself; Ephemeral only when the message is created. */
const SETTABLE_FLAGS =
  MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2;

/**
 * What Discord remembers about interactions: who triggered them, how they were answered, and
 * the messages their webhook created. Errors are thrown as DiscordError for the REST layer.
 */
export class InteractionStore {
  private readonly interactions = new Map<string, InteractionState>();
  private readonly byToken = new Map<string, InteractionState>();
  private readonly messages = new Map<string, APIMessage>();

  constructor(private readonly world: FakeWorld) {}

  register(payload: APIInteraction): void {
    const user = payload.member?.user ?? payload.user;
    const channelId = payload.channel?.id ?? payload.channel_id;
    if (user === undefined || channelId === undefined) {
      throw new Error("sendInteraction: the payload needs member.user or user, and a channel");
    }
    // Hand-built payloads often miss these; discord.js 14 would throw deep inside its gateway
    // handler and the interaction would silently never arrive.
    for (const field of ["entitlements", "authorizing_integration_owners"] as const) {
      if (payload[field] === undefined) {
        throw new Error(
          `sendInteraction: discord.js 14 needs \`${field}\` in interaction payloads`,
        );
      }
    }
    const state: InteractionState = {
      payload,
      channelId,
      user,
      callback: null,
      originalMessageId: null,
      ownMessageIds: new Set(),
    };
    this.interactions.set(payload.id, state);
    this.byToken.set(payload.token, state);
  }

  interactionType(interactionId: string): InteractionType {
    const state = this.interactions.get(interactionId);
    if (!state) throw DiscordError.unknownInteraction();
    return state.payload.type;
  }

  message(id: string): APIMessage | undefined {
    return this.messages.get(id);
  }

  originalMessage(interactionId: string): APIMessage | undefined {
    const id = this.interactions.get(interactionId)?.originalMessageId;
    return id ? this.messages.get(id) : undefined;
  }

  /** Applies a callback and returns the message it created or updated, if any. */
  acknowledge(
    interactionId: string,
    token: string,
    body: { type: InteractionResponseType; data?: CallbackData },
    files: CapturedFile[],
    withResponse: boolean,
  ): { callback: InteractionCallback; message: APIMessage | null } {
    const state = this.interactions.get(interactionId);
    if (!state || state.payload.token !== token) throw DiscordError.unknownInteraction();
    if (state.callback) throw DiscordError.alreadyAcknowledged();

    const isAutocomplete = state.payload.type === InteractionType.ApplicationCommandAutocomplete;
    const isAutocompleteResult =
      body.type === InteractionResponseType.ApplicationCommandAutocompleteResult;
    if (isAutocomplete !== isAutocompleteResult) {
      throw DiscordError.invalidFormBody([
        {
          path: ["type"],
          code: "INTERACTION_RESPONSE_TYPE_INVALID",
          message: "Invalid interaction response type",
        },
      ]);
    }
    const data = body.data;
    let message: APIMessage | null = null;
    switch (body.type) {
      case InteractionResponseType.ChannelMessageWithSource:
        message = this.createMessage(state, data ?? {}, files, ["data"]);
        state.originalMessageId = message.id;
        break;
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        // The "Bot is thinking..." placeholder that editReply later fills in.
        const ephemeral = (data?.flags ?? 0) & MessageFlags.Ephemeral;
        message = this.storeMessage(state, {
          content: "",
          flags: MessageFlags.Loading | ephemeral,
        });
        state.originalMessageId = message.id;
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        // For component interactions @original is the message the component is on.
        const source = state.payload.message;
        if (!source) {
          throw DiscordError.invalidFormBody([
            {
              path: ["type"],
              code: "INTERACTION_RESPONSE_TYPE_INVALID",
              message: "No message to update",
            },
          ]);
        }
        message = this.messages.get(source.id) ?? { ...source };
        this.messages.set(message.id, message);
        state.originalMessageId = message.id;
        state.ownMessageIds.add(message.id);
        if (body.type === InteractionResponseType.UpdateMessage && data) {
          message = this.editMessage(state, message.id, data, files, ["data"]);
        }
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const errors = validateChoices(data?.choices ?? []);
        if (errors.length > 0) throw DiscordError.invalidFormBody(errors);
        break;
      }
      default:
        // Modal, Pong, PremiumRequired, LaunchActivity: nothing to store.
        break;
    }
    const callback: InteractionCallback = {
      interactionId,
      type: body.type,
      data,
      files,
      withResponse,
    };
    state.callback = callback;
    return { callback, message };
  }

  /** The interaction behind a webhook token (interaction webhooks use the app id and token). */
  webhookState(applicationId: string, token: string): InteractionState {
    const state = this.byToken.get(token);
    if (!state || applicationId !== this.world.applicationId) throw DiscordError.unknownWebhook();
    // The webhook only exists once the interaction has been acknowledged.
    if (!state.callback) throw DiscordError.unknownWebhook();
    return state;
  }

  ownMessage(state: InteractionState, messageId: string): APIMessage {
    const id = messageId === "@original" ? state.originalMessageId : messageId;
    const message = id && state.ownMessageIds.has(id) ? this.messages.get(id) : undefined;
    if (!message) throw DiscordError.unknownMessage();
    return message;
  }

  followUp(state: InteractionState, body: MessageBody, files: CapturedFile[]): APIMessage {
    return this.createMessage(state, body, files, []);
  }

  editMessage(
    state: InteractionState,
    messageId: string,
    body: MessageBody,
    files: CapturedFile[],
    errorPrefix: (string | number)[] = [],
  ): APIMessage {
    const current = this.ownMessage(state, messageId);
    const errors = validateMessageBody(body, errorPrefix);
    if (errors.length > 0) throw DiscordError.invalidFormBody(errors);
    const wasLoading = ((current.flags ?? 0) & MessageFlags.Loading) !== 0;
    const flags =
      body.flags === undefined || body.flags === null
        ? (current.flags ?? 0)
        : ((current.flags ?? 0) & MessageFlags.Ephemeral) | (body.flags & SETTABLE_FLAGS);
    const edited: APIMessage = {
      ...current,
      ...messageFields(body, current.attachments, files, this.world),
      // Filling in a deferred reply is not an "edit" on Discord; later changes are.
      edited_timestamp: wasLoading ? null : new Date().toISOString(),
      flags: flags & ~MessageFlags.Loading,
    };
    if (isEmpty(edited)) throw DiscordError.emptyMessage();
    this.messages.set(edited.id, edited);
    return edited;
  }

  deleteMessage(state: InteractionState, messageId: string): void {
    const message = this.ownMessage(state, messageId);
    this.messages.delete(message.id);
    state.ownMessageIds.delete(message.id);
    if (state.originalMessageId === message.id) state.originalMessageId = null;
  }

  private createMessage(
    state: InteractionState,
    body: MessageBody,
    files: CapturedFile[],
    errorPrefix: (string | number)[],
  ): APIMessage {
    const errors = validateMessageBody(body, errorPrefix);
    if (errors.length > 0) throw DiscordError.invalidFormBody(errors);
    const fields = messageFields(body, [], files, this.world);
    const flags = (body.flags ?? 0) & (SETTABLE_FLAGS | MessageFlags.Ephemeral);
    const message = this.storeMessage(state, { ...fields, flags });
    if (isEmpty(message)) {
      this.messages.delete(message.id);
      state.ownMessageIds.delete(message.id);
      throw DiscordError.emptyMessage();
    }
    return message;
  }

  private storeMessage(state: InteractionState, fields: Partial<APIMessage>): APIMessage {
    const isCommand = state.payload.type === InteractionType.ApplicationCommand;
    const isFollowUp = state.originalMessageId !== null;
    const message = botMessage(this.world, {
      ...fields,
      channel_id: state.channelId,
      type: isCommand ? MessageType.ChatInputCommand : MessageType.Default,
      // Interaction responses are sent through the application's webhook.
      webhook_id: this.world.applicationId,
      application_id: this.world.applicationId,
      interaction_metadata: this.metadata(state, isFollowUp),
    });
    this.messages.set(message.id, message);
    state.ownMessageIds.add(message.id);
    return message;
  }

  private metadata(state: InteractionState, isFollowUp: boolean): APIMessageInteractionMetadata {
    const { payload } = state;
    const base = {
      id: payload.id,
      user: state.user,
      // discord.js 14 builds AuthorizingIntegrationOwners from this and throws without it.
      authorizing_integration_owners: payload.authorizing_integration_owners,
      ...(isFollowUp && state.originalMessageId
        ? { original_response_message_id: state.originalMessageId }
        : {}),
    };
    if (payload.type === InteractionType.MessageComponent) {
      return {
        ...base,
        type: InteractionType.MessageComponent,
        interacted_message_id: payload.message.id,
      };
    }
    return { ...base, type: InteractionType.ApplicationCommand };
  }
}

/** The parts of a message a body sets; absent keys keep the current value. */
function messageFields(
  body: MessageBody,
  current: APIAttachment[],
  files: CapturedFile[],
  world: FakeWorld,
): Partial<APIMessage> {
  const fields: Partial<APIMessage> = {};
  if ("content" in body) fields.content = body.content ?? "";
  if ("embeds" in body)
    fields.embeds = (body.embeds ?? []).map((embed) => ({ type: EmbedType.Rich, ...embed }));
  if ("components" in body) fields.components = body.components ?? [];
  if ("attachments" in body || files.length > 0) {
    // Listed ids keep existing attachments; new uploads come as files[n] with attachments[n].
    const listed = body.attachments ?? null;
    const kept =
      listed === null ? current : current.filter((a) => listed.some((l) => String(l.id) === a.id));
    const uploaded = files.map((file, index) => {
      const meta = listed?.find((l) => String(l.id) === String(index));
      const id = world.ids.next();
      const url = `https://cdn.discordapp.com/attachments/fake/${id}/${encodeURIComponent(file.filename)}`;
      const attachment: APIAttachment = {
        id,
        filename: meta?.filename ?? file.filename,
        size: file.size,
        url,
        proxy_url: url,
        content_type: file.contentType,
      };
      if (meta?.description !== undefined) attachment.description = meta.description;
      return attachment;
    });
    fields.attachments = [...kept, ...uploaded];
  }
  return fields;
}

function isEmpty(message: APIMessage): boolean {
  if ((message.flags ?? 0) & MessageFlags.Loading) return false;
  return (
    message.content.length === 0 &&
    message.embeds.length === 0 &&
    (message.components ?? []).length === 0 &&
    message.attachments.length === 0 &&
    message.poll === undefined
  );
}
