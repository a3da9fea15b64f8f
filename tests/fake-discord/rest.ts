import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type APIApplication,
  type APIApplicationCommand,
  type APIGatewayBotInfo,
  type InteractionResponseType,
  MessageFlags,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from "discord.js";
import { DiscordError } from "./discord-error.js";
import { type FakeWorld, NO_FLAGS } from "./fixtures.js";
import type {
  CallbackData,
  CapturedFile,
  InteractionCallback,
  InteractionStore,
} from "./interaction-store.js";
import { Recorder } from "./recorder.js";
import type { MessageBody } from "./validation.js";

/** One REST request as the fake received it, plus what it answered. */
export interface CapturedRequest {
  method: string;
  /** Path after the /api/v10 prefix, without query string: "/interactions/1/tok/callback". */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the payload_json part of a multipart body; null if none. */
  body: unknown;
  files: CapturedFile[];
  /** The status the fake answered with. */
  status: number;
}

export interface RestReply {
  status: number;
  body?: unknown;
}

/** Lets a test answer a request itself (e.g. a 429 or 500); return undefined to pass it on. */
export type RestInterceptor = (request: Omit<CapturedRequest, "status">) => RestReply | undefined;

export interface FakeRestOptions {
  world: FakeWorld;
  store: InteractionStore;
  /** When set, bot-authenticated routes require "Bot <token>". */
  token: string | undefined;
  gatewayUrl: () => string;
  onCallback: (callback: InteractionCallback) => void;
}

const API_PREFIX = "/api/v10";
/** Discord's own cap for uploads is far lower; this only keeps a broken client from eating memory. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

type Handler = (request: ParsedRequest, params: string[]) => RestReply;

interface Route {
  method: string;
  pattern: RegExp;
  /** Needs "Authorization: Bot <token>" (webhook and callback routes use the token in the URL). */
  botAuth: boolean;
  handler: Handler;
}

interface ParsedRequest extends Omit<CapturedRequest, "status"> {
  authorization: string | undefined;
  /** Whether the path was under /api/v10; nothing else can match a route. */
  versioned: boolean;
}

/** Discord REST v10, just the routes a slash-command bot uses. */
export class FakeRest {
  readonly captured = new Recorder<CapturedRequest>(
    (request) => `${request.method} ${request.path} -> ${request.status}`,
  );
  private readonly interceptors = new Set<RestInterceptor>();
  /** Command ids by scope ("global" or a guild id) and name, stable across re-registration. */
  private readonly commandIds = new Map<string, Map<string, string>>();
  private readonly commands = new Map<string, APIApplicationCommand[]>();
  private readonly routes: Route[];

  constructor(private readonly options: FakeRestOptions) {
    const id = "(\\d+)";
    const token = "([^/]+)";
    this.routes = [
      {
        method: "GET",
        pattern: /^\/gateway\/bot$/,
        botAuth: true,
        handler: () => this.gatewayBot(),
      },
      {
        method: "GET",
        pattern: /^\/users\/@me$/,
        botAuth: true,
        handler: () => ok(options.world.botUser),
      },
      {
        method: "GET",
        pattern: /^\/applications\/@me$/,
        botAuth: true,
        handler: () => ok(this.application()),
      },
      {
        method: "POST",
        pattern: new RegExp(`^/interactions/${id}/${token}/callback$`),
        botAuth: false,
        handler: (request, [interactionId = "", tok = ""]) =>
          this.callback(request, interactionId, tok),
      },
      ...(["GET", "PATCH", "DELETE"] as const).map((method) => ({
        method,
        pattern: new RegExp(`^/webhooks/${id}/${token}/messages/(@original|\\d+)$`),
        botAuth: false,
        handler: (request: ParsedRequest, [appId = "", tok = "", messageId = ""]: string[]) =>
          this.webhookMessage(request, appId, tok, messageId),
      })),
      {
        method: "POST",
        pattern: new RegExp(`^/webhooks/${id}/${token}$`),
        botAuth: false,
        handler: (request, [appId = "", tok = ""]) => this.followUp(request, appId, tok),
      },
      ...(["GET", "PUT"] as const).flatMap((method) => [
        {
          method,
          pattern: new RegExp(`^/applications/${id}/commands$`),
          botAuth: true,
          handler: (request: ParsedRequest, [appId = ""]: string[]) =>
            this.applicationCommands(request, appId, "global"),
        },
        {
          method,
          pattern: new RegExp(`^/applications/${id}/guilds/${id}/commands$`),
          botAuth: true,
          handler: (request: ParsedRequest, [appId = "", guildId = ""]: string[]) =>
            this.applicationCommands(request, appId, guildId),
        },
      ]),
    ];
  }

  /** Adds an interceptor; call the returned function to remove it. */
  intercept(interceptor: RestInterceptor): () => void {
    this.interceptors.add(interceptor);
    return () => this.interceptors.delete(interceptor);
  }

