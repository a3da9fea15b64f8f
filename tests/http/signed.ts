import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";

/** A fresh Ed25519 key pair, the public half as Discord shows it (64 hex characters). */
export function makeKeys(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const x = publicKey.export({ format: "jwk" }).x ?? "";
  return { privateKey, publicHex: Buffer.from(x, "base64url").toString("hex") };
}

/** Headers Discord would send for `body`, signed with `privateKey` at `timestamp`. */
export function signedHeaders(
  privateKey: KeyObject,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
) {
  const signature = sign(null, Buffer.from(`${timestamp}${body}`), privateKey).toString("hex");
  return {
    "content-type": "application/json",
    "x-signature-ed25519": signature,
    "x-signature-timestamp": String(timestamp),
  };
}
