import { describe, expect, it } from "vitest";
import { answerTypeOf } from "../../src/engine/understand/answer-type.js";

describe("answerTypeOf", () => {
  it("does take the type whose cue comes first", () => {
    expect(answerTypeOf("when did r1 come out")).toBe("date");
    expect(answerTypeOf("how much was lost when the stock fell")).toBe("quantity");
    expect(answerTypeOf("who founded it")).toBe("person");
  });

  it("does ask for an amount when how hard or how badly opens the question", () => {
    expect(answerTypeOf("how hard did nvidia stock tank when deepseek blew up")).toBe("quantity");
    expect(answerTypeOf("how badly did the market react when r1 came out")).toBe("quantity");
  });

  it("does ask for a date when the question names a date", () => {
    expect(answerTypeOf("deepseekmath relese date?")).toBe("date");
    expect(answerTypeOf("r1 release date")).toBe("date");
    expect(answerTypeOf("what is MLA")).not.toBe("date");
  });

  it("does ask for a thing, not a date, when the question opens by asking which thing", () => {
    expect(answerTypeOf("which models did v2 beat on the arena when it hit #1")).toBe("open");
    expect(answerTypeOf("what company owns it, and when was it founded")).toBe("open");
  });

  it("does read a when inside a what question's clause as joining clauses, not asking a date", () => {
    expect(answerTypeOf("what does deepseek look for when they hire people")).toBe("open");
    expect(answerTypeOf("why did the app stop signups when it went viral")).toBe("open");
    // After a clause break, "when" asks again; a named date is still asked for.
    expect(answerTypeOf("what is r1, when did it come out")).toBe("date");
    expect(answerTypeOf("what was the release date")).toBe("date");
    // A what-clause that names a day or month asks for it, when or not.
    expect(answerTypeOf("what was the day when r1 launched")).toBe("date");
  });

  it("does read a when as joining clauses when a preposition leads the question word", () => {
    const question = "From what kind of models did High-Flyer transition when it moved to GPUs?";
    expect(answerTypeOf(question)).toBe("open");
    expect(answerTypeOf("in which year did they move to gpus when trading")).toBe("date");
    // "At what point" asks when, as "in which year" does.
    expect(
      answerTypeOf("At what point did High-Flyer move to GPUs when it adopted deep learning?"),
    ).toBe("date");
  });

  it("does ask for an amount when the question asks what a thing cost, not about the cost", () => {
    expect(answerTypeOf("what did v3 cost")).toBe("quantity");
    expect(answerTypeOf("what did it cost to train deepseek v3")).toBe("quantity");
    expect(answerTypeOf("what did the price war do to the cost")).not.toBe("quantity");
    expect(answerTypeOf("what did liang say about the cost?")).not.toBe("quantity");
    expect(answerTypeOf("what would it cost to run v3")).not.toBe("quantity");
  });

  it("does ask for an amount when the question asks what a number is, a word before it", () => {
    expect(answerTypeOf("what is the magic number of a100s you need")).toBe("quantity");
    expect(answerTypeOf("What is the total number of employees at DeepSeek?")).toBe("quantity");
    // A number that names ("the model number", "the registration number") is no amount.
    expect(answerTypeOf("what is the model number of the gpus they used")).not.toBe("quantity");
    expect(answerTypeOf("what is the registration number of deepseek")).not.toBe("quantity");
    expect(answerTypeOf("what is v3's parameter number")).toBe("quantity");
  });

  it("does ask for an amount when a score follows a name or a word of what is scored", () => {
    // Chat drops the possessive's apostrophe ("whats v2s elo score"): v2, not "v2's".
    expect(answerTypeOf("what is v2 elo score on chatbot arena")).toBe("quantity");
    expect(answerTypeOf("what elo score did v2 get on chatbot arena")).toBe("quantity");
    expect(answerTypeOf("what is deepseek price war about")).not.toBe("quantity");
    // "Share" the verb: a word before it does not make it a share asked.
    expect(answerTypeOf("what models share the moe architecture")).not.toBe("quantity");
  });

  it("does ask for an amount when the question asks what fraction", () => {
    expect(answerTypeOf("what fraction of gpt-4 turbo's price was it")).toBe("quantity");
  });

  it("does ask for an amount when a measure follows what was the and a word or two", () => {
    expect(answerTypeOf("What was the API price of DeepSeek-V3 during the trial?")).toBe(
      "quantity",
    );
    expect(answerTypeOf("what score did deepseekmath get on math")).toBe("quantity");
    expect(answerTypeOf("What was the model whose price was 1 yuan per million tokens?")).not.toBe(
      "quantity",
    );
    expect(answerTypeOf("What is the reason the price dropped?")).not.toBe("quantity");
  });

  it("does ask for an amount when a share is asked with a percentage sign", () => {
    expect(answerTypeOf("what % did nvidia lose")).toBe("quantity");
    expect(answerTypeOf("what percent of users preferred it")).toBe("quantity");
    // A score asked with its verb may be answered in words ("better on nearly 20 lists").
    expect(answerTypeOf("what did r1 score on aime")).not.toBe("quantity");
  });

  it("does read a when that opens a scene before another question word as no date question", () => {
    expect(answerTypeOf("when ocr parses a chart what format does the output come in")).toBe(
      "open",
    );
    expect(answerTypeOf("when they started charging how cheap was it")).toBe("quantity");
    expect(answerTypeOf("when did r1 come out and how big is it")).toBe("date");
    expect(answerTypeOf("when r1 release what date")).toBe("date");
    // After a comma or "back", it still sets the scene; a when asking with its auxiliary asks.
    expect(answerTypeOf("im curious, back when they started charging, what did it cost?")).toBe(
      "quantity",
    );
    expect(answerTypeOf("ok so, when they started charging how cheap was it")).toBe("quantity");
    expect(answerTypeOf("so, when did they start charging and how cheap was it")).toBe("date");
  });

  it("does read a when after a named topic, opening a clause with its subject, as no date question", () => {
    expect(answerTypeOf("api pricing when it went paid in march 2024?")).not.toBe("date");
    expect(answerTypeOf("v3 context length when the paper came out")).not.toBe("date");
    // A when that asks: at the end, with an auxiliary, or said twice ("…, wen exactly").
    expect(answerTypeOf("r1 dropped when")).toBe("date");
    expect(answerTypeOf("deepseek founded when exactly")).toBe("date");
    expect(answerTypeOf("so when did it go paid")).toBe("date");
    expect(answerTypeOf("v3 dropped when it was christmas? when exactly")).toBe("date");
  });

  it("does still ask for an amount a question asks for after which thing", () => {
    expect(answerTypeOf("what cluster did it build in 2019 with how many GPUs")).toBe("quantity");
  });

  it("does keep a which or what that asks for a time or an amount", () => {
    expect(answerTypeOf("what year did the fund start")).toBe("date");
    expect(answerTypeOf("which month was v3 released")).toBe("date");
    expect(answerTypeOf("what price did the api launch at")).toBe("quantity");
    expect(answerTypeOf("what is MLA")).toBe("definition");
  });
});
