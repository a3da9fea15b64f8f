import { describe, expect, it } from "vitest";
import { findDates, spanFinders } from "../../src/engine/spans.js";
import { loadMeasures } from "../../src/ingest/load-measures.js";
import { MEASURES_FILE } from "../../src/paths.js";
import { monthNamedAlone, yearsIn } from "../../src/text/dates.js";

const { findNames, findQuantities } = spanFinders(loadMeasures(MEASURES_FILE));

const texts = (spans: { text: string }[]) => spans.map((s) => s.text);

describe("findDates", () => {
  it("does find days, ranges, months and years with the longest form first", () => {
    expect(
      texts(findDates("On July 17, 2023, and January 27–28, 2025, in May 2023 and 2019.")),
    ).toEqual(["July 17, 2023", "January 27–28, 2025", "May 2023", "2019"]);
  });

  it("does find a decade, and not the year inside it", () => {
    expect(texts(findDates("a leader born in the 1980s, not in 1985"))).toEqual(["1980s", "1985"]);
  });

  it("does not read the modal verb may as a month", () => {
    expect(findDates("It may be 2024.").map((d) => d.text)).toEqual(["2024"]);
  });

  it("does return offsets shifted by the given start", () => {
    expect(findDates("In May 2023.", 100)[0]).toMatchObject({ start: 103, end: 111 });
  });
});

describe("yearsIn", () => {
  it("does find years however written, and not the digits of an amount", () => {
    expect(yearsIn("幻方2024年的规模, by May 2021 (1999)")).toEqual(["2024", "2021", "1999"]);
    expect(yearsIn("2,048 GPUs at 1.2024 yuan, 20000 GPUs, 19000 yuan")).toEqual([]);
  });
});

describe("monthNamedAlone", () => {
  it("does find a month named without its day or year, as a whole word", () => {
    expect(monthNamedAlone("what day in may did v2 come out")).toBe(5);
    expect(monthNamedAlone("what day of october did ocr come out")).toBe(10);
    expect(monthNamedAlone("V2是 May 几号发布的")).toBe(5);
    expect(monthNamedAlone("what day in Oct. was it")).toBe(10);
  });

  it("does find a month beside Chinese when the question typed spaces around the numbers", () => {
    // "V2 是 2024 年 5 月几号发布的" reads as "V2 是  May 2024 几号发布的".
    expect(monthNamedAlone("V2 是  May 2024 几号发布的?")).toBe(5);
  });

  it("does not find a month in a longer word, a day, or a verb", () => {
    expect(monthNamedAlone("what day in markets did nvidia drop")).toBeNull();
    expect(monthNamedAlone("what day in may 2024")).toBe(5);
    expect(monthNamedAlone("was it may 5 or later")).toBeNull();
    expect(monthNamedAlone("what day may it come out")).toBeNull();
    // A capital "May" is a month beside Chinese only ("是 May 几号", from 5月几号).
    expect(monthNamedAlone("May I know which day DeepSeek Coder was released?")).toBeNull();
  });
});

describe("findQuantities", () => {
  it("does keep units, currencies, ranges and fractions with their numbers", () => {
    const text =
      "It cost ¥0.1, 5.5 million US dollars and 1,100 GPUs; 5%-13% of MHA, 128K-164K tokens, 1/70 of the price, a 45-day trial.";
    expect(texts(findQuantities(text))).toEqual([
      "¥0.1",
      "5.5 million US dollars",
      "1,100 GPUs",
      "5%-13%",
      "128K-164K tokens",
      "1/70",
      "45-day",
    ]);
  });

  it("does count with number words, but not with one that starts a compound", () => {
    const text = "named after the two-faced god Janus, it has two abilities and three sizes";
    expect(texts(findQuantities(text))).toEqual(["two", "three"]);
  });

  it("does keep a bound sign with its number, and no term of a formula", () => {
    const text = "tiled Gundam (n×100 + 256 tokens), and Gundam (<~800 tokens) surpasses it";
    expect(texts(findQuantities(text))).toEqual(["<~800 tokens"]);
  });

  it("does find counts written as words when they are not 'one'", () => {
    expect(texts(findQuantities("no more than five companies, one of the best"))).toEqual(["five"]);
  });

  it("does keep a lone digit when it counts something, not when it ends a name or numbers a list", () => {
    expect(texts(findQuantities("1 shared expert; Fire-Flyer 2 and Firefly 2 have it"))).toEqual([
      "1",
    ]);
    expect(texts(findQuantities("1. Cold Start Phase"))).toEqual([]);
    // A rank's count is no name's number.
    expect(texts(findQuantities("The winning Top 4 teams all chose it"))).toEqual(["Top 4"]);
    // "top" only as a word of its own: "laptop 4" is a name's number.
    expect(texts(findQuantities("The laptop 4 cores"))).toEqual([]);
  });

  it("does not read a year or a model name's digits as an amount", () => {
    expect(texts(findQuantities("In 2024 the A100-40G shipped."))).toEqual([]);
  });

  it("does not read a version after a name as an amount, but keeps a score after one", () => {
    expect(texts(findQuantities("GOT-OCR 2.0 (256 tokens) and Qwen 2.5"))).toEqual(["256 tokens"]);
    expect(texts(findQuantities("MMLU 88.5"))).toEqual(["88.5"]);
  });
});

describe("findNames", () => {
  it("does find people and skip words that start sentences or dates", () => {
    const text = "Prominent investor Marc Andreessen and The Lab met Liang Wenfeng in January.";
    expect(texts(findNames(text, 0, () => false))).toEqual(["Marc Andreessen", "Liang Wenfeng"]);
  });

  it("does not read an institution's name as a person's", () => {
    const text = "The White House and the Commerce Department met Liang Wenfeng.";
    expect(texts(findNames(text, 0, () => false))).toEqual(["Liang Wenfeng"]);
    const studied = "Liang Wenfeng graduated from the Department of Electronic Engineering.";
    expect(texts(findNames(studied, 0, () => false))).toEqual(["Liang Wenfeng"]);
  });

  it("does skip a name the caller knows as something else", () => {
    expect(
      texts(findNames("Chatbot Arena ranks models.", 0, (n) => n === "Chatbot Arena")),
    ).toEqual([]);
  });
});
