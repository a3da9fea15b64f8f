import { Agent, type IncomingMessage, request } from "node:http";
import { InteractionResponseType } from "discord.js";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeDiscord } from "../fake-discord/server.js";
import { listeningEndpoint } from "./endpoint.js";
import { makeKeys, signedHeaders } from "./signed.js";

const keys = makeKeys();
const discord = await startFakeDiscord();
afterAll(() => discord.stop());

type Outcome =
  | { ok: true; status: number; connection: string | undefined; type: number | undefined }
  | { ok: false; code: string };

/** One request over `agent`; a failure is reported by its error code, never thrown. */
function send(
  agent: Agent,
  url: string,
  method: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(url, { method, agent, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
      });
      res.on("end", () => {
        const type = (() => {
          try {
            return (JSON.parse(text) as { type?: number }).type;
          } catch {
            return undefined;
          }
        })();
        resolve({
          ok: true,
          status: res.statusCode ?? 0,
          connection: res.headers.connection,
          type,
        });
      });
      res.on("error", (error: NodeJS.ErrnoException) =>
        resolve({ ok: false, code: error.code ?? error.message }),
      );
    });
    req.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ ok: false, code: error.code ?? error.message }),
    );
    req.end(body);
  });
}

describe("stopping the HTTP endpoint under load (SIGTERM)", () => {
  it("does answer every accepted request and reset none when stopped mid-burst", async () => {
    const { endpoint, port } = await listeningEndpoint(keys.publicHex, {
      applicationId: discord.applicationId,
      apiUrl: discord.apiUrl,
    });
    /** Interactions the server read a request for: each of these must be answered. */
    let accepted = 0;
    endpoint.server.on("request", (req: IncomingMessage) => {
      if (req.url === "/interactions") accepted++;
    });
    const base = `http://127.0.0.1:${port}`;
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    // A monitor's own kept-alive connection, opened before the stop.
    const monitor = new Agent({ keepAlive: true, maxSockets: 1 });
    expect(await send(monitor, `${base}/readyz`, "GET")).toMatchObject({ status: 200 });

    const total = 2_000;
    const outcomes: Outcome[] = [];
    let stopped: Promise<void> | undefined;
    let readyAfterStop: Outcome | undefined;
    let next = 0;
    const worker = async () => {
      while (next < total) {
        const i = next++;
        const payload = discord.chatInputInteraction({
          subcommand: "ask",
          options: { question: i % 2 ? "What is MLA?" : "When was DeepSeek-R1 released?" },
        });
        const body = JSON.stringify(payload);
        outcomes.push(
          await send(
            agent,
            `${base}/interactions`,
            "POST",
            body,
            signedHeaders(keys.privateKey, body),
          ),
        );
        if (outcomes.length === 300 && !stopped) {
          stopped = endpoint.stop(5_000);
          readyAfterStop = await send(monitor, `${base}/readyz`, "GET");
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    await stopped;
    agent.destroy();
    monitor.destroy();

    expect(readyAfterStop).toMatchObject({ ok: true, status: 503, connection: "close" });
    const answered = outcomes.filter((o) => o.ok);
    // Every request the server accepted was answered: a failure is only ever a connection the
    // closed port refused (or one still in the kernel's backlog, which Node never accepted).
    expect(answered.length).toBe(accepted);
    const failures = outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok);
    expect(failures.filter((f) => !["ECONNREFUSED", "ECONNRESET"].includes(f.code))).toEqual([]);
    expect(answered.length).toBeGreaterThan(300);
    for (const answer of answered)
      expect(answer).toMatchObject({
        status: 200,
        type: InteractionResponseType.ChannelMessageWithSource,
      });
    // Every answer sent after the stop told its client to close the connection.
    const afterStop = answered.slice(350);
    expect(afterStop.length).toBeGreaterThan(0);
    for (const answer of afterStop) expect(answer.connection).toBe("close");
  });
});
