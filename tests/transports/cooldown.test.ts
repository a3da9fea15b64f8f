import { describe, expect, it } from "vitest";
import { Cooldown } from "../../src/transports/cooldown.js";

describe("Cooldown", () => {
  it("does refuse a user past the limit and tell how long to wait", () => {
    let now = 1_000;
    const cooldown = new Cooldown({ uses: 2, windowMs: 10_000 }, () => now);
    expect(cooldown.take("a")).toBe(0);
    now += 1_000;
    expect(cooldown.take("a")).toBe(0);
    expect(cooldown.take("a")).toBe(9_000);
    now += 9_001;
    expect(cooldown.take("a")).toBe(0);
  });

  it("does not let one user throttle another", () => {
    const cooldown = new Cooldown({ uses: 1, windowMs: 10_000 }, () => 0);
    expect(cooldown.take("a")).toBe(0);
    expect(cooldown.take("a")).toBeGreaterThan(0);
    expect(cooldown.take("b")).toBe(0);
  });
});
