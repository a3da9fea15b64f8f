import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
} from "discord.js";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import { type FakeWorld, guildCreatePayload, NO_FLAGS } from "./fixtures.js";
import { Recorder } from "./recorder.js";

/** A gateway payload in either direction. */
export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface DispatchResult {
  /** The sequence number given to the event, or null if no session exists yet. */
  sequence: number | null;
  /** false when it was queued: before the first IDENTIFY, or while the socket is down. */
  delivered: boolean;
}

export interface FakeGatewayOptions {
  world: FakeWorld;
  heartbeatIntervalMs: number;
  /** When set, IDENTIFY/RESUME with another token are rejected with 4004. */
  token: string | undefined;
  /** Where clients should reconnect to resume (the fake itself); known only after listen(). */
  resumeUrl: () => string;
}

interface Session {
  id: string;
  seq: number;
  /** Dispatches sent in this session, replayed on RESUME. */
  log: { s: number; t: string; d: unknown }[];
}

/** Enough for any test; older events are dropped and resuming before them fails like on Discord. */
const MAX_REPLAY_LOG = 1000;

/**
 * The Discord gateway for one bot session: HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE,
 * RESUME → replay + RESUMED. Dispatches sent while the socket is down are kept in the session
 * and replayed on RESUME, as Discord does.
 */
export class FakeGateway {
  /** Everything the client sent, in order. */
  readonly received = new Recorder<GatewayFrame>(describeFrame);
  /** Everything the fake sent, in order. */
  readonly sent = new Recorder<GatewayFrame>(describeFrame);
  /** How many WebSocket connections were opened (reconnects included). */
  connections = 0;

  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly authenticated = new WeakSet<WebSocket>();
  /** The socket bound to the session; null while the client is disconnected. */
  private live: WebSocket | null = null;
  private session: Session | null = null;
  /** Dispatches requested before the first IDENTIFY; delivered right after READY. */
  private pending: { t: string; d: unknown }[] = [];

