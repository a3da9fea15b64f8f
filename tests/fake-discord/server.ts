/**
 * A fake Discord (REST v10 + Gateway v10, JSON, uncompressed) on 127.0.0.1 for driving the real
 * discord.js Client end to end:
 *
 *   const discord = await startFakeDiscord();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
 *   await client.login("fake.bot.token");
 *   const interaction = discord.chatInputInteraction({ subcommand: "ask", options: { question: "hi" } });
 *   discord.sendInteraction(interaction);
 *   const callback = await discord.waitForCallback(interaction.id);
 *   ...
 *   await client.destroy();
 *   await discord.stop();
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type APIInteraction,
  type APIMessage,
  type APIUser,
  GatewayDispatchEvents,
  type GatewayOpcodes,
} from "discord.js";
import { createWorld, makeUser } from "./fixtures.js";
import { type DispatchResult, FakeGateway, type GatewayFrame } from "./gateway.js";
import { type InteractionCallback, InteractionStore } from "./interaction-store.js";
import { createInteractionFactory, type InteractionFactory } from "./interactions.js";
import { Recorder } from "./recorder.js";
import { type CapturedRequest, FakeRest, type RestInterceptor } from "./rest.js";

export type { CallbackData, CapturedFile, InteractionCallback } from "./interaction-store.js";
export type {
  AutocompleteOptions,
  ButtonOptions,
  ChatInputOptions,
  CommandOptions,
  InteractionSource,
  MessageCommandOptions,
} from "./interactions.js";
export type { RestReply } from "./rest.js";
export type { CapturedRequest, DispatchResult, GatewayFrame, RestInterceptor };

export interface FakeDiscordOptions {
  /** HELLO's heartbeat_interval. Default 41 250 ms like Discord; lower it to see heartbeats in a test. */
  heartbeatIntervalMs?: number;
  /** Default timeout for every wait helper. Default 5 000 ms. */
  waitTimeoutMs?: number;
  /** When set, REST bot auth, IDENTIFY and RESUME must use this token; otherwise any token works. */
  token?: string;
  botUsername?: string;
}

/** Which requests waitForRequest should match: all given fields must match. */
export interface RequestMatch {
  method?: string;
  /** Exact path after /api/v10 (no query string), or a pattern tested against it. */
  path?: string | RegExp;
  /** Only consider requests from this index of `captured` onward. */
  fromIndex?: number;
}

export interface FakeDiscord extends InteractionFactory {
  /** Pass as `rest: { api: apiUrl }` to discord.js, e.g. "http://127.0.0.1:40123/api". */
  readonly apiUrl: string;
  /** What GET /gateway/bot returns, e.g. "ws://127.0.0.1:40123/gateway". */
  readonly gatewayUrl: string;
  readonly applicationId: string;
  /** The bot's user; its id equals applicationId. */
  readonly botUser: APIUser;
  readonly guildId: string;
  /** The guild's only text channel. */
  readonly channelId: string;
  /** The guild member interactions come from unless a test passes `user`. */
  readonly defaultUser: APIUser;
  /** Every REST request, in arrival order, including unknown routes and errors. */
  readonly captured: readonly CapturedRequest[];
  /** Every accepted interaction callback, in order. */
  readonly callbacks: readonly InteractionCallback[];
  /** Every gateway payload the client sent (IDENTIFY, RESUME, heartbeats...). */
  readonly gatewayReceived: readonly GatewayFrame[];
  /** Every gateway payload the fake sent, replays included. */
  readonly gatewaySent: readonly GatewayFrame[];
  /** Number of gateway WebSocket connections opened so far. */
  readonly gatewayConnections: number;

