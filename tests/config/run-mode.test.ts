import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { problemsOf } from "../helpers/config-problems.js";
import { makeKeys } from "../http/signed.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";
const CLIENT_ID = "123456789012345678";
const PUBLIC_KEY = makeKeys().publicHex;
const gateway = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID };

describe("the run mode, resolved from MODE, the command and the variables", () => {
  it("does run the console when MODE is auto and no token is set, or when MODE is console", () => {
    expect(parseConfig({}).run.kind).toBe("console");
    expect(parseConfig({ ...gateway, MODE: "console", SHARDS: "2" }).run.kind).toBe("console");
  });

  it("does run the gateway when a token is set, and a shard manager when SHARDS is set too", () => {
    expect(parseConfig(gateway).run).toEqual({ kind: "gateway", token: TOKEN });
    expect(parseConfig({ ...gateway, MODE: "gateway", SHARDS: "auto" }).run).toEqual({
      kind: "shard-manager",
      token: TOKEN,
      shards: "auto",
    });
  });

  it("does serve HTTP when run as `npm run serve`, whatever MODE says", () => {
    const config = parseConfig(
      { ...gateway, MODE: "gateway", DISCORD_PUBLIC_KEY: PUBLIC_KEY },
      { serve: true },
    );
    expect(config.run).toEqual({
      kind: "http",
      publicKey: PUBLIC_KEY,
      applicationId: CLIENT_ID,
    });
  });

  it("does name both missing keys in one message when `npm run serve` lacks them", () => {
    let message = "";
    try {
      parseConfig({ MODE: "console" }, { serve: true });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("DISCORD_PUBLIC_KEY: is required to serve HTTP interactions");
    expect(message).toContain("DISCORD_CLIENT_ID: is required to serve HTTP interactions");
  });

  it("does refuse MODE gateway, next to any other problem, when no token is set", () => {
    const message = problemsOf({ MODE: "gateway", PORT: "0" });
    expect(message).toContain("DISCORD_TOKEN: is required when MODE is gateway");
    expect(message).toContain("PORT");
  });

  it("does refuse a shard process when its SHARDS is not a shard id", () => {
    const message = problemsOf({ ...gateway, SHARDING_MANAGER: "true", SHARDS: "auto" });
    expect(message).toContain("SHARDS: must be the shard id in a shard process");
  });
});
