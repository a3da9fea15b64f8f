import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordTable } from "../../src/ingest/word-table.js";

describe("a word table", () => {
  it("does find every word a Map of the same entries finds, and no other", () => {
    // What a word may hold: no character at or before a line break.
    const fits = (w: string) => [...w].every((c) => (c.codePointAt(0) ?? 0) > 10);
    const word = fc.string({ unit: "grapheme", maxLength: 6 }).filter(fits);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.string())), fc.array(word), (entries, probes) => {
        const safe = entries.map(([w, v]): [string, string] => [w, v.replace(/\n/g, " ")]);
        const map = new Map(safe);
        const table = WordTable.of(safe);
        for (const w of [...map.keys(), ...probes]) {
          expect(table.get(w)).toBe(map.get(w));
          expect(table.has(w)).toBe(map.has(w));
        }
        expect(table.size).toBe(map.size);
      }),
    );
  });

  it("does tell a word from the words it begins", () => {
    const table = WordTable.of([
      ["ab", "1"],
      ["abc", "2"],
      ["a", "3"],
    ]);
    expect([table.get("a"), table.get("ab"), table.get("abc"), table.get("abcd")]).toEqual([
      "3",
      "1",
      "2",
      undefined,
    ]);
  });

  it("does read back what it packed, decoded", () => {
    const ranks = WordTable.of(
      ["first", "second", "first"].map((w, i) => [w, String(i)]),
      Number,
    );
    const read = WordTable.unpack(ranks.packed, Number);
    expect(read.get("first")).toBe(2);
    expect([...read.entries()]).toEqual([
      ["first", 2],
      ["second", 1],
    ]);
  });

  it("does refuse a word it could not store on one line", () => {
    expect(() => WordTable.of([["a\tb", "1"]])).toThrow(/cannot hold/);
    expect(() => WordTable.of([["a", "1\n2"]])).toThrow(/cannot hold/);
  });
});
