import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { askedCurrencies } from "../../src/engine/currencies.js";
import { parseQuestion } from "../../src/engine/question.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";

const knowledge = loadKnowledge();
const parse = (q: string) => parseQuestion(knowledge.index, knowledge.lexicon, q);

describe("a sum asked in a currency", () => {
  it("does not answer in bold with a sum in another currency", () => {
    // "1 yuan per million input tokens"; "5.5 million US dollars"; "a 1 billion yuan budget".
    expect(ask(knowledge, "how many dollars per million tokens").answer).toBeNull();
    expect(ask(knowledge, "API多少美元每百万token").answer).toBeNull();
    expect(ask(knowledge, "how much did v3 cost to train in yuan").answer).toBeNull();
    // 人民币 is yuan; euros are a currency of their own.
    expect(ask(knowledge, "V3训练花了多少人民币").answer).toBeNull();
    expect(ask(knowledge, "how much did v3 cost in euros").answer).toBeNull();
  });

  it("does abstain with the sum the documents give when it is in another currency than asked", () => {
    // "Construction of Fire-Flyer 2 … began in 2021 with a 1 billion yuan budget".
    const result = ask(knowledge, "how much did fire-flyer 2 cost in dollars");
    expect(result.answered).toBe(false);
    expect(result.otherCurrency?.text).toBe("1 billion yuan");
    expect(result.otherCurrency?.quote).toContain(result.otherCurrency?.text);
  });

  it("does not answer in bold with a sum whose sentence names no currency at all", () => {
    // "…the asset management scale of Quant Fantasy had exceeded 100 billion": in what, unsaid.
    expect(ask(knowledge, "幻方的管理规模换成美元是多少").answer).toBeNull();
    expect(ask(knowledge, "how many dollars was quant fantasy managing by 2021").answer).toBeNull();
    // Nor does that say it is in another currency: it says none.
    expect(ask(knowledge, "幻方的管理规模换成美元是多少").otherCurrency).toBeUndefined();
    // Asked in no currency, the sum answers.
    expect(ask(knowledge, "how much was quant fantasy managing by 2021").answer).toBe(
      "100 billion",
    );
  });

  it("does abstain, with what they give, when the catalog's or a passage's sum is in another currency", () => {
    // Asked "in dollars" with no verb of money: the currency is what is asked in.
    const result = ask(knowledge, "how much was fire flyer 2 in dollars");
    expect(result.answered).toBe(false);
    expect(result.otherCurrency?.text).toBe("1 billion yuan");
    expect(ask(knowledge, "how much is the api in usd per million tokens").answer).toBeNull();
    // An amount that is no sum ("18%") is not said to be in another currency.
    expect(
      ask(knowledge, "What percentage did Nvidia drop in yuan?").otherCurrency,
    ).toBeUndefined();
  });

  it("does not read a currency the question names in passing as the measure it asks", () => {
    // Dollars are the premise; parameters are asked: "671 billion total parameters".
    expect(
      ask(
        knowledge,
        "deepseek trained v3 for 5.5 million dollars, how many total parameters does it have",
      ).answer,
    ).toBe("671 billion");
    expect([
      ...askedCurrencies(knowledge.measures, parse("v3 cost 6m dollars, how many params")),
    ]).toEqual([]);
    expect(
      askedCurrencies(knowledge.measures, parse("how much was fire flyer 2 in dollars")).size,
    ).toBe(1);
  });

  it("does answer with a sum in the currency asked, or when only a sign asks for money", () => {
    expect(ask(knowledge, "how much did v3 cost to train in dollars").answer).toBe(
      "5.5 million US dollars",
    );
    expect(ask(knowledge, "V3训练花了多少美元").answer).toBe("5.5 million US dollars");
    // "How much $" is money at all, not dollars.
    expect(ask(knowledge, "how much $ did they budget for fire flyer 2").answer).toBe(
      "1 billion yuan",
    );
  });
});
