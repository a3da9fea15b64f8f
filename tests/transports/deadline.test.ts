import { describe, expect, it } from "vitest";
import { DEADLINE, RESPONSE_DEADLINE_MS } from "../../src/transports/deadline.js";

describe("the response deadline", () => {
  it("does defer before the HTTP backstop acknowledges when a command is slow, both inside 3 s", () => {
    expect(RESPONSE_DEADLINE_MS).toBe(3_000);
    expect(DEADLINE.deferAfterMs).toBeLessThan(DEADLINE.acknowledgeAfterMs);
    expect(DEADLINE.acknowledgeAfterMs).toBeLessThan(RESPONSE_DEADLINE_MS);
  });
});
