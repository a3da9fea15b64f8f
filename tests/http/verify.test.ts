import { describe, expect, it } from "vitest";
import {
  checkSignature,
  publicKeyFromHex,
  SIGNATURE_DEFAULTS,
} from "../../src/transports/http/verify.js";
import { makeKeys, signedHeaders } from "./signed.js";

const keys = makeKeys();
const key = publicKeyFromHex(keys.publicHex);
const body = Buffer.from('{"type":1}');
const now = 1_800_000_000;

/** checkSignature's view of the headers signedHeaders makes. */
function signed(privateKey = keys.privateKey, payload: Buffer = body, timestamp = now) {
  const headers = signedHeaders(privateKey, payload, timestamp);
  return {
    signature: headers["x-signature-ed25519"],
    timestamp: headers["x-signature-timestamp"],
  };
}

describe("checkSignature", () => {
  it("does accept a body signed with the application's key", () => {
    expect(checkSignature(key, signed(), body, now)).toBeNull();
  });

  it("does refuse a body changed after signing, even by one byte", () => {
    expect(checkSignature(key, signed(), Buffer.from('{"type":2}'), now)).toBe("bad-signature");
    expect(checkSignature(key, signed(), Buffer.from('{"type":1} '), now)).toBe("bad-signature");
  });

  it("does refuse a signature made with another key", () => {
    expect(checkSignature(key, signed(makeKeys().privateKey), body, now)).toBe("bad-signature");
  });

  it("does refuse a signature whose timestamp was changed", () => {
    const headers = { ...signed(), timestamp: String(now - 1) };
    expect(checkSignature(key, headers, body, now)).toBe("bad-signature");
  });

  it("does accept timestamps up to five minutes away and refuse older or newer ones", () => {
    const window = SIGNATURE_DEFAULTS.maxSkewSeconds;
    expect(window).toBe(300);
    const at = (t: number) => checkSignature(key, signed(undefined, body, t), body, now);
    expect(at(now - window)).toBeNull();
    expect(at(now + window)).toBeNull();
    expect(at(now - window - 1)).toBe("stale-timestamp");
    expect(at(now + window + 1)).toBe("stale-timestamp");
    expect(at(0)).toBe("stale-timestamp");
  });

  it("does refuse when either header is missing or empty", () => {
    const { signature, timestamp } = signed();
    expect(checkSignature(key, { timestamp }, body, now)).toBe("missing-headers");
    expect(checkSignature(key, { signature }, body, now)).toBe("missing-headers");
    expect(checkSignature(key, { signature: "", timestamp: "" }, body, now)).toBe(
      "missing-headers",
    );
  });

  it("does refuse headers that are not hex or digits, without trying to verify them", () => {
    const { signature, timestamp } = signed();
    const cases = [
      { signature: signature.slice(0, 126), timestamp },
      { signature: `${signature}00`, timestamp },
      { signature: `${signature.slice(0, 127)}g`, timestamp },
      { signature, timestamp: `${timestamp}.5` },
      { signature, timestamp: "-1" },
      { signature, timestamp: "1e9" },
    ];
    for (const headers of cases)
      expect(checkSignature(key, headers, body, now)).toBe("malformed-signature");
  });
});

describe("publicKeyFromHex", () => {
  it("does import the key Discord shows, in either case of hex", () => {
    const upper = publicKeyFromHex(keys.publicHex.toUpperCase());
    expect(checkSignature(upper, signed(), body, now)).toBeNull();
  });

  it("does refuse a key that is not 64 hex characters, without echoing it", () => {
    for (const bad of ["", "abc", `${keys.publicHex}00`, `${keys.publicHex.slice(0, 63)}z`]) {
      expect(() => publicKeyFromHex(bad)).toThrow("verify: public key must be 64 hex characters");
    }
  });
});
