import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { eventOfAnother, ownsSpan } from "../../src/engine/ownership.js";
import { parseQuestion } from "../../src/engine/question.js";
import { subjectsOf } from "../../src/engine/subjects.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";

const knowledge = loadKnowledge();
const { index } = knowledge;

/** The sentence as the ranking sees it: its terms and the concepts it names, with offsets. */
function context(text: string) {
  return {
    sentence: { text, start: 0, end: text.length },
    terms: new Set(index.analyze(text)),
    concepts: index.concepts(text),
  };
}

describe("eventOfAnother", () => {
  const question = parseQuestion(index, knowledge.lexicon, "when was high-flyer founded");
  const subjects = subjectsOf(index, question);

  it("does see an event named as another thing's when its of names something else", () => {
    const lab = context(
      "On April 14, 2023, High-Flyer announced the establishment of an artificial general intelligence (AGI) research lab.",
    );
    expect(eventOfAnother(index, subjects, lab, ["§found"])).toBe(true);
  });

  it("does not when the event is the subject's own or has no of", () => {
    const own = context("The establishment of Quant Fantasy is not long, starting in 2015.");
    expect(eventOfAnother(index, subjects, own, ["§found"])).toBe(false);
    const plain = context("High-Flyer, a hedge fund co-founded in February 2016 by Liang Wenfeng.");
    expect(eventOfAnother(index, subjects, plain, ["§found"])).toBe(false);
  });
});

describe("ranking by whose answer a sentence holds", () => {
  it("does rank the fund's own founding first, not another thing's founding or a founder's talk", () => {
    for (const question of ["When was High-Flyer founded?", "幻方是什么时候成立的"]) {
      const result = ask(knowledge, question);
      expect(result.answer, question).toBe("February 2016");
      expect(result.passages[0]?.highlight?.text, question).toContain(
        "co-founded in February 2016",
      );
    }
    // Asked the day, which the documents do not give: no other day of the founder's instead.
    for (const question of ["which day was high-flyer founded", "幻方是哪天成立的"]) {
      expect(ask(knowledge, question).answered, question).toBe(false);
    }
  });

  it("does give a date to the thing whose event the sentence names with of", () => {
    // "On December 10, 2024, the DeepSeek V2 series ushered in its finale with the release of
    // the final fine-tuned version of DeepSeek-V2.5-1210": V2 stands nearer the date.
    const q = "When was the final fine-tuned version DeepSeek-V2.5-1210 released?";
    expect(ask(knowledge, q).answer).toBe("December 10, 2024");
    expect(ask(knowledge, "when did v2 come out").answer).toBe("May 2024");
  });

  it("does give a date or amount to the name before it over one farther after it", () => {
    // "…in V3 consists of:" then "256 routed experts per layer (increased from 160 in V2)".
    const ownerAfter = ask(knowledge, "how many routed experts per layer did v2 have");
    expect(ownerAfter.answer).toBe("160");
  });
});

describe("ownsSpan with a title", () => {
  const sentence =
    "Microsoft CEO Satya Nadella and OpenAI CEO Sam Altman also praised DeepSeek, calling its technology “very impressive.”";
  const nadella = { text: "Satya Nadella", start: 14, end: 27 };
  const owns = (q: string) => {
    const question = parseQuestion(index, knowledge.lexicon, q);
    const subjects = subjectsOf(index, question);
    return ownsSpan(index, subjects, context(sentence), nadella, question.concepts);
  };

  it("does not give a name to the subject when the title asked for is another's", () => {
    expect(sentence.slice(nadella.start, nadella.end)).toBe(nadella.text);
    expect(owns("who is the ceo of deepseek")).toBe(false);
    expect(ask(knowledge, "whos deepseeks ceo").answer).toBeNull();
  });

  it("does give it when the question asks no title", () => {
    expect(owns("who praised deepseek")).toBe(true);
  });

  it("does give the title to the holder the question names, asked or implied", () => {
    expect(owns("who is the ceo of openai")).toBe(false);
    expect(ask(knowledge, "whos openais ceo").answer).toBe("Sam Altman");
    // "runs" is no title, but OpenAI is named and holds another of the sentence's titles.
    expect(ask(knowledge, "who runs openai, the guy who said deepseek was impressive").answer).toBe(
      "Sam Altman",
    );
    expect(owns("who is microsoft's ceo")).toBe(true);
    // 微软 reaches Microsoft through its gloss.
    expect(ask(knowledge, "微软CEO是谁").answer).toBe("Satya Nadella");
  });
});