  constructor(private readonly options: FakeGatewayOptions) {}

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(request, socket, head, (ws) => this.onConnection(ws, request));
  }

  dispatch(t: string, d: unknown): DispatchResult {
    const session = this.session;
    if (!session) {
      this.pending.push({ t, d });
      return { sequence: null, delivered: false };
    }
    session.seq += 1;
    const entry = { s: session.seq, t, d };
    session.log.push(entry);
    if (session.log.length > MAX_REPLAY_LOG) session.log.shift();
    const socket = this.live;
    if (socket === null) return { sequence: entry.s, delivered: false };
    this.send(socket, { op: GatewayOpcodes.Dispatch, ...entry });
    return { sequence: entry.s, delivered: true };
  }

  /** Closes the live socket with `code` (e.g. 4000 makes discord.js RESUME) and waits for it to close. */
  async closeLive(code: number, reason: string, timeoutMs: number): Promise<void> {
    const socket = this.live;
    if (socket === null) throw new Error("closeGateway: no live gateway connection to close");
    // From now on dispatches are queued for the RESUME instead of hitting a closing socket.
    this.live = null;
    await closeSocket(socket, code, reason, timeoutMs);
  }

  async stop(): Promise<void> {
    this.live = null;
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.received.close("fake Discord stopped");
    this.sent.close("fake Discord stopped");
  }

  private onConnection(ws: WebSocket, request: IncomingMessage): void {
    this.connections += 1;
    this.sockets.add(ws);
    ws.on("close", () => {
      this.sockets.delete(ws);
      if (this.live === ws) this.live = null;
    });
    ws.on("error", () => ws.terminate());

    const query = new URL(request.url ?? "/", "http://localhost").searchParams;
    if (
      (query.get("v") ?? "10") !== "10" ||
      (query.get("encoding") ?? "json") !== "json" ||
      query.has("compress")
    ) {
      // Unrecoverable for discord.js, so a misconfigured client fails fast instead of looping.
      ws.close(
        GatewayCloseCodes.InvalidAPIVersion,
        "fake Discord speaks only v10, JSON, uncompressed",
      );
      return;
    }
    ws.on("message", (data, isBinary) => this.onMessage(ws, data, isBinary));
    this.send(ws, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs },
    });
  }

  private onMessage(ws: WebSocket, data: RawData, isBinary: boolean): void {
    const frame = isBinary ? null : parseFrame(data);
    if (frame === null) {
      ws.close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
      return;
    }
    this.received.push(frame);
    const authenticated = this.authenticated.has(ws);
    switch (frame.op) {
      case GatewayOpcodes.Heartbeat:
        this.send(ws, { op: GatewayOpcodes.HeartbeatAck, d: null });
        return;
      case GatewayOpcodes.Identify:
        if (authenticated)
          ws.close(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.");
        else this.identify(ws, frame.d);
        return;
      case GatewayOpcodes.Resume:
        if (authenticated)
          ws.close(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.");
        else this.resume(ws, frame.d);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
      case GatewayOpcodes.RequestChannelInfo:
        // Accepted and recorded; the fake has nothing to answer with.
        if (!authenticated) ws.close(GatewayCloseCodes.NotAuthenticated, "Not authenticated.");
        return;
      default:
        ws.close(GatewayCloseCodes.UnknownOpcode, "Unknown opcode.");
    }
  }

  private identify(ws: WebSocket, d: unknown): void {
    if (!this.tokenAccepted(d)) {
      ws.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return;
    }
    // A new session: events of an older one are lost, as on Discord.
    this.session = { id: randomBytes(16).toString("hex"), seq: 0, log: [] };
    this.authenticated.add(ws);
    this.live = ws;
    const { world } = this.options;
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: { ...world.botUser, verified: true, mfa_enabled: false, email: null },
      guilds: [{ id: world.guildId, unavailable: true }],
      session_id: this.session.id,
      resume_gateway_url: this.options.resumeUrl(),
      shard: [0, 1],
      application: { id: world.applicationId, flags: NO_FLAGS, flags_new: "0" },
    };
    this.dispatch(GatewayDispatchEvents.Ready, ready);
    // discord.js only emits ready once every guild listed in READY has arrived.
    this.dispatch(GatewayDispatchEvents.GuildCreate, guildCreatePayload(world));
    const queued = this.pending;
    this.pending = [];
    for (const { t, d: data } of queued) this.dispatch(t, data);
  }

  private resume(ws: WebSocket, d: unknown): void {
    if (!this.tokenAccepted(d)) {
      ws.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return;
    }
    const { session_id: sessionId, seq } = (d ?? {}) as { session_id?: unknown; seq?: unknown };
    const session = this.session;
    const oldest = session?.log[0]?.s ?? 1;
    if (
      !session ||
      sessionId !== session.id ||
      typeof seq !== "number" ||
      seq > session.seq ||
      seq < oldest - 1
    ) {
      // Not resumable: the client must IDENTIFY again.
      this.send(ws, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    this.authenticated.add(ws);
    this.live = ws;
    for (const entry of session.log) {
      if (entry.s > seq) this.send(ws, { op: GatewayOpcodes.Dispatch, ...entry });
    }
    // RESUMED takes the next sequence number but is not itself replayed later.
    session.seq += 1;
    this.send(ws, {
      op: GatewayOpcodes.Dispatch,
      t: GatewayDispatchEvents.Resumed,
      s: session.seq,
      d: {},
    });
  }

  private tokenAccepted(d: unknown): boolean {
    const token = (d as { token?: unknown } | null)?.token;
    if (typeof token !== "string" || token.length === 0) return false;
    return this.options.token === undefined || token === this.options.token;
  }

  private send(ws: WebSocket, frame: GatewayFrame): void {
    if (ws.readyState !== ws.OPEN) return;
    const full = { s: null, t: null, ...frame };
    this.sent.push(full);
    ws.send(JSON.stringify(full));
  }
}

function parseFrame(data: RawData): GatewayFrame | null {
  try {
    const buffer = Array.isArray(data)
      ? Buffer.concat(data)
      : Buffer.isBuffer(data)
        ? data
        : Buffer.from(data);
    const text = buffer.toString("utf8");
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null) return null;
    const { op, d } = parsed as { op?: unknown; d?: unknown };
    return typeof op === "number" ? { op, d: d ?? null } : null;
  } catch {
    return null;
  }
}

function closeSocket(
  socket: WebSocket,
  code: number,
  reason: string,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve) => {
    if (socket.readyState === socket.CLOSED) {
      resolve();
      return;
    }
    // A client that never answers the close handshake is cut off instead of hanging the test.
    const timer = setTimeout(() => socket.terminate(), timeoutMs);
    socket.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
    socket.close(code, reason);
  });
}

function describeFrame(frame: GatewayFrame): string {
  const name = GatewayOpcodes[frame.op] ?? `op ${frame.op}`;
  return frame.t ? `${name} ${frame.t} s=${frame.s}` : name;
}