  /** The id interactions should carry for a command, so it matches what PUT .../commands returned. */
  commandIdFor(name: string): string {
    // Prefer a guild command, as Discord would route to the one the user sees in that guild.
    for (const [scope, ids] of this.commandIds) {
      const guildCommandId = scope === "global" ? undefined : ids.get(name);
      if (guildCommandId !== undefined) return guildCommandId;
    }
    return this.commandId("global", name);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let request: ParsedRequest;
    try {
      request = await parseRequest(req);
    } catch (error) {
      const failure =
        error instanceof DiscordError
          ? error
          : new DiscordError(400, 50109, "The request body contains invalid JSON.");
      const url = new URL(req.url ?? "/", "http://localhost");
      this.captured.push({
        method: req.method ?? "GET",
        path: stripPrefix(url.pathname),
        query: Object.fromEntries(url.searchParams),
        body: null,
        files: [],
        status: failure.status,
      });
      send(res, { status: failure.status, body: failure.toJSON() });
      return;
    }
    let reply: RestReply;
    try {
      reply = this.route(request);
    } catch (error) {
      // A bug in the fake: answer 500 with the reason so the failing test shows it.
      reply = {
        status: 500,
        body: { message: `fake Discord internal error: ${String(error)}`, code: 0 },
      };
    }
    // Recorded before answering, so it is visible by the time the client's call resolves.
    this.captured.push({ ...visible(request), status: reply.status });
    send(res, reply);
  }

  close(): void {
    this.captured.close("fake Discord stopped");
  }

  private route(request: ParsedRequest): RestReply {
    for (const interceptor of this.interceptors) {
      const reply = interceptor(visible(request));
      if (reply) return reply;
    }
    if (!request.versioned) return errorReply(DiscordError.notFound());
    const matching = this.routes.filter((route) => route.pattern.test(request.path));
    const route = matching.find((candidate) => candidate.method === request.method);
    if (!route) {
      return errorReply(
        matching.length > 0 ? DiscordError.methodNotAllowed() : DiscordError.notFound(),
      );
    }
    if (route.botAuth && !this.authorized(request.authorization)) {
      return errorReply(DiscordError.unauthorized());
    }
    const params = (route.pattern.exec(request.path) ?? []).slice(1);
    try {
      return route.handler(request, params);
    } catch (error) {
      if (error instanceof DiscordError) return errorReply(error);
      throw error;
    }
  }

  private authorized(header: string | undefined): boolean {
    if (!header?.startsWith("Bot ")) return false;
    return this.options.token === undefined || header === `Bot ${this.options.token}`;
  }

  private gatewayBot(): RestReply {
    const info: APIGatewayBotInfo = {
      url: this.options.gatewayUrl(),
      shards: 1,
      session_start_limit: {
        total: 1000,
        remaining: 999,
        reset_after: 14_400_000,
        max_concurrency: 1,
      },
    };
    return ok(info);
  }

  private application(): APIApplication {
    const { world } = this.options;
    return {
      id: world.applicationId,
      name: world.botUser.username,
      icon: null,
      description: "",
      summary: "",
      bot_public: false,
      bot_require_code_grant: false,
      bot: world.botUser,
      verify_key: "0".repeat(64),
      team: null,
      flags: NO_FLAGS,
      flags_new: "0",
    };
  }

  private callback(request: ParsedRequest, interactionId: string, token: string): RestReply {
    const body = asObject(request.body) as { type?: unknown; data?: CallbackData };
    if (typeof body.type !== "number") {
      throw DiscordError.invalidFormBody([
        { path: ["type"], code: "BASE_TYPE_REQUIRED", message: "This field is required" },
      ]);
    }
    const withResponse = request.query.with_response === "true";
    const { callback, message } = this.options.store.acknowledge(
      interactionId,
      token,
      { type: body.type as InteractionResponseType, data: body.data },
      request.files,
      withResponse,
    );
    this.options.onCallback(callback);
    if (!withResponse) return { status: 204 };
    // What discord.js turns into an InteractionCallbackResponse.
    const response: RESTPostAPIInteractionCallbackWithResponseResult = {
      interaction: {
        id: interactionId,
        type: this.options.store.interactionType(interactionId),
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: ((message.flags ?? 0) & MessageFlags.Loading) !== 0,
              response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type: callback.type, ...(message ? { message } : {}) },
    };
    return ok(response);
  }

  private webhookMessage(
    request: ParsedRequest,
    appId: string,
    token: string,
    messageId: string,
  ): RestReply {
    const { store } = this.options;
    const state = store.webhookState(appId, token);
    if (request.method === "GET") return ok(store.ownMessage(state, messageId));
    if (request.method === "DELETE") {
      store.deleteMessage(state, messageId);
      return { status: 204 };
    }
    return ok(
      store.editMessage(state, messageId, asObject(request.body) as MessageBody, request.files),
    );
  }

