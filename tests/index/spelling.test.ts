import { describe, expect, it } from "vitest";
import { closestWord, editDistance } from "../../src/text/spelling.js";

describe("editDistance", () => {
  it("does count a swap of two neighbouring letters as one slip", () => {
    expect(editDistance("nvidai", "nvidia", 2)).toBe(1);
    expect(editDistance("relase", "release", 2)).toBe(1);
    expect(editDistance("abc", "abc", 1)).toBe(0);
  });

  it("does stop counting once the distance exceeds the most allowed", () => {
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("closestWord", () => {
  const counts = new Map([
    ["release", 40],
    ["released", 30],
    ["conference", 3],
    ["registered", 2],
    ["lease", 1],
  ]);

  it("does correct one slip in a word of five letters or more", () => {
    expect(closestWord("relase", counts)).toBe("release");
    expect(closestWord("confrence", counts)).toBe("conference");
    expect(closestWord("registerd", counts)).toBe("registered");
  });

  it("does not correct a short word, or one beyond reach", () => {
    expect(closestWord("leas", counts)).toBeNull();
    expect(closestWord("relapse", new Map([["release", 1]]))).toBeNull();
    expect(closestWord("zzzzzz", counts)).toBeNull();
  });

  it("does take two letters swapped over one mistyped, however frequent", () => {
    // "trian": "train" has its letters, "trial" one letter changed.
    expect(
      closestWord(
        "trian",
        new Map([
          ["trial", 5],
          ["train", 2],
        ]),
      ),
    ).toBe("train");
  });

  it("does not guess when two words are equally close and frequent", () => {
    expect(
      closestWord(
        "bandx",
        new Map([
          ["bands", 2],
          ["bandy", 2],
        ]),
      ),
    ).toBeNull();
    expect(
      closestWord(
        "bandx",
        new Map([
          ["bands", 3],
          ["bandy", 2],
        ]),
      ),
    ).toBe("bands");
  });
});
