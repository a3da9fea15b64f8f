import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { credit } from "../../src/engine/coverage.js";
import { parseQuestion } from "../../src/engine/question.js";
import { clausesAroundAsking } from "../../src/engine/understand/context.js";
import { normalizeQuestion } from "../../src/engine/understand/normalize.js";
import { EMPTY_ENGLISH, type LexiconData } from "../../src/ingest/load-lexicon.js";
import type { Knowledge } from "../../src/knowledge-base/knowledge-base.js";
import { fixtureKnowledge } from "../helpers/fixture-knowledge.js";

/** A lexicon made for these tests, so they do not move when the generated files are rebuilt. */
const lexicon: LexiconData = {
  chat: { wen: "when", u: "you", tbh: "", abt: "about", co: "company" },
  filler: new Set(["thing"]),
  phrases: {
    "how big": [["parameters", 1]],
    "come out": [["released", 1]],
    "go public": [["IPO", 1]],
  },
  related: {
    wordnet: new Map([
      ["stash", "cluster 0.9"],
      ["dividend", "asset 0.9"],
      ["firm", "fund 0.9"],
    ]),
  },
  wordRank: new Map([
    ["first", 3],
    ["dividend", 10_000],
    ["itali", 2_000],
  ]),
  names: new Set(["italy"]),
  places: [],
  people: new Set(["analyst", "classmate"]),
  commonCapitalised: new Set(),
  english: EMPTY_ENGLISH,
};
const knowledge: Knowledge = { ...fixtureKnowledge(), lexicon };

describe("reading a casual question", () => {
  it("does read chat words as plain words and drop the empty ones", () => {
    expect(normalizeQuestion("wen did u build it tbh", lexicon)).toBe("when did you build it");
  });

  it("does not read part of a hyphened word as a chat word", () => {
    expect(normalizeQuestion("wen was the co co-founded", lexicon)).toBe(
      "when was the company co-founded",
    );
  });

  it("does keep the case of the words it leaves alone", () => {
    expect(normalizeQuestion("wen did France ship", lexicon)).toBe("when did France ship");
  });

  it("does ask for a date when the question says wen", () => {
    expect(parseQuestion(knowledge.index, lexicon, "wen was high-flyer co-founded").type).toBe(
      "date",
    );
    // The two documents disagree: one says 2015, the other February 2016.
    expect(["2015", "February 2016"]).toContain(
      ask(knowledge, "wen was high-flyer co-founded tbh").answer,
    );
  });

  it("does read a phrase as the documents' word when the question paraphrases", () => {
    const parsed = parseQuestion(knowledge.index, lexicon, "how big is the largest model");
    const phrase = parsed.concepts.find((c) => c.kind === "phrase");
    expect(phrase?.surface).toBe("how big");
    expect(phrase?.related.map((r) => r.term)).toContain("paramet");
  });

  it("does give a related word part of the credit of the question's own word", () => {
    const parsed = parseQuestion(knowledge.index, lexicon, "which stash did the fund build");
    const stash = parsed.concepts.find((c) => c.surface === "stash");
    expect(stash?.kind).toBe("unknown-word");
    const share = stash ? credit(stash, new Set(["cluster"])) : 0;
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(1);
  });

  it("does weigh a chat word or typo far below a word the dictionary knows", () => {
    const parsed = parseQuestion(knowledge.index, lexicon, "qzxv dividend of the fund");
    const noise = parsed.concepts.find((c) => c.surface === "qzxv");
    const word = parsed.concepts.find((c) => c.surface === "dividend");
    expect(noise?.kind).toBe("noise");
    expect(word?.kind).toBe("unknown-word");
    expect(noise?.weight ?? 1).toBeLessThan((word?.weight ?? 0) / 2);
  });

  it("does weigh an everyday word below itself when the dictionary ranks it common", () => {
    const plain: Knowledge = { ...knowledge, lexicon: { ...lexicon, wordRank: new Map() } };
    const weightOf = (k: Knowledge) =>
      parseQuestion(k.index, k.lexicon, "first cluster").concepts.find((c) => c.surface === "first")
        ?.weight ?? 0;
    expect(weightOf(knowledge)).toBeLessThan(weightOf(plain) / 2);
  });

  it("does not answer how many with an amount of other things", () => {
    // "671 billion total parameters" is in the fixture; it counts parameters, not layers.
    const result = ask(knowledge, "how many layers does the largest model have");
    expect(result.answer).toBeNull();
    expect(ask(knowledge, "how many parameters does the largest model have").answer).toContain(
      "671 billion",
    );
  });

  it("does not answer a sum with an amount of other things that shares its scale word", () => {
    // "671 billion total parameters": billion is a unit of money too, parameters is not.
    expect(ask(knowledge, "how much did the largest model cost").answer).toBeNull();
    expect(ask(knowledge, "how much revenue did the largest model have").answer).toBeNull();
  });

  it("does read sizes such as 7B after an amount as amounts, not as what it counts", () => {
    // "a code model in sizes 1B, 7B, and 33B": the unit of 1B is no thing other than sizes.
    expect(ask(knowledge, "how many sizes did the code model have").answered).toBe(true);
  });

  it("does answer by how much only with a ratio", () => {
    expect(
      ask(knowledge, "by how much did the largest model grow its parameters").answer,
    ).toBeNull();
    expect(ask(knowledge, "by how much was HumanEval ahead").answer).toBe("9.3%");
  });

  it("does weigh a name typed in lower case as a name the documents lack", () => {
    const kindOf = (names: ReadonlySet<string>) =>
      parseQuestion(
        knowledge.index,
        { ...lexicon, names },
        "is the fund banned in italy",
      ).concepts.find((c) => c.surface === "italy")?.kind;
    expect(kindOf(lexicon.names)).toBe("unknown-name");
    expect(kindOf(new Set())).toBe("unknown-word");
  });

  it("does read an amount in shorthand as its number when the documents write it out", () => {
    // The fixture writes "1,100 GPUs"; a chat question says "1100k" or "1100m" at most.
    const parsed = parseQuestion(knowledge.index, lexicon, "did the cluster have 1100m gpus");
    const amount = parsed.concepts.find((c) => c.surface === "1100m");
    expect(amount).toMatchObject({ kind: "corrected", terms: ["1100"] });
  });

  it("does read thousands in shorthand as the number the documents write out", () => {
    // The fixture writes "5,000 PCIe A100 GPUs", indexed as 5000.
    const parsed = parseQuestion(knowledge.index, lexicon, "did it have 5k gpus");
    expect(parsed.concepts.find((c) => c.surface === "5k")).toMatchObject({ terms: ["5000"] });
  });

  it("does not join a number to a word the documents never write with it", () => {
    // The fixture writes "A100", but one letter may be the article: "a 100" stays.
    expect(parseQuestion(knowledge.index, lexicon, "a 100 cards").normalized).toBe("a 100 cards");
    expect(parseQuestion(knowledge.index, lexicon, "the top 5 cards").normalized).toBe(
      "the top 5 cards",
    );
  });

  it("does read a hand-kept phrase the documents lack as a word they lack, not as its words", () => {
    const parsed = parseQuestion(knowledge.index, lexicon, "when will deepseek go public");
    expect(parsed.concepts.find((c) => c.surface === "go public")).toMatchObject({
      kind: "unknown-word",
      terms: [],
    });
    expect(parsed.concepts.some((c) => c.surface === "public")).toBe(false);
  });

  it("does abstain when only related words match the question", () => {
    expect(ask(knowledge, "what is the valuation of the firm").answered).toBe(false);
  });
});