  private followUp(request: ParsedRequest, appId: string, token: string): RestReply {
    const { store } = this.options;
    const message = store.followUp(
      store.webhookState(appId, token),
      asObject(request.body) as MessageBody,
      request.files,
    );
    // Without ?wait=true Discord answers 204 and no message.
    return request.query.wait === "true" ? ok(message) : { status: 204 };
  }

  private applicationCommands(request: ParsedRequest, appId: string, scope: string): RestReply {
    const { world } = this.options;
    if (appId !== world.applicationId)
      return errorReply(new DiscordError(404, 10002, "Unknown Application"));
    if (scope !== "global" && scope !== world.guildId) {
      return errorReply(new DiscordError(403, 50001, "Missing Access"));
    }
    if (request.method === "GET") return ok(this.commands.get(scope) ?? []);
    if (!Array.isArray(request.body)) {
      throw DiscordError.invalidFormBody([
        { path: [], code: "BASE_TYPE_ARRAY", message: "Must be an array." },
      ]);
    }
    // Bulk overwrite: echo each command back as Discord stores it.
    const stored = request.body.map((raw) => {
      const command = asObject(raw) as Partial<APIApplicationCommand> & { name?: string };
      const name = String(command.name ?? "");
      const result: APIApplicationCommand = {
        type: 1,
        description: "",
        options: [],
        default_member_permissions: null,
        nsfw: false,
        name_localizations: null,
        description_localizations: null,
        integration_types: [0],
        contexts: null,
        ...command,
        name,
        id: this.commandId(scope, name),
        application_id: world.applicationId,
        version: world.ids.next(),
      };
      if (scope !== "global") result.guild_id = scope;
      return result;
    });
    this.commands.set(scope, stored);
    return ok(stored);
  }

  private commandId(scope: string, name: string): string {
    let ids = this.commandIds.get(scope);
    if (!ids) {
      ids = new Map();
      this.commandIds.set(scope, ids);
    }
    let commandId = ids.get(name);
    if (commandId === undefined) {
      commandId = this.options.world.ids.next();
      ids.set(name, commandId);
    }
    return commandId;
  }
}

/** The request as tests see it: no token, no routing details. */
function visible(request: ParsedRequest): Omit<CapturedRequest, "status"> {
  const { authorization: _token, versioned: _versioned, ...rest } = request;
  return rest;
}

function ok(body: unknown): RestReply {
  return { status: 200, body };
}

function errorReply(error: DiscordError): RestReply {
  return { status: error.status, body: error.toJSON() };
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * Paths outside /api/v10 are kept whole (and answered 404). Segments are decoded because
 * @discordjs/rest encodes them ("@original" arrives as "%40original").
 */
function stripPrefix(pathname: string): string {
  const path = isVersioned(pathname) ? pathname.slice(API_PREFIX.length) : pathname;
  return path
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
}

function isVersioned(pathname: string): boolean {
  return pathname.startsWith(`${API_PREFIX}/`);
}

async function parseRequest(req: IncomingMessage): Promise<ParsedRequest> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const raw = await readBody(req);
  const contentType = req.headers["content-type"] ?? "";
  let body: unknown = null;
  let files: CapturedFile[] = [];
  if (raw.length > 0 && contentType.startsWith("multipart/form-data")) {
    ({ body, files } = await parseMultipart(raw, contentType));
  } else if (raw.length > 0) {
    body = JSON.parse(raw.toString("utf8"));
  }
  return {
    method: req.method ?? "GET",
    path: stripPrefix(url.pathname),
    query: Object.fromEntries(url.searchParams),
    body,
    files,
    authorization: req.headers.authorization,
    versioned: isVersioned(url.pathname),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new DiscordError(413, 40005, "Request entity too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** discord.js sends files as multipart: the JSON in "payload_json", files as "files[n]". */
async function parseMultipart(
  raw: Buffer,
  contentType: string,
): Promise<{ body: unknown; files: CapturedFile[] }> {
  const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
  let body: unknown = null;
  const files: CapturedFile[] = [];
  for (const [field, value] of form) {
    if (typeof value === "string") {
      if (field === "payload_json") body = JSON.parse(value);
      continue;
    }
    const data = new Uint8Array(await value.arrayBuffer());
    files.push({
      field,
      filename: value.name,
      contentType: value.type || "application/octet-stream",
      size: data.byteLength,
      data,
    });
  }
  return { body, files };
}

function send(res: ServerResponse, reply: RestReply): void {
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status).end();
    return;
  }
  const json = JSON.stringify(reply.body);
  res
    .writeHead(reply.status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(json),
    })
    .end(json);
}
