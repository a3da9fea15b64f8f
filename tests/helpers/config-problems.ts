import { expect } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";

/** The message of the ConfigError `env` raises; fails the test when it raises none. */
export function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}