describe("ownsSpan in a parenthesis", () => {
  it("does keep a mode's figure from a mode whose name it only begins", () => {
    // "…plus tiled Gundam (n×100 + 256 tokens) and Gundam-M modes": nothing is Gundam-M's.
    for (const question of [
      "how many vision tokens does gundam-m mode use",
      "OCR的Gundam-M模式要用多少个视觉token",
    ]) {
      expect(ask(knowledge, question).answer, question).toBeNull();
    }
    // "Base (256, 1024²)": a token budget is no sum of money.
    expect(ask(knowledge, "what is the token budget for base mode").answered).toBe(true);
    // "Gundam (<~800 tokens)" is Gundam's, though the name is an alias: GOT-OCR's 256 is not.
    expect(ask(knowledge, "how many tokens does gundam mode use in deepseek ocr").answer).toBe(
      "<~800 tokens",
    );
  });

  it("does give a figure in parentheses to the name before them, when the question names another", () => {
    // "Small (100 tokens) outperforms GOT-OCR 2.0 (256 tokens), and Gundam (<~800 tokens)
    // surpasses MinerU-2.0 (~6,790 tokens)".
    expect(ask(knowledge, "how many tokens does mineru use").answer).toBe("~6,790 tokens");
    // "Tiny (64 tokens, 512²), Small (100, 640²), Base (256, 1024²)…": not Tiny's, nor a list.
    expect(ask(knowledge, "how many tokens does the small mode use").answer).toBe("100");
    expect(ask(knowledge, "how many tokens does base mode use").answer).toBe("256");
    expect(ask(knowledge, "how many tokens does tiny mode use").answer).toBe("64 tokens");
  });
});

describe("the first time asked", () => {
  const parse = (q: string) => parseQuestion(index, knowledge.lexicon, q);

  it("does read 'first' and 第一次 as asking the first time, not 'which came first'", () => {
    expect(parse("what year did deepseek first go to nvidia gtc").asksFirst).toBe(true);
    expect(parse("DeepSeek 第一次参加英伟达 GTC 是哪一年？").asksFirst).toBe(true);
    expect(parse("which came first, r1 or v3").asksFirst).toBe(false);
    expect(parse("did v3 come out first or r1").asksFirst).toBe(false);
    expect(parse("what year did deepseek go to nvidia gtc").asksFirst).toBe(false);
    expect(parse("which was released first: v2 or v2.5").asksFirst).toBe(false);
    expect(parse("first of all, when did r1 come out").asksFirst).toBe(false);
  });

  it("does not answer the first time with a sentence that tells of a repeat", () => {
    // "was once again invited to participate in the NVIDIA GTC 2024 conference"
    expect(ask(knowledge, "what year did deepseek go to nvidia gtc").answer).toBe("2024");
    expect(ask(knowledge, "what year did deepseek first go to nvidia gtc").answer).toBeNull();
    expect(ask(knowledge, "DeepSeek 第一次参加英伟达 GTC 是哪一年？").answer).toBeNull();
    // "DeepSeek once again made a big push, releasing the DeepSeek Coder V2": the push repeats.
    expect(ask(knowledge, "when was coder v2 first open sourced").answer).toBe("June 17, 2024");
  });
});

describe("an event the passage tells only of another thing", () => {
  it("does abstain when the asked event is said only of a sibling in the best passage", () => {
    // "Fire-Flyer 1 (萤火一号): Built 2019, retired after 1.5 years." beside Fire-Flyer 2's line.
    expect(ask(knowledge, "when did fire flyer 2 get retired").answered).toBe(false);
    expect(ask(knowledge, "萤火二号什么时候退役的").answered).toBe(false);
    // Fire-Flyer 2's own event is still dated.
    expect(ask(knowledge, "when did fire flyer 2 get built").answer).toBe("2021");
    // Only the question's own word counts: Fire-Flyer 2's "Construction … began" is no "start".
    expect(ask(knowledge, "when did fire flyer 1 start running").answered).toBe(true);
  });
});

