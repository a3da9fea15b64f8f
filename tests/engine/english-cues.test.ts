import { describe, expect, it } from "vitest";
import { englishCues } from "../../src/engine/understand/english-cues.js";
import { EMPTY_ENGLISH } from "../../src/ingest/load-lexicon.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";

const real = englishCues(loadKnowledge().lexicon.english);

describe("englishCues", () => {
  it("does read the present, the first time and the value before a change from en-questions.json", () => {
    expect(real.now.test("how much does high flyer manage now")).toBe(true);
    expect(real.firstTime.test("when did deepseek first go to gtc")).toBe(true);
    expect(real.valueBeforeChange.test("what license before they switched to mit")).toBe(true);
    expect(real.valueBeforeChange.test("b4 they bumped it to 128k")).toBe(true);
    // An amount before a change: a before word, then a change word in its clause.
    expect(real.amountBefore.test("whats the api price before the disk cache cut")).toBe(true);
    expect(real.amountBefore.test("the price before hard disk caching was introduced?")).toBe(true);
  });

  it("does not read 'before' that only dates what is asked as asking a value before a change", () => {
    // "Dropped" is chat for released: which model came before R1, not R1's earlier value.
    expect(real.valueBeforeChange.test("what model came out right before r1 dropped")).toBe(false);
    expect(real.amountBefore.test("how many gpus did liang buy before the export ban")).toBe(false);
  });

  it("does not read a first that ends its clause or offers a choice as the first time", () => {
    expect(real.firstTime.test("which came first, v2 or v2.5")).toBe(false);
    expect(real.firstTime.test("first of all, when did r1 come out")).toBe(false);
    expect(real.valueBeforeChange.test("what was the price before the war")).toBe(false);
  });

  it("does match nothing when the lexicon lists no words", () => {
    const none = englishCues(EMPTY_ENGLISH);
    expect(none.now.test("now")).toBe(false);
    expect(none.firstTime.test("first")).toBe(false);
    expect(none.earlier.test("which came first")).toBe(false);
    expect(none.valueBeforeChange.test("before they switched to mit")).toBe(false);
    expect(none.amountBefore.test("the price before the cut")).toBe(false);
  });
});
