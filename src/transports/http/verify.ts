import { createPublicKey, type KeyObject, verify } from "node:crypto";

/** Replay window: Discord's timestamps older or newer than this are refused. */
export const SIGNATURE_DEFAULTS = { maxSkewSeconds: 300 } as const;

/** DER prefix that wraps a raw 32-byte Ed25519 public key as SubjectPublicKeyInfo. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/** Imports the application's public key as Discord shows it: 64 hex characters. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error("verify: public key must be 64 hex characters");
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]),
    format: "der",
    type: "spki",
  });
}

export type SignatureProblem =
  | "missing-headers"
  | "malformed-signature"
  | "stale-timestamp"
  | "bad-signature";

/**
 * What can be checked of the signature headers before the body is read: both present, well
 * formed, and the timestamp within five minutes of `now`. Null when they may be authentic.
 */
export function checkSignatureHeaders(
  headers: { signature?: string; timestamp?: string },
  nowSeconds = Date.now() / 1000,
): SignatureProblem | null {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return "missing-headers";
  if (!/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp))
    return "malformed-signature";
  if (Math.abs(nowSeconds - Number(timestamp)) > SIGNATURE_DEFAULTS.maxSkewSeconds)
    return "stale-timestamp";
  return null;
}

/**
 * Checks Discord's request signature: Ed25519 over timestamp + raw body. Returns null when the
 * request is authentic, else why not. The timestamp must be within five minutes of `now`.
 */
export function checkSignature(
  key: KeyObject,
  headers: { signature?: string; timestamp?: string },
  rawBody: Buffer,
  nowSeconds = Date.now() / 1000,
): SignatureProblem | null {
  const problem = checkSignatureHeaders(headers, nowSeconds);
  if (problem) return problem;
  const { signature = "", timestamp = "" } = headers;
  const message = Buffer.concat([Buffer.from(timestamp, "utf8"), rawBody]);
  return verify(null, message, key, Buffer.from(signature, "hex")) ? null : "bad-signature";
}
