import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { logLevelOf, parseConfig } from "../../src/config.js";
import { ROOT } from "../../src/paths.js";
import { problemsOf } from "../helpers/config-problems.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";

describe("parseConfig", () => {
  it("does run the console mode without Discord settings when none are given", () => {
    const config = parseConfig({});
    expect(config.run).toEqual({ kind: "console" });
    expect(config.DISCORD_TOKEN).toBeUndefined();
  });

  it("does keep votes in data/feedback.db under the install folder unless FEEDBACK_DB says where", () => {
    expect(parseConfig({}).FEEDBACK_DB).toBe(join(ROOT, "data", "feedback.db"));
    expect(parseConfig({ FEEDBACK_DB: " " }).FEEDBACK_DB).toBe(join(ROOT, "data", "feedback.db"));
    expect(parseConfig({ FEEDBACK_DB: "/var/votes.db" }).FEEDBACK_DB).toBe("/var/votes.db");
  });

  it("does log at warn in the console mode and at info elsewhere when LOG_LEVEL is unset", () => {
    expect(logLevelOf(parseConfig({}))).toBe("warn");
    const gateway = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: "123456789012345678" });
    expect(logLevelOf(gateway)).toBe("info");
  });

  it("does log at the level asked for in every mode when LOG_LEVEL is set", () => {
    const gateway = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: "123456789012345678" };
    expect(logLevelOf(parseConfig({ LOG_LEVEL: "debug" }))).toBe("debug");
    expect(logLevelOf(parseConfig({ ...gateway, LOG_LEVEL: "debug" }))).toBe("debug");
  });

  it("does accept a full gateway configuration", () => {
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: "123456789012345678",
      DISCORD_GUILD_ID: "876543210987654321",
      DISCORD_API_URL: "http://127.0.0.1:3000/api",
      LOG_LEVEL: "debug",
    });
    expect(config).toMatchObject({ DISCORD_CLIENT_ID: "123456789012345678", LOG_LEVEL: "debug" });
  });

  it("does list every problem at once when several settings are wrong", () => {
    const message = problemsOf({
      DISCORD_GUILD_ID: "abc",
      DISCORD_API_URL: "not a url",
      LOG_LEVEL: "loud",
    });
    expect(message).toMatch(/^config: invalid environment:/);
    expect(message).toMatch(/DISCORD_GUILD_ID: /);
    expect(message).toMatch(/DISCORD_API_URL: /);
    expect(message).toMatch(/LOG_LEVEL: /);
  });

  it("does never print the token, not even in part, when the token is wrong", () => {
    const secret = "abc-definitely-secret-value";
    const message = problemsOf({ DISCORD_TOKEN: secret });
    expect(message).toMatch(/DISCORD_TOKEN: /);
    for (let i = 0; i + 6 <= secret.length; i++)
      expect(message).not.toContain(secret.slice(i, i + 6));
  });

  it("does require the client id when a token is set", () => {
    const message = problemsOf({ DISCORD_TOKEN: TOKEN });
    expect(message).toMatch(/DISCORD_CLIENT_ID: is required when DISCORD_TOKEN is set/);
    expect(message).not.toContain(TOKEN.slice(0, 10));
  });

  it("does treat empty variables as unset", () => {
    expect(
      parseConfig({ DISCORD_TOKEN: "", DISCORD_GUILD_ID: "  " }).DISCORD_TOKEN,
    ).toBeUndefined();
  });
});
