import { describe, expect, it } from "vitest";
import { baseTokens, stemToken } from "../../src/text/tokens.js";

describe("baseTokens", () => {
  it("does keep version numbers whole and drop thousands separators", () => {
    expect(baseTokens("DeepSeek-V2.5 used 1,100 GPUs, 7B and 33B.")).toEqual([
      "deepseek",
      "v2.5",
      "used",
      "1100",
      "gpus",
      "7b",
      "and",
      "33b",
    ]);
  });

  it("does cut Chinese text into overlapping bigrams", () => {
    expect(baseTokens("萤火二号")).toEqual(["萤火", "火二", "二号"]);
  });

  it("does read a multiplier typed with an x as its number", () => {
    expect(baseTokens("below 10x compression, 2.5x faster")).toEqual([
      "below",
      "10",
      "compression",
      "2.5",
      "faster",
    ]);
  });

  it("does fold full-width digits and letters", () => {
    expect(baseTokens("Ｖ３")).toEqual(["v3"]);
  });
});

describe("stemToken", () => {
  it("does drop stop words and stem English words", () => {
    expect(stemToken("the")).toBeNull();
    expect(stemToken("released")).toBe(stemToken("release"));
    expect(stemToken("parameters")).toBe(stemToken("parameter"));
  });

  it("does read the plural of a name with digits as the name", () => {
    expect(stemToken("a100s")).toBe("a100");
  });
});
