import type { KeyObject } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { APIInteraction } from "discord.js";
import { BodyTooLarge, readBody } from "./body.js";
import { parseInteraction } from "./interaction.js";
import { checkSignature, checkSignatureHeaders, SIGNATURE_DEFAULTS } from "./verify.js";

/** A POST /interactions body let in, or the refusal to send and the reason to log. */
export type Accepted =
  | {
      ok: true;
      interaction: APIInteraction;
      /** When its signature stops being valid (ms): a replay is possible until then. */
      validUntilMs: number;
    }
  | {
      ok: false;
      status: 400 | 401 | 413;
      error: string;
      problem: string;
      /** The body was not read (whole): the connection must close after the refusal. */
      unread?: boolean;
    };

/**
 * The checks a request passes, in this order: the declared size, the signature headers (present,
 * well formed, timestamp in the window), both before a byte of the body is read; then the body's
 * real size (never read past the cap), Discord's Ed25519 signature over the raw body, and the
 * payload's shape. The first that fails decides the refusal.
 */
export async function acceptInteraction(
  req: IncomingMessage,
  publicKey: KeyObject,
  maxBodyBytes: number,
): Promise<Accepted> {
  const signature = {
    signature: header(req, "x-signature-ed25519"),
    timestamp: header(req, "x-signature-timestamp"),
  };
  const tooLarge = (problem: string): Accepted => ({
    ok: false,
    status: 413,
    error: "request body too large",
    problem,
    unread: true,
  });
  if (Number(req.headers["content-length"] ?? 0) > maxBodyBytes)
    return tooLarge(new BodyTooLarge(maxBodyBytes).message);
  const early = checkSignatureHeaders(signature);
  if (early)
    return {
      ok: false,
      status: 401,
      error: "invalid request signature",
      problem: early,
      unread: true,
    };
  let body: Buffer;
  try {
    body = await readBody(req, maxBodyBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    return tooLarge(error.message);
  }
  const problem = checkSignature(publicKey, signature, body);
  if (problem) return { ok: false, status: 401, error: "invalid request signature", problem };
  const parsed = parseInteraction(body);
  if (!parsed.ok)
    return { ok: false, status: 400, error: "malformed interaction", problem: parsed.problem };
  const signedAt = Number(signature.timestamp);
  return { ...parsed, validUntilMs: (signedAt + SIGNATURE_DEFAULTS.maxSkewSeconds) * 1000 };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? undefined : value;
}