  /**
   * Registers the interaction (so its callback and webhook routes work) and dispatches
   * INTERACTION_CREATE. While the gateway is down it is queued and replayed on RESUME.
   */
  sendInteraction(payload: APIInteraction): DispatchResult;
  /** Sends any other dispatch event (same queueing as sendInteraction). */
  dispatch(event: GatewayDispatchEvents | string, data: unknown): DispatchResult;
  /**
   * Resolves with the interaction's callback once the bot answers (immediately if it already did).
   * Only accepted callbacks count; rejected ones (4xx) are in `captured`.
   */
  waitForCallback(interactionId: string, timeoutMs?: number): Promise<InteractionCallback>;
  /** Resolves with the first captured request that matches. */
  waitForRequest(match: RequestMatch, timeoutMs?: number): Promise<CapturedRequest>;
  /** Resolves with the first payload with this op that the client sent at or after `fromIndex`. */
  waitForGatewayOp(
    op: GatewayOpcodes,
    options?: { fromIndex?: number; timeoutMs?: number },
  ): Promise<GatewayFrame>;
  /** Closes the live gateway socket with `code` (default 4000, which discord.js RESUMEs after). */
  closeGateway(code?: number, reason?: string): Promise<void>;
  /** Answer some REST requests yourself (e.g. 429s or 500s); returns a function that removes it. */
  interceptRest(interceptor: RestInterceptor): () => void;
  /** A message as the fake currently stores it (replies, follow-ups, updated messages). */
  message(id: string): APIMessage | undefined;
  /** The message `@original` refers to for this interaction, if any. */
  originalMessage(interactionId: string): APIMessage | undefined;
  /** A new user to send interactions as; the interaction payload carries their member data. */
  makeUser(overrides?: Partial<APIUser>): APIUser;
  /** Closes every socket and the server, and fails pending waits. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const waitTimeoutMs = options.waitTimeoutMs ?? 5_000;
  const world = createWorld({ botUsername: options.botUsername });
  const store = new InteractionStore(world);
  const callbacks = new Recorder<InteractionCallback>(
    (callback) => `interaction ${callback.interactionId}: response type ${callback.type}`,
  );
  let port = 0;
  const gatewayUrl = () => `ws://127.0.0.1:${port}/gateway`;

  const gateway = new FakeGateway({
    world,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    token: options.token,
    resumeUrl: gatewayUrl,
  });
  const rest = new FakeRest({
    world,
    store,
    token: options.token,
    gatewayUrl,
    onCallback: (callback) => callbacks.push(callback),
  });

  const server = createServer((req, res) => {
    void rest.handle(req, res);
  });
  server.on("upgrade", (req, socket, head) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === "/gateway" || path === "/gateway/") gateway.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  port = await listen(server);

  const factory = createInteractionFactory(world, (name) => rest.commandIdFor(name));
  let stopped: Promise<void> | null = null;

  return {
    ...factory,
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl: gatewayUrl(),
    applicationId: world.applicationId,
    botUser: world.botUser,
    guildId: world.guildId,
    channelId: world.channelId,
    defaultUser: world.defaultUser,
    captured: rest.captured.items,
    callbacks: callbacks.items,
    gatewayReceived: gateway.received.items,
    gatewaySent: gateway.sent.items,
    get gatewayConnections() {
      return gateway.connections;
    },

    sendInteraction(payload) {
      store.register(payload);
      return gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    },
    dispatch: (event, data) => gateway.dispatch(event, data),
    waitForCallback(interactionId, timeoutMs = waitTimeoutMs) {
      return callbacks.waitFor((callback) => callback.interactionId === interactionId, {
        timeoutMs,
        description: `a callback for interaction ${interactionId}`,
      });
    },
    waitForRequest(match, timeoutMs = waitTimeoutMs) {
      return rest.captured.waitFor((request) => matches(request, match), {
        timeoutMs,
        description: `a request matching ${describeMatch(match)}`,
        fromIndex: match.fromIndex,
      });
    },
    waitForGatewayOp(op, { fromIndex, timeoutMs = waitTimeoutMs } = {}) {
      return gateway.received.waitFor((frame) => frame.op === op, {
        timeoutMs,
        description: `gateway op ${op} from the client`,
        fromIndex,
      });
    },
    closeGateway(code = 4000, reason = "fake Discord closed the connection") {
      return gateway.closeLive(code, reason, waitTimeoutMs);
    },
    interceptRest: (interceptor) => rest.intercept(interceptor),
    message: (id) => store.message(id),
    originalMessage: (interactionId) => store.originalMessage(interactionId),
    makeUser: (overrides) => makeUser(world.ids, overrides),
    stop() {
      stopped ??= (async () => {
        callbacks.close("fake Discord stopped");
        rest.close();
        await gateway.stop();
        // Drop keep-alive REST connections too, or close() would wait for them to idle out.
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      })();
      return stopped;
    },
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    // Port 0: the OS picks a free port, so parallel test files never collide.
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function matches(request: CapturedRequest, match: RequestMatch): boolean {
  if (match.method !== undefined && request.method !== match.method.toUpperCase()) return false;
  if (typeof match.path === "string") return request.path === match.path;
  if (match.path instanceof RegExp) return match.path.test(request.path);
  return true;
}

function describeMatch(match: RequestMatch): string {
  return `${match.method ?? "any method"} ${match.path ?? "any path"}`;
}