describe("a value the passage tells of without giving", () => {
  it("does abstain when the price asked is told of beside another sum", () => {
    // "The pricing of API services was adjusted, but … a 45-day preferential trial period was
    // set" beside "the estimated training cost was only 5.5 million US dollars".
    expect(ask(knowledge, "how much does the v3 api cost per million tokens").answered).toBe(false);
    expect(ask(knowledge, "V3 发布后 API 调价了，新价格是多少钱？").answered).toBe(false);
    expect(ask(knowledge, "what did v3 cost to train").answer).toBe("5.5 million US dollars");
  });

  it("does answer when the value's own clause tells of no other event", () => {
    // "The price for 128K context remained unchanged" gives no value, but the next sentence's
    // "keeping the price unchanged (1 yuan per million input tokens…)" is the price asked.
    const result = ask(knowledge, "how much was the api price for 128k context");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("1 yuan per million input tokens");
  });
});

describe("the value before a change", () => {
  const parse = (q: string) => parseQuestion(index, knowledge.lexicon, q);

  it("does read 'before they switched to' and 改成…之前 as asking the value before", () => {
    expect(parse("what license were the models under b4 they switched to mit").asksPrevious).toBe(
      true,
    );
    expect(parse("改成 MIT 之前用的是什么开源协议").asksPrevious).toBe(true);
    expect(parse("what license did r1 switch to").asksPrevious).toBe(false);
  });

  it("does abstain unless the best sentence tells what it changed from", () => {
    // "the model open source license would be changed to the MIT license": no licence before.
    expect(
      ask(knowledge, "what license were the models under b4 they switched to mit").answered,
    ).toBe(false);
    // "increased the context length from the previous 32k to 128k"
    const context = ask(knowledge, "what was the api context length b4 they bumped it to 128k");
    expect(context.passages[0]?.highlight?.text).toContain("from the previous 32k");
  });

  it("does not bold an amount asked before a change from a sentence that says no earlier", () => {
    // "Previously, API prices were only ¥1 per million tokens. Now, however, once a cache hit is
    // made, the API fee drops directly to ¥0.1.": ¥0.1 is the price after the cut.
    expect(ask(knowledge, "how much was the api before the cache price drop").answer).toBeNull();
    // A change verb in the past tense is one too; so is "before they increased it to 256".
    expect(ask(knowledge, "what was the api price before they slashed it").answer).toBeNull();
    expect(
      ask(knowledge, "how many experts per layer before they increased it to 256").answer,
    ).toBeNull();
    // Before a year too: "2024年之前API价格" is not "¥0.1" (the August 2024 cache price), and
    // "V3之前" is no year though a digit ends it.
    expect(ask(knowledge, "2024年之前API价格是多少").answer).toBeNull();
    expect(ask(knowledge, "V3之前每层有多少个路由专家").answer).toBeNull();
    // In Chinese, 之前 says it: 降价之前API多少钱 (before the price cut).
    expect(ask(knowledge, "降价之前API多少钱").answer).toBeNull();
    // A question that is not about an amount keeps its answer: "what model came out before".
    expect(ask(knowledge, "what model came out right before r1 dropped").answered).toBe(true);
    // Asked after it, ¥0.1 answers.
    expect(ask(knowledge, "how much is the api after a cache hit").answer).toBe("¥0.1");
  });

  it("does not ask it of a date or an amount, whose spans say for themselves", () => {
    expect(ask(knowledge, "萤火一号升级到萤火二号之前有多少块GPU").answered).toBe(true);
    expect(
      ask(knowledge, "when was fire-flyer 1 built before they moved to fire-flyer 2").answered,
    ).toBe(true);
  });
});

