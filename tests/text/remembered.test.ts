import { describe, expect, it } from "vitest";
import { rememberedLast, slot } from "../../src/text/remembered.js";

describe("rememberedLast", () => {
  it("does compute once while asked about the same key, and anew for another", () => {
    const cache = slot<object, number>();
    let computed = 0;
    const value = (key: object) => rememberedLast(cache, key, () => ++computed);
    const first = {};
    const second = {};
    expect([value(first), value(first), value(second), value(first)]).toEqual([1, 1, 2, 3]);
    expect(computed).toBe(3);
  });
});
