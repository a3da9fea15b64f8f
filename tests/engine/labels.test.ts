import { describe, expect, it } from "vitest";
import { findLabels } from "../../src/engine/labels.js";
import { loadMeasures } from "../../src/ingest/load-measures.js";
import { MEASURES_FILE } from "../../src/paths.js";

const words = loadMeasures(MEASURES_FILE);
const labels = (text: string) => findLabels(words, text, 0).map((s) => s.text);

describe("findLabels", () => {
  it("does find a name given in quotes after a word a name follows", () => {
    expect(
      labels("At that time, DeepSeek became a well-known “price butcher” in the industry."),
    ).toEqual(["price butcher"]);
    expect(labels('Marc Andreessen described this as "AI\'s Sputnik moment."')).toEqual([
      "AI's Sputnik moment",
    ]);
  });

  it("does look past a possessive to the word before it", () => {
    expect(labels("it was hailed as one of China’s “four great quant kings”.")).toEqual([
      "four great quant kings",
    ]);
  });

  it("does not take a possessive's thing for a name", () => {
    expect(labels("As Liang Wenfeng said, DeepSeek’s “must-have requirements” for talent")).toEqual(
      [],
    );
  });

  it("does not take one lowercase word, a word used or defined, for a name", () => {
    expect(labels("praised the rise of DeepSeek as “positive” and")).toEqual([]);
    expect(labels("The so-called “quant” is an investment institution")).toEqual([]);
    expect(labels("the name “DeepSeek” was")).toEqual(["DeepSeek"]);
  });

  it("does not take a saying after a verb, or a long quote, for a name", () => {
    expect(labels("calling its technology “very impressive.”")).toEqual([]);
    expect(labels("it was a “truly remarkable and very unexpected thing to happen here”")).toEqual(
      [],
    );
  });

  it("does return offsets shifted by the given start", () => {
    const [span] = findLabels(words, "a “tech geek”.", 100);
    expect(span).toMatchObject({ text: "tech geek", start: 103, end: 112 });
  });
});
