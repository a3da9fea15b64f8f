import type { REST } from "discord.js";
import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  DiscordAPIError,
  HTTPError,
  Routes,
} from "discord.js";

/** Discord's "Unknown Webhook": an edit or follow-up that came before the response was taken in. */
const UNKNOWN_WEBHOOK = 10015;
const RETRY_UNKNOWN_WEBHOOK_MS = 500;

/** Where an interaction's answer stands: nothing sent, answered, or acknowledged for later. */
export type ResponseState = "open" | "answered" | "deferred";

/**
 * One interaction's answers over HTTP. The first answer becomes the HTTP response body (Discord
 * reads it as the interaction callback); anything later goes through the interaction's webhook
 * with REST: edits of the original answer (a deferred one included) and follow-up messages.
 */
export class HttpResponder {
  /** Resolves with the first answer: what the HTTP response carries. */
  readonly first: Promise<APIInteractionResponse>;
  private resolveFirst!: (response: APIInteractionResponse) => void;
  /** Resolves once the HTTP response has left: the webhook exists only after that. */
  private readonly sent: Promise<void>;
  private resolveSent!: () => void;
  private current: ResponseState = "open";

  constructor(
    private readonly rest: REST,
    private readonly applicationId: string,
    private readonly token: string,
  ) {
    this.first = new Promise((resolve) => {
      this.resolveFirst = resolve;
    });
    this.sent = new Promise((resolve) => {
      this.resolveSent = resolve;
    });
  }

  /** The server calls this when the HTTP response is written (or its connection closed). */
  markSent(): void {
    this.resolveSent();
  }

  get state(): ResponseState {
    return this.current;
  }

  /**
   * Sends the first answer; `deferred` when it only acknowledges (types 5 and 6). Returns false,
   * sending nothing, when the first answer has already gone.
   */
  respond(response: APIInteractionResponse, deferred = false): boolean {
    if (this.current !== "open") return false;
    this.current = deferred ? "deferred" : "answered";
    this.resolveFirst(response);
    return true;
  }

  /** Edits the original answer, or after a component's deferral, the message it is on. */
  async editOriginal(data: APIInteractionResponseCallbackData): Promise<void> {
    // A message's ephemerality is set when it is created; an edit must not carry the flag.
    const { flags: _flags, ...body } = data;
    await this.send("edit", () =>
      this.rest.patch(Routes.webhookMessage(this.applicationId, this.token), {
        body,
        auth: false,
      }),
    );
    this.current = "answered";
  }

  /** Sends a new message after the first answer (an error after an answer, a private note). */
  async followUp(data: APIInteractionResponseCallbackData): Promise<void> {
    await this.send("follow-up", () =>
      this.rest.post(Routes.webhook(this.applicationId, this.token), { body: data, auth: false }),
    );
  }

  /**
   * REST errors carry the request's URL, which holds the interaction token: rethrow them with
   * the status and Discord's message only (token scrubbed too), so a logged error never has it.
   */
  private async send(what: string, request: () => Promise<unknown>): Promise<void> {
    await this.sent;
    try {
      await request().catch(async (error: unknown) => {
        // Discord may not have taken in the response body yet: once more, a moment later.
        if (!(error instanceof DiscordAPIError && error.code === UNKNOWN_WEBHOOK)) throw error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_UNKNOWN_WEBHOOK_MS));
        await request();
      });
    } catch (error) {
      const status = error instanceof DiscordAPIError || error instanceof HTTPError;
      const detail = status
        ? `${error.status} ${error.message}`
        : `${(error as Error).name}: ${(error as Error).message}`;
      throw new Error(`http: ${what} failed: ${detail.replaceAll(this.token, "[token]")}`);
    }
  }
}
