import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { problemsOf } from "../helpers/config-problems.js";
import { makeKeys } from "../http/signed.js";

const CLIENT_ID = "123456789012345678";
const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";

describe("parseConfig: the HTTP, health and sharding settings", () => {
  it("does default to port 3000 and a 64 KiB body cap, without sharding", () => {
    const config = parseConfig({});
    expect([config.PORT, config.MAX_BODY_BYTES, config.SHARDS]).toEqual([3000, 65_536, undefined]);
  });

  it("does accept an HTTP configuration with the public key in either case", () => {
    const key = makeKeys().publicHex.toUpperCase();
    const config = parseConfig({
      MODE: "http",
      PORT: "8080",
      DISCORD_PUBLIC_KEY: key,
      DISCORD_CLIENT_ID: CLIENT_ID,
      MAX_BODY_BYTES: "32768",
    });
    expect(config).toMatchObject({ MODE: "http", PORT: 8080, MAX_BODY_BYTES: 32_768 });
  });

  it("does require the public key and the client id when MODE is http", () => {
    const message = problemsOf({ MODE: "http" });
    expect(message).toContain("DISCORD_PUBLIC_KEY: is required when MODE is http");
    expect(message).toContain("DISCORD_CLIENT_ID: is required when MODE is http");
  });

  it("does refuse a public key that is not 64 hex characters, without printing it", () => {
    const bad = `${makeKeys().publicHex.slice(0, 60)}zzzz`;
    const message = problemsOf({
      MODE: "http",
      DISCORD_PUBLIC_KEY: bad,
      DISCORD_CLIENT_ID: CLIENT_ID,
    });
    expect(message).toContain("DISCORD_PUBLIC_KEY: must be 64 hex characters");
    expect(message).not.toContain(bad.slice(0, 16));
  });

  it("does refuse ports and body caps out of range", () => {
    expect(problemsOf({ PORT: "70000" })).toContain("PORT");
    expect(problemsOf({ PORT: "http" })).toContain("PORT");
  });

  it("does refuse a number not written in decimal digits when a port or size is hex or exponent", () => {
    for (const PORT of ["0x1069", "1e3", "3000.0", "+3000", "0b101"])
      expect(problemsOf({ PORT })).toContain("PORT: must be a whole number in decimal digits");
    expect(problemsOf({ MAX_BODY_BYTES: "0x10000" })).toContain("MAX_BODY_BYTES");
    expect(problemsOf({ MAX_BODY_BYTES: "10" })).toContain("MAX_BODY_BYTES");
  });

  it('does take SHARDS as "auto" or a number of at least 1', () => {
    expect(parseConfig({ SHARDS: "auto" }).SHARDS).toBe("auto");
    expect(parseConfig({ SHARDS: "4" }).SHARDS).toBe(4);
    expect(problemsOf({ SHARDS: "0" })).toContain('SHARDS: must be "auto" or a number of shards');
    expect(problemsOf({ SHARDS: "many" })).toContain(
      'SHARDS: must be "auto" or a number of shards',
    );
  });

  it("does read SHARDS as the shard id, never as a count, when in a shard process", () => {
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: CLIENT_ID,
      SHARDS: "0",
      SHARD_COUNT: "2",
      SHARDING_MANAGER: "true",
    });
    expect(config.SHARDS).toBeUndefined();
    expect(config.run).toEqual({ kind: "shard", token: TOKEN, shardId: 0 });
  });
});
