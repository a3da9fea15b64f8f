/** One problem in a request body, as Discord reports it under `errors`. */
export interface FieldError {
  /** e.g. ["data", "embeds", 0, "description"] */
  path: (string | number)[];
  code: string;
  message: string;
}

/**
 * An error the fake answers with, shaped like Discord's JSON errors
 * ({ message, code, errors? }) so discord.js raises a real DiscordAPIError.
 */
export class DiscordError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { message: this.message, code: this.code };
    if (this.fieldErrors.length > 0) json.errors = nestErrors(this.fieldErrors);
    return json;
  }

  static unknownInteraction(): DiscordError {
    return new DiscordError(404, 10062, "Unknown interaction");
  }
  static unknownWebhook(): DiscordError {
    return new DiscordError(404, 10015, "Unknown Webhook");
  }
  static unknownMessage(): DiscordError {
    return new DiscordError(404, 10008, "Unknown Message");
  }
  static alreadyAcknowledged(): DiscordError {
    return new DiscordError(400, 40060, "Interaction has already been acknowledged.");
  }
  static emptyMessage(): DiscordError {
    return new DiscordError(400, 50006, "Cannot send an empty message");
  }
  static invalidFormBody(errors: FieldError[]): DiscordError {
    return new DiscordError(400, 50035, "Invalid Form Body", errors);
  }
  static unauthorized(): DiscordError {
    return new DiscordError(401, 0, "401: Unauthorized");
  }
  static notFound(): DiscordError {
    return new DiscordError(404, 0, "404: Not Found");
  }
  static methodNotAllowed(): DiscordError {
    return new DiscordError(405, 0, "405: Method Not Allowed");
  }
}

/** Discord nests field errors by path: { data: { content: { _errors: [...] } } }. */
function nestErrors(errors: FieldError[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const error of errors) {
    let node = root;
    for (const key of error.path) {
      const child = node[String(key)];
      if (typeof child === "object" && child !== null) {
        node = child as Record<string, unknown>;
      } else {
        const created: Record<string, unknown> = {};
        node[String(key)] = created;
        node = created;
      }
    }
    const list = Array.isArray(node._errors) ? node._errors : [];
    list.push({ code: error.code, message: error.message });
    node._errors = list;
  }
  return root;
}
