import { describe, expect, it } from "vitest";
import { settleWithin } from "../../src/transports/drain.js";

describe("settleWithin", () => {
  it("does resolve true when all work settles in time, failures included", async () => {
    const failed = Promise.reject(new Error("handler failed"));
    await expect(settleWithin([Promise.resolve(1), failed], 1_000)).resolves.toBe(true);
  });

  it("does resolve false at the timeout when work is still running", async () => {
    const started = performance.now();
    const never = new Promise(() => {});
    await expect(settleWithin([never], 30)).resolves.toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