describe("the scene a casual question sets before asking", () => {
  /** The texts of one kind of clause `clausesAroundAsking` finds. */
  const clauses =
    (kind: "scene" | "remarks" | "guesses", aside = false) =>
    (text: string, names = (_: string) => false) =>
      clausesAroundAsking(text, names, () => aside)[kind].map((c) => text.slice(c.start, c.end));
  const scene = clauses("scene");

  it("does find the clauses before the one that asks", () => {
    expect(scene("my portfolio is still recovering, how hard did nvidia stock drop")).toEqual([
      "my portfolio is still recovering",
    ]);
    expect(scene("tried to sign up in jan. it failed. ok so why did they stop signups")).toEqual([
      "tried to sign up in jan",
      "it failed",
    ]);
  });

  it("does end a scene at a but before a question word", () => {
    expect(scene("v3 has 256 routed experts per layer but how many fire per token")).toEqual([
      "v3 has 256 routed experts per layer",
    ]);
    // "but" inside the question is no clause end: "who but liang" asks on.
    expect(scene("who but liang could have pulled that off")).toEqual([]);
  });

  it("does find no scene when the question asks first or never asks", () => {
    expect(scene("how hard did nvidia drop, percent wise")).toEqual([]);
    // A question mark asks, question word or none, when its clause names something.
    const names = (clause: string) => clause.includes("vl2");
    expect(clausesAroundAsking("vl2 sizes? how big r they", names, () => false).scene).toEqual([]);
    expect(clausesAroundAsking("thoughts? how big r they", names, () => false).scene).toHaveLength(
      1,
    );
    expect(scene("deepseek v3 release date")).toEqual([]);
  });

  it("does read one name the documents lack after the question as a guess, a remark", () => {
    const remarks = clauses("remarks", true);
    expect(remarks("what gpus did they train on, h100s?")).toEqual(["h100s?"]);
    expect(remarks("what gpus did they train on, h100s or smth else")).toEqual([
      "h100s or smth else",
    ]);
    // Two words more often ask on.
    expect(remarks("is liang married, got kids?")).toEqual([]);
  });

  it("does read a value or a word said as a guess after the question as a guess", () => {
    const guesses = clauses("guesses");
    expect(guesses("when did v3 come out, was it 2024?")).toEqual(["was it 2024?"]);
    expect(guesses("who was behind the attacks, was it the us?")).toEqual(["was it the us?"]);
    expect(guesses("how big was the codellama they compared against? 34b?")).toEqual(["34b?"]);
    // A name alone says what is asked of; "is it a moe too" asks on.
    expect(guesses("when did it come out, v3?", (c) => c.includes("v3"))).toEqual([]);
    expect(guesses("whats the decoder in ocr, is it a moe too")).toEqual([]);
    // A product's name is no value ("a100"); full-width marks end clauses too.
    expect(guesses("how many did high-flyer stockpile? a100?")).toEqual([]);
    expect(guesses("how many gpus did fire flyer 2 have？5000？")).toEqual(["5000"]);
    // "Or smth" says it is a guess, whatever the word ("cs" reads as a name the documents lack).
    expect(guesses("what did he major in? cs or smth?", (c) => c.includes("cs"))).toEqual([
      "cs or smth?",
    ]);
  });

  it("does weigh words only the scene says below the asking clause's own", () => {
    const question = "my portfolio is still recovering, how hard did nvidia stock drop";
    const parsed = parseQuestion(knowledge.index, lexicon, question);
    const weight = (surface: string) => parsed.concepts.find((c) => c.surface === surface)?.weight;
    const alone = parseQuestion(knowledge.index, lexicon, "my portfolio is still recovering");
    expect(weight("portfolio")).toBeLessThan(
      alone.concepts.find((c) => c.surface === "portfolio")?.weight ?? 0,
    );
  });
});