describe("a rate per another thing", () => {
  it("does not answer a rate per token with a rate per layer", () => {
    // "256 routed experts per layer (increased from 160 in V2)"
    const q = "how many routed experts does v3 actually activate per token";
    expect(ask(knowledge, q).answer).toBeNull();
    // "37 billion activated parameters per forward pass": per token (measures.json ratesPer).
    expect(ask(knowledge, "v3 activates how many params per token").answer).toBe("37 billion");
    expect(ask(knowledge, "how many routed experts per layer does v3 have").answer).toContain(
      "256",
    );
  });

  it("does not answer how many per a thing with a count of that thing", () => {
    // "5,000 PCIe A100 GPUs across 625 nodes": no number of GPUs per node.
    expect(ask(knowledge, "how many gpus per node in fire-flyer 2").answer).toBeNull();
    expect(ask(knowledge, "how many nodes does fire flyer 2 have").answer).toBe("625 nodes");
  });

  it("does not answer a rate with a total over what the rate is per", () => {
    // "5,000 PCIe A100 GPUs across 625 nodes": totals, no number of GPUs in each node.
    expect(ask(knowledge, "how many gpus are in each node of fire-flyer 2").answer).toBeNull();
    expect(ask(knowledge, "萤火二号每个节点有几块GPU").answer).toBeNull();
    // "Tiny (64 tokens)" counts no pages: a sentence stating no rate may still answer one, when
    // it names what the rate is per ("…modes for ultra-high-res pages").
    expect(ask(knowledge, "how many vision tokens per page in tiny mode").answer).toBe("64 tokens");
    // "Fire-Flyer (萤火一号), at a cost of 200 million yuan, equipped with 1,100 GPUs": no node.
    expect(ask(knowledge, "How many GPUs per node did Fire-Flyer 1 have?").answer).toBeNull();
  });

  it("does read a rate written with a slash as a rate", () => {
    // "1 yuan/million inputs and 2 yuan/million outputs": per million tokens, not per token.
    expect(
      ask(knowledge, "What is the output price per token of DeepSeek Coder V2?").answer,
    ).toBeNull();
    expect(
      ask(knowledge, "What is the output price per million tokens of DeepSeek Coder V2?").answer,
    ).toBe("2 yuan");
  });

  it("does show, not bold, a rate of the same thing at another scale", () => {
    // "…1 yuan per million input tokens and 2 yuan per million output tokens", asked per token.
    const q = "how much did the api cost per token when paid service launched";
    const result = ask(knowledge, q);
    expect(result.answered).toBe(true);
    expect(result.answer).toBeNull();
  });
});

describe("an amount asked of a year", () => {
  it("does not answer in bold with an amount its own part dates to another year", () => {
    // "Construction of Fire-Flyer 2 began in 2021 with a 1 billion yuan budget, incorporating
    // 5,000 PCIe A100 GPUs across 625 nodes by 2022."
    expect(ask(knowledge, "how many gpus did fire flyer 2 have in 2021").answer).toBeNull();
    expect(ask(knowledge, "萤火二号2021年有多少块GPU").answer).toBeNull();
    expect(ask(knowledge, "how many gpus did fire flyer 2 have by 2022").answer).toBe("5,000");
    // "By 2022" holds for every later year.
    expect(ask(knowledge, "how many gpus did fire flyer 2 have by 2023").answer).toBe("5,000");
    expect(ask(knowledge, "how much was the fire flyer 2 budget in 2021").answer).toBe(
      "1 billion yuan",
    );
  });
});

describe("a rate asked in Chinese (每)", () => {
  it("does read what a rate is per after 每, a measure word and a scale", () => {
    const per = (q: string) =>
      parseQuestion(knowledge.index, knowledge.lexicon, q).per.map((p) => [p.scale, ...p.words]);
    expect(per("DeepSeek API每个token多少钱")).toEqual([["", "token"]]);
    expect(per("API每百万输入token多少钱")).toEqual([["m", "输入", "token"]]);
    expect(per("萤火二号每个节点有几张卡")).toEqual([["", "节点有几张卡"]]);
  });

  it("does not answer per token with a price per million tokens, nor per node with the nodes", () => {
    // "1 yuan per million input tokens…"; "5,000 PCIe A100 GPUs across 625 nodes".
    expect(ask(knowledge, "DeepSeek API每个token多少钱").answer).toBeNull();
    expect(ask(knowledge, "萤火二号每个节点有几张卡").answer).toBeNull();
    expect(ask(knowledge, "API每百万输入token多少钱").answer).toBe("1 yuan");
    expect(ask(knowledge, "V3每层有多少个路由专家").answer).toContain("256");
  });
});

describe("a count of the top only", () => {
  it("does answer how many of the top teams, not how many teams in all", () => {
    // "The winning Top 4 teams all chose DeepSeekMath-7B…"
    expect(ask(knowledge, "how many of the top aimo teams built on deepseekmath").answer).toBe(
      "Top 4",
    );
    // Shown without bold when the question asks no top: the passage still tells what is known.
    const total = ask(knowledge, "how many teams chose deepseekmath-7b");
    expect(total.answer).toBeNull();
    expect(total.passages[0]?.text).toContain("Top 4");
  });
});