describe("a remark about the asker after the question", () => {
  const remarks = (text: string) =>
    clausesAroundAsking(
      text,
      () => false,
      () => false,
    ).remarks.map((c) => text.slice(c.start, c.end));

  it("does find a clause about the asker after the one that asks", () => {
    expect(remarks("when did the math model come out, i keep seeing diff dates")).toEqual([
      "i keep seeing diff dates",
    ]);
  });

  it("does find none when the later clause says what is asked or asks again", () => {
    // "like total params" narrows what is asked; "and who founded it" is a second question.
    expect(remarks("how big is v2 tho, like total params")).toEqual([]);
    expect(remarks("when was it founded, and who founded it")).toEqual([]);
    expect(remarks("i think it was 2023, but when was it founded")).toEqual([]);
  });

  it("does find a clause after the question mark when the documents have none of its words", () => {
    const known = new Set(["input", "output", "price", "germany"]);
    const saysNothingKnown = (clause: string) => !clause.split(" ").some((w) => known.has(w));
    const asides = (text: string) =>
      clausesAroundAsking(text, () => false, saysNothingKnown).remarks.map((c) =>
        text.slice(c.start, c.end),
      );
    expect(asides("why did vcs pass on it? seems so dumb in hindsight lol")).toEqual([
      "seems so dumb in hindsight lol",
    ]);
    // "input vs output" narrows what is asked; before the mark, a clause is still the question's.
    expect(asides("api price? input vs output")).toEqual([]);
    expect(asides("why did vcs pass on it, seems dumb, any idea?")).toEqual([]);
    // A clause the caller does not take for an aside (it names a place) is still the question's.
    expect(asides("how many gpus did it have? germany only")).toEqual([]);
  });
});

describe("a safe bold answer", () => {
  it("does not bold a date that belongs to another subject of the sentence", () => {
    // "a research company founded in 2023 by Liang Wenfeng" is the lab's founding, not the fund's.
    expect(["2015", "February 2016"]).toContain(
      ask(knowledge, "when was high-flyer founded").answer,
    );
    expect(ask(knowledge, "when was the lab founded").answer).toBe("2023");
  });

  it("does not answer who with the person the question names", () => {
    const result = ask(knowledge, "who did liang wenfeng found the lab with");
    expect(result.answer).not.toBe("Liang Wenfeng");
  });
});
