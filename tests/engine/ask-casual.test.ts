import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { titleWithoutName } from "../../src/engine/ownership.js";
import { parseQuestion } from "../../src/engine/question.js";
import { subjectsOf } from "../../src/engine/subjects.js";
import { statesValue } from "../../src/engine/typed-spans.js";
import { unknownModelName } from "../../src/engine/understand/models.js";
import { splitQuestion } from "../../src/engine/understand/split.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";

const knowledge = loadKnowledge();
const parse = (question: string) => parseQuestion(knowledge.index, knowledge.lexicon, question);

describe("a version typed alone", () => {
  const units = new Set(["years", "million"]);
  const read = (q: string) => parseQuestion(knowledge.index, knowledge.lexicon, q, units);

  it("does read a decimal standing alone as the V model the alias table names", () => {
    expect(read("when did 2.5 come out").normalized).toBe("when did V2.5 come out");
    expect(read("2.5什么时候发布的").normalized).toBe("V2.5什么时候发布的");
    expect(read("deepseek 2.5 release").normalized).toBe("deepseek V2.5 release");
    expect(ask(knowledge, "when did 2.5 come out").answer).toBe("September 6, 2024");
  });

  it("does leave a decimal alone when a unit follows it or another name comes before it", () => {
    expect(read("did fire flyer 1 retire after 1.5 years").normalized).toContain(" 1.5 years");
    expect(read("was it 2.5 million").normalized).toContain(" 2.5 million");
    expect(read("price of 2.5 per million").normalized).toContain(" 2.5 per");
    expect(read("gpt 3.5 context").normalized).not.toContain("V3.5");
    expect(read("when was qwen 2.5 released").normalized).toContain("qwen 2.5");
    expect(ask(knowledge, "when was qwen 2.5 released").answer).not.toBe("September 6, 2024");
    // No V1.5 of its own: "Prover-V1.5" is the only one.
    expect(read("when did 1.5 come out").normalized).toContain(" 1.5 ");
    // Without the units, any word after it may be one.
    expect(parse("was it 2.5 million").normalized).toContain(" 2.5 million");
  });
});

describe("models the documents do not name", () => {
  it("does abstain and name the closest models when a known name gets an unknown version", () => {
    const result = ask(knowledge, "when did deepseek coder v3 come out");
    expect(result).toMatchObject({ answered: false, answer: null, reason: "unknown-model" });
    expect(result.unknownModel?.name).toBe("deepseek coder v3");
    expect(result.unknownModel?.closest).toContain("DeepSeek Coder");
  });

  it("does read version 1 as the first model, which the documents name without a version", () => {
    // "DeepSeek Coder, a large model of open source code… 1B, 7B, and 33B"; Coder V2 came later.
    expect(ask(knowledge, "how big was coder v1").answer).toBe("1B, 7B, and 33B");
    expect(ask(knowledge, "when did prover v1 come out").reason).toBe("unknown-model");
  });

  it("does abstain when a versioned name of a known family is not in the documents", () => {
    for (const question of [
      "wen did vl3 come out",
      "is r2 out yet",
      "When will DeepSeek-V4 ship?",
    ]) {
      expect(ask(knowledge, question).reason, question).toBe("unknown-model");
    }
  });

  it("does abstain when a named system gets a number the documents never give it", () => {
    // Fire-Flyer 1 and 2 are High-Flyer's clusters; there is no Fire-Flyer 3.
    const result = ask(knowledge, "how many gpus are in fire flyer 3");
    expect(result).toMatchObject({ answered: false, reason: "unknown-model" });
    expect(result.unknownModel?.name).toBe("fire flyer 3");
    expect(ask(knowledge, "how many gpus in fire flyer 2").answered).toBe(true);
    // A unit after the number makes it an amount: 1.5 years, no Fire-Flyer 1.5.
    expect(ask(knowledge, "fire flyer 1 retired after 1.5 years?").reason).not.toBe(
      "unknown-model",
    );
  });

  it("does not join names across a comma, nor read another name's tail as ours", () => {
    // "not v3, v2" lists two known models; "GOT-OCR 2.0" is not DeepSeek-OCR 2.0.
    const listed = ask(knowledge, "how many routed experts per layer did v2 have? not v3, v2");
    expect(listed.reason).not.toBe("unknown-model");
    expect(listed.answer).toBe("160");
    expect(ask(knowledge, "跟OCR比的那个GOT-OCR 2.0用了多少token").answer).toBe("256 tokens");
    expect(ask(knowledge, "wen did deepseek-coder-v3 drop").reason).toBe("unknown-model");
  });

  it("does abstain when a benchmark the documents lack is typed in lower case", () => {
    for (const question of ["whats v3s mmlu score", "what did r1 score on aime 2024"]) {
      const parsed = parse(question);
      expect(
        parsed.concepts.some((c) => c.kind === "unknown-name"),
        question,
      ).toBe(true);
      expect(ask(knowledge, question).answered, question).toBe(false);
    }
    // One the documents have is answered.
    expect(ask(knowledge, "how did the og coder do vs codellama on humaneval").answered).toBe(true);
  });

  it("does read a bare number after a model's name as its version", () => {
    expect(ask(knowledge, "janus 2 release date?").reason).toBe("unknown-model");
    // Coder V2 exists, so "coder 2" is it; a unit makes the number an amount.
    expect(unknownModelName(knowledge.index, "how big is coder 2")).toBeNull();
    expect(ask(knowledge, "how big is coder 2").answered).toBe(true);
    expect(ask(knowledge, "what did r1 do 2 months later").reason).not.toBe("unknown-model");
  });

  it("does read a Chinese numbered name of a known family with another numeral as unknown", () => {
    // 萤火一号 and 萤火二号 are Fire-Flyer 1 and 2; the documents name no third.
    expect(ask(knowledge, "萤火三号什么时候建成")).toMatchObject({
      answered: false,
      reason: "unknown-model",
      unknownModel: { name: "萤火三号" },
    });
    expect(unknownModelName(knowledge.index, "萤火二号有多少张A100")).toBeNull();
    // A numeral in digits is the same numeral: 萤火2号 is 萤火二号, 萤火3号 is unknown.
    expect(unknownModelName(knowledge.index, "萤火2号有多少张A100")).toBeNull();
    expect(unknownModelName(knowledge.index, "萤火3号什么时候建成")).toBe("萤火3号");
  });

  it("does read a model named without its maker and with a new version as unknown", () => {
    // "math" is DeepSeek Math's name without "DeepSeek"; the documents name no Math V2.
    expect(ask(knowledge, "wen did math v2 come out")).toMatchObject({
      answered: false,
      reason: "unknown-model",
      unknownModel: { name: "math v2", closest: ["DeepSeekMath", "DeepSeek-V2"] },
    });
    // Compared with another model, it is still the model asked about.
    expect(unknownModelName(knowledge.index, "is math v2 better than v3")).toBe("math v2");
    expect(unknownModelName(knowledge.index, "math v2 vs v3")).toBe("math v2");
    // The common word alone, before no version, apart from it, or after another model the
    // question is about, is no model name: those ask about V3, R1 and V2.
    expect(unknownModelName(knowledge.index, "how good is v3 at math")).toBeNull();
    expect(unknownModelName(knowledge.index, "is v2 good at math 500")).toBeNull();
    expect(unknownModelName(knowledge.index, "which is better at math, v3 or r1?")).toBeNull();
    expect(unknownModelName(knowledge.index, "is v3 good at math v2 problems")).toBeNull();
  });

  it("does abstain on every part of a two-part question that names an unknown model", () => {
    const result = ask(knowledge, "is there an ocr 2 yet and whats better about it");
    expect(result).toMatchObject({ answered: false, reason: "unknown-model" });
  });

  it("does not flag names the documents have, however they are typed", () => {
    for (const question of [
      "how big is coder v2",
      "wen did r1 lite drop",
      "what is v2.5",
      "v3s price",
      "wen did prover 1.5 come out",
    ]) {
      expect(unknownModelName(knowledge.index, question), question).toBeNull();
    }
  });
});

describe("paraphrases as sure as the word", () => {
  it("does count a hand-kept paraphrase as the question's own word", () => {
    // "hiring" → recruitment: the passage says neither "hiring" nor "job posts".
    const result = ask(
      knowledge,
      "when did deepseek start hiring, like their first big round of job posts",
    );
    expect(result.answer).toBe("November 5, 2023");
  });

  it("does read 'ds' as DeepSeek, but not the DS of DS-1000", () => {
    expect(parse("what nickname did ds get for the crazy low prices").normalized).toContain(
      "did deepseek get",
    );
    expect(ask(knowledge, "what nickname did ds get for the crazy low prices").answer).toBe(
      "price butcher",
    );
    // joinVersions reads "ds-1000" as the one word "ds1000", the documents' DS-1000.
    expect(parse("coder's lead on ds-1000").normalized).toContain("ds1000");
  });

  it("does read 'og' as original, the first of a model's releases", () => {
    // "The company released its first model, DeepSeek Coder, on November 2, 2023", not the
    // technical report of January 25, 2024.
    expect(parse("wen did og coder drop").normalized).toContain("original coder");
    expect(ask(knowledge, "wen did og coder drop").answer).toBe("November 2, 2023");
  });

  it("does read 'cos' as companies and 'cut' prices as lowered them", () => {
    // "then mainstream players such as Zhicheng, ByteDance, and Alibaba… quickly followed suit
    // and lowered their prices": the documents never write "cut" or "companies" there.
    const question = "which big chinese cos cut prices after v2";
    expect(parse(question).normalized).toContain("chinese companies");
    const result = ask(knowledge, question);
    expect(result.passages[0]?.text).toContain("lowered their prices");
    // The documents' companies in a market are its "players".
    const after = ask(knowledge, "which companies cut prices after deepseek").passages;
    expect(
      after
        .slice(0, 3)
        .map((p) => p.text)
        .join("\n"),
    ).toContain("mainstream players");
  });

  it("does read 'hacked' as the attacks and 'proof' as theorem proving", () => {
    // "DeepSeek reported large-scale malicious attacks on its services, temporarily restricting
    // new sign-ups"; "its mathematical theorem proving model DeepSeek-Prover-V1.5".
    expect(ask(knowledge, "was deepseek hacked in late jan").passages[0]?.text).toContain(
      "malicious attacks",
    );
    expect(ask(knowledge, "whats the math proof model called again").passages[0]?.text).toContain(
      "DeepSeek-Prover-V1.5",
    );
  });

  it("does read going up against as being benchmarked against, and stealing as robbing", () => {
    // "This model is benchmarked against Meta's LLaMA2 70B model of the same level".
    expect(ask(knowledge, "what did deepseek llm 67b go up against").passages[0]?.text).toContain(
      "LLaMA2 70B",
    );
    // "Robbing users is not our main goal": customers are users.
    const question =
      "is deepseek just undercutting to steal customers from everyone else? what was liangs take";
    const shown = ask(knowledge, question).passages.map((p) => p.text);
    expect(shown.join("\n")).toContain("Robbing users");
    expect(ask(knowledge, "how many customers does deepseek have").answered).toBe(false);
  });

  it("does read going to college as where one graduated, even with a slip", () => {
    // "graduated from the Department of Electronic Engineering at Zhejiang University"; the
    // Prover passage says "college" (its tests' level) and is not the answer.
    expect(ask(knowledge, "where'd the deepseek guy go to colege").passages[0]?.text).toContain(
      "Zhejiang University",
    );
  });

  it("does read a relationship between companies as the parent company, in English and 关系", () => {
    // "The Magic Cube Quant mentioned here is the investor, or parent company, of DeepSeek."
    for (const question of [
      "whats the relationship between high flyer and ds",
      "幻方跟deepseek到底啥关系？",
    ])
      expect(ask(knowledge, question).passages[0]?.text).toContain("parent company");
  });

  it("does abstain when a word the documents lack is met only by a word vector's neighbour", () => {
    // "worth" is near "dollar" and "million" in vector space; the documents never say it.
    const question = "whats liang wenfengs net worth";
    const worth = parse(question).concepts.find((c) => c.surface === "worth");
    expect(worth?.kind).toBe("unknown-word");
    expect(worth?.related.length).toBeGreaterThan(0);
    expect(ask(knowledge, question).answered).toBe(false);
  });
});

describe("names typed with a possessive s and no apostrophe", () => {
  it("does read the name the alias table knows", () => {
    const parsed = parse("whats liang wenfengs net worth");
    expect(parsed.normalized).toBe("what is liang wenfeng net worth");
    expect(parsed.concepts.find((c) => c.surface === "liang wenfeng")?.kind).toBe("alias");
  });

  it("does read a name that is also a rare English word as the name, and keeps plurals", () => {
    expect(parse("whos nvidias ceo").normalized).toBe("who is nvidia ceo");
    expect(parse("how many funds does high flyer run").normalized).toContain("funds");
  });

  it("does leave a word alone when a name holds it with its s", () => {
    // "experts" is a word of "Mixture of Experts".
    const parsed = parse("what is mixture of experts");
    expect(parsed.normalized).toBe("what is mixture of experts");
  });
});

describe("names typed with their number", () => {
  it("does read a name joined to its number as the documents write it", () => {
    // The documents write "GPT-4", indexed as "gpt4" too; "vl2" is a name of the alias table.
    const parsed = parse("is vl2 better than gpt4");
    expect(parsed.concepts.find((c) => c.surface === "gpt4")?.kind).toBe("word");
    expect(parsed.concepts.some((c) => c.kind === "unknown-name")).toBe(false);
    // "llama2" is how the documents write LLaMA2 ("llama 2" is joined to it).
    const llama = parse("did it beat llama 2");
    expect(llama.concepts.some((c) => c.kind === "unknown-name")).toBe(false);
  });
});

describe("misspellings", () => {
  it("does not correct a dictionary word into another word one letter away", () => {
    const parsed = parse("what % of normal attention");
    expect(parsed.concepts.find((c) => c.surface === "normal")?.kind).toBe("unknown-word");
  });

  it("does answer a misspelled name as it answers the name spelled right", () => {
    // The slip counted for coverage but not for the question's word pairs ("nvidia lose").
    const asked = (name: string) =>
      ask(knowledge, `how much market cap did ${name} lose wen deepseek blew up`).answer;
    expect(asked("nvidia")).toBe("nearly $600 billion");
    expect(asked("nvidea")).toBe("nearly $600 billion");
  });

  it("does correct a slip in a word no dictionary knows against the documents' words", () => {
    const parsed = parse("whats the registerd name");
    expect(parsed.concepts.find((c) => c.surface === "registerd")).toMatchObject({
      kind: "corrected",
      terms: ["regist"],
    });
  });

  it("does not correct a dictionary word the documents lack into one they have", () => {
    const parsed = parse("is the ceo bald");
    expect(parsed.concepts.find((c) => c.surface === "bald")?.kind).toBe("unknown-word");
  });
});

describe("phrases that stand for the documents' words", () => {
  it("does read settling on a name as confirming it, and keep the documents' own 'settled on'", () => {
    // "the name “DeepSeek” was officially confirmed in May 2023"; "…finally settled on finance".
    expect(ask(knowledge, "wen did they settle on the name deepseek").answer).toBe("May 2023");
    expect(
      ask(
        knowledge,
        "Which application field did the team finally settle on after trying many scenarios?",
      ).passages[0]?.text,
    ).toContain("finally settled on finance");
  });

  it("does read daily as the documents' every day", () => {
    // "…“reading papers, writing code, and participating in group discussions” every day."
    const result = ask(knowledge, "How is Liang Wenfeng's daily work described?");
    expect(result.passages[0]?.text).toContain("reading papers, writing code");
  });

  it("does read leaderboards as the documents' evaluation lists", () => {
    // "…has performed better in nearly 20 public evaluation lists in Chinese and English".
    const result = ask(knowledge, "on how many leaderboards did the 67b beat llama2");
    expect(result.passages[0]?.text).toContain("nearly 20 public evaluation lists");
  });

  it("does read merged as the documents' combined", () => {
    // "This time, the two models have been combined into one, upgraded to DeepSeek-V2.5".
    const result = ask(knowledge, "v2.5 merged what 2 models");
    expect(result.passages[0]?.text).toContain("combined into one");
  });

  it("does read a neural net as the documents' deep learning", () => {
    // "High-Flyer began adopting deep learning models for stock trading on October 21, 2016".
    expect(ask(knowledge, "wen did high flyer start doing neural net trading").answer).toBe(
      "October 21, 2016",
    );
  });

  it("does not count a phrase's own words as the phrase", () => {
    // "number" is in the documents; "phone number" (WordNet's phrase) is not.
    const parsed = parse("does it have a phone number");
    const phrase = parsed.concepts.find((c) => c.surface === "phone number");
    expect(phrase).toMatchObject({ kind: "phrase", terms: [] });
    expect(ask(knowledge, "does deepseek have a customer support phone number").answered).toBe(
      false,
    );
  });

  it("does join a name and its number when the documents write them as one word", () => {
    // The documents write "LLaMA2 70B".
    for (const question of ["did the 67b one beat llama 2 70b", "did 67b beat llama-2 70b"]) {
      const parsed = parse(question);
      expect(parsed.normalized, question).toMatch(/\bllama2 70b\b/);
    }
  });

  it("does answer when a phrase of the lexicon is matched only by what it stands for", () => {
    // "legal company" stands for "incorporated"; the passage never says "company" or "legal".
    const result = ask(
      knowledge,
      "when did deepseek become an actual legal company, like registered n all",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toBe("July 17, 2023");
  });

  it("does let a concept's named instance stand for it when the question names the concept", () => {
    // "the quant fund" is High-Flyer, which this passage calls "Quant Fantasy".
    const question = "how much money was the quant fund managing by 2021";
    const fund = parse(question).concepts.find((c) => c.surface === "quant fund");
    expect(fund?.related).toEqual([{ term: "§high-flyer", weight: expect.any(Number) }]);
    const result = ask(knowledge, question);
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("exceeded 100 billion");
  });
});

describe("words said side by side", () => {
  it("does rank first the sentence that says the question's words as the question does", () => {
    // Every candidate names a first model and a release; one says "first model".
    expect(
      ask(knowledge, "what was the very first model deepseek shipped").passages[0]?.text,
    ).toContain("released its first model, DeepSeek Coder");
    expect(
      ask(knowledge, "which model brought in the sparse attention thing").passages[0]?.text,
    ).toContain("DeepSeek-V3.2-Exp");
  });

  it("does not let a dateless sentence phrased like a date question push out the dated ones", () => {
    // "once DeepSeek Coder was released, it…" says the question's words in its order, no date.
    for (const question of ["when was deepseek coder released", "when did coder come out"]) {
      const result = ask(knowledge, question);
      expect(result.answered, question).toBe(true);
      expect(result.answer, question).toBe("November 2, 2023");
    }
  });
});

describe("what a subject owns", () => {
  it("does take a passage on a thing the subject owns as about the subject", () => {
    // The passage names Fire-Flyer 2 and its 3FS, which are High-Flyer's, not High-Flyer.
    const result = ask(knowledge, "whats the name of high-flyer's distributed file system");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("3FS distributed file system");
  });

  it("does not answer with DeepSeek's price when another company's is asked", () => {
    // "mainstream players such as Zhicheng, ByteDance, and Alibaba… lowered their prices": the
    // documents give no price of Alibaba's; "1 yuan per million input tokens" is DeepSeek's.
    for (const question of [
      "how much did alibaba drop its api price to during the price war",
      "价格战里阿里降价后API多少钱",
    ]) {
      const result = ask(knowledge, question);
      expect(result.answered, question).toBe(false);
      expect(result.answer, question).toBeNull();
    }
    // 字节 alone is a byte, not ByteDance: "a 6.6-GB model" still answers.
    expect(ask(knowledge, "DeepSeek-OCR模型是多少字节").answered).toBe(true);
    // Nor names a CEO the documents never give: ByteDance's, NVIDIA's.
    expect(ask(knowledge, "who is the ceo of bytedance").answered).toBe(false);
    expect(
      ask(knowledge, "whos nvidias ceo and did he say anything abt the 18% dump").answer,
    ).toBeNull();
  });

  it("does not bold a value whose clause names its own owner after an of", () => {
    // "…, and the market value of the global technology stock market to evaporate by about 1
    // trillion U.S. dollars": the market's loss, not what DeepSeek is valued at.
    expect(ask(knowledge, "how much is deepseek valued at rn").answer).toBeNull();
    expect(ask(knowledge, "how much did us tech stocks lose when deepseek blew up").answer).toBe(
      "about 1 trillion U.S. dollars",
    );
    // An "of" inside a name names no owner: "a Mixture of Experts architecture with 671 billion".
    expect(ask(knowledge, "how many total params does v3 have").answer).toBe("671 billion");
  });

  it("does keep the subject of a Chinese when-question, whose cue begins like a qualifier", () => {
    // 哪个 qualifies (OpenAI哪个模型), but 哪个月 asks a month and 什么时候 a date: DeepSeek's.
    for (const question of [
      "DeepSeek什么时候成立的",
      "DeepSeek哪个月成立的",
      "DeepSeek啥时候成立的",
    ]) {
      expect(ask(knowledge, question).answer, question).toBe("July 17, 2023");
    }
    expect(parse("R1-Lite对标的是OpenAI哪个模型").qualifying.size).toBe(1);
  });

  it("does read an and outside a list of spans as a clause break", () => {
    // "US President Donald Trump … praised the rise of DeepSeek as positive and said it was a
    // wake-up call for the United States".
    expect(ask(knowledge, "who called deepseek's rise positive").answer).toBe(
      "President Donald Trump",
    );
  });

  it("does not require a passage to name a company that only qualifies the thing asked", () => {
    // "which Google model": the answer is Google's; the passage names the model, not Google.
    const subjects = (q: string) => subjectsOf(knowledge.index, parse(q)).map((s) => s.term);
    expect(subjects("which google model did v2 beat on chatbot arena")).not.toContain("§google");
    expect(subjects("how much did google pay for it")).toContain("§google");
    expect(ask(knowledge, "which google model did v2 beat on chatbot arena").answered).toBe(true);
  });

  it("does not bold the list item after the one a subject owns before an and", () => {
    // "causing NVIDIA's stock price to plummet 18%, and the market value of US tech stocks
    // evaporated by about 1 trillion U.S. dollars": the trillion is not NVIDIA's.
    expect(
      ask(knowledge, "how much did nvidia alone lose when deepseek blew up").answer,
    ).toBeNull();
    expect(ask(knowledge, "英伟达市值蒸发了多少").answer).toBeNull();
    expect(ask(knowledge, "how much did us tech stocks lose when deepseek blew up").answer).toBe(
      "about 1 trillion U.S. dollars",
    );
    // "Coder V2's API services are also available online, and the price remains at 1 yuan…":
    // the clause after the "and" names no owner of its own, so the price is still Coder V2's.
    const coder = (tokens: string) => `how much did the coder v2 api cost for ${tokens} tokens`;
    expect(ask(knowledge, coder("input")).answer).toBe("1 yuan");
    expect(ask(knowledge, coder("output")).answer).toBe("2 yuan");
  });
});

describe("words that only say what kind of answer is asked", () => {
  it("does not count the date of a date question as something asked about", () => {
    const surfaces = (q: string) => parse(q).concepts.map((c) => c.surface);
    expect(surfaces("coder v2 release date?")).not.toContain("date");
    expect(surfaces("when was it founded, like the actual date")).not.toContain("date");
    // Not a date question: the date is what it is about.
    expect(surfaces("how many release dates does v3 have")).toContain("dates");
  });
});

describe("the amount a question asks for", () => {
  it("does read 'at what cost' as asking a sum, as 'at what price' is", () => {
    expect(parse("at what cost was Fire-Flyer built?").type).toBe("quantity");
    expect(ask(knowledge, "at what cost was Fire-Flyer built?").answer).toBe("200 million yuan");
  });

  it("does answer how fast something is with a speed, not with a count or a time beside it", () => {
    // "5,000 PCIe A100 GPUs across 625 nodes" and, lines later, "200 Gbps interconnects".
    expect(ask(knowledge, "how fast are the gpu links on ff2").answer).toBe("200 Gbps");
    // The V3 passage's "45-day" discount is no speed of the API.
    expect(ask(knowledge, "how fast is the v3 api").answer).toBeNull();
  });

  it("does answer how fast something happened with a time or a share", () => {
    // "Fire-Flyer 1 (萤火一号): Built 2019, retired after 1.5 years".
    expect(ask(knowledge, "how fast was fire-flyer 1 retired").answer).toBe("1.5 years");
    expect(ask(knowledge, "how fast did nvidia stock drop").answer).toBe("18%");
  });

  it("does answer a share asked with a percentage sign or word with the share", () => {
    // "…reducing the KV cache to 5-13% of…"; "more than 90% of users preferred…".
    expect(ask(knowledge, "what percent of the kv cache does mla keep").answer).toBe("5-13%");
    expect(ask(knowledge, "what percent of users preferred dreamcraft3d").answer).toBe(
      "more than 90%",
    );
    expect(ask(knowledge, "what % did nvidia's stock drop").answer).toBe("18%");
  });

  it("does answer how much a price dropped with the share it dropped by", () => {
    // "an 18% drop in Nvidia's share price and over $1 trillion erased from U.S. tech…"
    expect(ask(knowledge, "how much did nvidias share price drop").answer).toBe("18%");
  });

  it("does count what a Chinese measure word counts (几家: companies, not GPUs)", () => {
    // "no more than five domestic companies with more than 10,000 GPUs"
    expect(ask(knowledge, "国内有一万张以上GPU的公司有几家").answer).toBe(
      "no more than five domestic companies",
    );
  });

  it("does answer a Chinese question for a size with a size, not a duration", () => {
    // 多大 ("how big") of the fund's 规模: "six years" sits beside the same words.
    expect(ask(knowledge, "幻方到2021年管理规模有多大").answer).toBe("100 billion");
  });

  it("does answer a Chinese question for a score with a share, never with a size", () => {
    // 多少分 ("how many points"): DeepSeekMath's only amount near MATH is "7B parameters".
    expect(ask(knowledge, "DeepSeekMath在MATH上得了多少分").answer).toBeNull();
    expect(ask(knowledge, "初代Coder在HumanEval上比CodeLlama高多少分").answer).toBe("9.3%");
  });

  it("does answer a Chinese question for a duration with one, though it names a sum", () => {
    // 管理规模 asks money, 几年 how many years: "By 2021, when it was six years old, …".
    expect(ask(knowledge, "幻方资产管理规模超过千亿用了几年").answer).toBe("six years");
    // 分辨率 (resolution) holds 多少分 (how many points) and asks no score.
    const resolution = ask(knowledge, "DeepSeek-OCR的Large模式是多少分辨率");
    expect(resolution.passages[0]?.text).toContain("Large (400, 1280²)");
  });

  it("does answer a Chinese question for a sum with a sum, never with a count", () => {
    // 身家 (net worth) met by "Liang acquired 10,000 Nvidia A100 units": a count, no sum.
    expect(ask(knowledge, "梁文锋的身家是多少").answered).toBe(false);
    // 管理规模 (assets under management): "six years" sits beside the year asked.
    expect(ask(knowledge, "幻方2021年的管理规模多少").answer).toBe("100 billion");
  });

  it("does pick the amount of the list item the question's word stands in", () => {
    // "1 yuan per million input tokens and 2 yuan per million output tokens".
    const input =
      "wen they first started charging for the api how cheap was it per million input tokens";
    expect(ask(knowledge, input).answer).toBe("1 yuan");
    expect(ask(knowledge, "how much were output tokens when the api went paid").answer).toBe(
      "2 yuan",
    );
    expect(ask(knowledge, "how much were input tokens when the api went paid").answer).toBe(
      "1 yuan",
    );
  });

  it("does read a word before an and-list as speaking of every item", () => {
    // July 2024: "keeping the price unchanged (1 yuan per million input tokens and 2 yuan per
    // million output tokens)": "price" sits nearer 1 yuan but belongs to both.
    const july = (tokens: string) => `what was the price per million ${tokens} tokens in july 2024`;
    expect(ask(knowledge, july("output")).answer).toBe("2 yuan");
    expect(ask(knowledge, july("input")).answer).toBe("1 yuan");
    expect(ask(knowledge, "how cheap was it per million output tokens").answer).toBe("2 yuan");
  });

  it("does not answer a bare how many with a duration, but does how many days", () => {
    // "Three days later, on November 5, 2023, DeepSeek released … recruitment content".
    const bare = "did they put out training snapshots of the llm? how many";
    expect(ask(knowledge, bare).answer).toBeNull();
    // "a 45-day preferential trial period": the question names the unit, days.
    expect(ask(knowledge, "how many trial days does v3 get").answer).toBe("45-day");
  });

  it("does read going into use as being operational, not as the start of construction", () => {
    // "Construction of Fire-Flyer 2 … began in 2021"; "Fire-Flyer 2: Operational since 2022".
    expect(ask(knowledge, "what year did fire flyer 2 go into use").answer).toBe("2022");
    expect(ask(knowledge, "when did ff2 go into service").answer).toBe("2022");
  });

  it("does read training as one notion, asked of the model it is asked of", () => {
    // Only V3's training cost is given: V2's is not in the documents.
    expect(ask(knowledge, "how much did v2 cost to train").answered).toBe(false);
    expect(ask(knowledge, "how much did v3 cost to train").answer).toBe("5.5 million US dollars");
    // "…nine checkpoints generated during training": snapshots from training are checkpoints.
    const snapshots = "how many mid-training snapshots did they dump alongside the 67b lol";
    expect(ask(knowledge, snapshots).answer).toBe("nine checkpoints");
  });

  it("does not answer a sum asked of an event with one its sentence does not say", () => {
    // "…the price remains at '1 yuan/million inputs'": an API price, not what training cost.
    expect(ask(knowledge, "how much did coder v2 cost to train").answer).toBeNull();
    expect(ask(knowledge, "Coder V2 的训练成本大概是多少？").answer).toBeNull();
    // "Construction of Fire-Flyer 2 began in 2021 with a 1 billion yuan budget".
    expect(ask(knowledge, "fire flyer 2 how much did that thing cost to build").answer).toBe(
      "1 billion yuan",
    );
  });

  it("does not answer how many with a sum, but does how many yuan", () => {
    // "1 yuan per million input tokens" counts no parameters; "under $6 million" no GPUs.
    const perToken = ask(
      knowledge,
      "how many paramters does v3 have total and how many actually fire per token",
    );
    expect(perToken.answer ?? "").not.toMatch(/yuan/);
    const cluster = ask(
      knowledge,
      "how much did they drop on their first gpu cluster and how many gpus were in it",
    );
    expect(cluster.answer ?? "").not.toMatch(/\$6 million/);
    expect(
      ask(knowledge, "how many yuan per million output tokens when the api went paid").answer,
    ).toBe("2 yuan");
  });

  it("does answer how long a context is in Chinese with a size, never a duration", () => {
    // 上下文多长 ("how long is the context"): "a 45-day preferential trial period" is no length.
    expect(ask(knowledge, "V3上下文多长").answer).toBeNull();
    expect(ask(knowledge, "GPT-3.5最早那版上下文才多长").answer).toBe("4k");
  });

  it("does not answer which sizes in Chinese with how many there are", () => {
    // "It is available in three sizes: 3B, 16B, and 27B": 哪几个尺寸 asks which, 几个 how many.
    expect(ask(knowledge, "VL2有哪几个尺寸").answer).toBeNull();
    expect(ask(knowledge, "VL2有几个尺寸").answer).toBe("three sizes: 3B, 16B, and 27B");
  });

  it("does not answer how many sizes with one size", () => {
    // "This model includes multiple sizes such as 1B, 7B, and 33B."
    const sizes = ask(knowledge, "how many sizes did the first deepseek coder come in");
    expect(sizes.answered).toBe(true);
    expect(sizes.answer).toBeNull();
    expect(ask(knowledge, "how many parameters does v3 have").answer).toBe("671 billion");
  });

  it("does take a share whose measure is named before it", () => {
    // "reduces the model's memory footprint to 5%-13% of that of traditional MHA".
    const result = ask(
      knowledge,
      "how much memory does mla save, like what % of normal multi head attention",
    );
    expect(result.answer).toBe("5%-13%");
  });

  it("does not answer how much money with a bare count", () => {
    // "co-founded … by two" is in the passage: "managing" asks for a sum.
    const result = ask(knowledge, "how much $$ is the quant fund managing tbh");
    expect(result.answer ?? "no bold answer").not.toBe("two");
    if (result.answer) expect(result.answer).toMatch(/billion|million|yuan|\$/);
  });

  it("does not take a sum that merely sits next to a company's name for that company's", () => {
    // "under $6 million using Nvidia H800 GPUs … with Nvidia losing nearly $600 billion".
    const result = ask(knowledge, "how much did nvidia lose when r1 dropped");
    expect(result.answer).toBe("nearly $600 billion");
  });
});

describe("a bold answer that says what is asked", () => {
  it("does give no bold answer when another sentence answers nearly as well with another span", () => {
    // "256 routed experts" and "1 shared expert": which is meant is unclear.
    const result = ask(knowledge, "how many experts per layer does v3 use");
    expect(result.answered).toBe(true);
    expect(result.answer).toBeNull();
    expect(result.passages[0]?.text).toContain("256 routed experts");
  });

  it("does abstain on an off-topic question whose place is typed in lower case", () => {
    // "capital" is in the documents (venture capital, market capitalization); France is not.
    expect(ask(knowledge, "whats the capital of france").answered).toBe(false);
    expect(ask(knowledge, "is deepseek banned in italy").answered).toBe(false);
  });

  it("does abstain when the notion asked of a model is nowhere in the passage on it", () => {
    // The documents give context lengths and licences, but not of Janus-Pro.
    expect(ask(knowledge, "what is the context length of janus pro").answered).toBe(false);
    expect(ask(knowledge, "what licence does janus pro use").answered).toBe(false);
    expect(ask(knowledge, "what is the context length of deepseek v2").answered).toBe(true);
    expect(ask(knowledge, "whats the licence of r1").answered).toBe(true);
    // A model's name may be left to the passage ("Three days later, …" after Coder's release),
    // and a yes-or-no question's notion said in other words ("increased … to 128k").
    expect(ask(knowledge, "how many days after coder did they start hiring").answer).toBe(
      "Three days",
    );
    expect(ask(knowledge, "did the api context length change").answered).toBe(true);
  });

  it("does date a technical report by the report, not by its model's release", () => {
    // "On January 25, 2024, DeepSeek released the DeepSeek Coder technical report."
    expect(ask(knowledge, "when was the coder technical report released").answer).toBe(
      "January 25, 2024",
    );
    // The documents date VL2's release (December 13, 2024), never a report on it.
    expect(ask(knowledge, "when did the vl2 tech report come out").answered).toBe(false);
    expect(ask(knowledge, "67B的技术报告是哪天发的").answer).toBe("January 7, 2024");
  });

  it("does count what a name of several words names, not a size beside it", () => {
    // "released the DeepSeek LLM 67B technical report": 67B is no count of reports.
    const question = "how many technical reports did deepseek release in january 2024";
    expect(parse(question).counted.map((c) => c.surface)).toEqual(["technical reports"]);
    expect(ask(knowledge, question).answer).toBeNull();
  });

  it("does count nothing when a rate follows how much, so the rate's item answers", () => {
    // "how much per million" asks a rate: "per million" is what it is per, not a thing counted.
    const question = "output tokens were how much per million back then";
    expect(parse(question).counted).toEqual([]);
    expect(ask(knowledge, question).answer).toBe("2 yuan");
  });

  it("does not answer of one year with a passage that dates its value to another", () => {
    // "By 2021, … the asset management scale of Quant Fantasy had exceeded 100 billion".
    expect(ask(knowledge, "What was High-Flyer's asset management scale in 2023?").answered).toBe(
      false,
    );
    // Asked in Chinese, or of now, the same: the documents give 2021's, not 2023's nor today's.
    expect(ask(knowledge, "幻方2023年的管理规模是多少").answered).toBe(false);
    expect(ask(knowledge, "幻方现在管理规模有多少？").answered).toBe(false);
    expect(ask(knowledge, "how much money did high flyer manage in 2021").answer).toBe(
      "100 billion",
    );
    // A yes-or-no question's year may be wrong on purpose: the passage still says what is true.
    expect(ask(knowledge, "was the fund managing 100 billion in 2023").answered).toBe(true);
  });

  it("does abstain when the documents give the title asked of its holder but no name", () => {
    // "Anthropic CEO publishes a 10,000-word article: …" names no one.
    expect(ask(knowledge, "who is the ceo of anthropic").answered).toBe(false);
    expect(ask(knowledge, "Anthropic的CEO是谁").answered).toBe(false);
    expect(ask(knowledge, "who is the ceo of openai").answer).toBe("Sam Altman");
    // Only a title written as one (CEO): "High-Flyer built its first computing cluster" answers.
    expect(ask(knowledge, "who built high-flyer's first computing cluster").answered).toBe(true);
    // A chief officer's: "DeepSeek API services" is a name and its product, no title.
    const api = parse("who runs the deepseek api").concepts;
    expect(titleWithoutName(knowledge.index, api, "DeepSeek API services are online.")).toBe(false);
    const ceo = parse("who is anthropic's ceo").concepts;
    expect(titleWithoutName(knowledge.index, ceo, "Anthropic CEO publishes an article.")).toBe(
      true,
    );
  });

  it("does abstain when the only amount asked is another model's, named by its list", () => {
    // "37 billion activated parameters per forward pass" sits under DeepSeek-V3's list.
    expect(ask(knowledge, "how many activated params does v2 have").answered).toBe(false);
    expect(ask(knowledge, "R1总参数多少").answered).toBe(false);
    expect(ask(knowledge, "how many total params does v3 have").answer).toBe("671 billion");
  });

  it("does abstain when the only span near the question is another's, in a sentence saying little of it", () => {
    // "incorporating 5,000 PCIe A100 GPUs across 625 nodes" is Fire-Flyer 2's; "OpenAI o1" is
    // named beside R1's release date, not dated itself.
    expect(ask(knowledge, "how many nodes did fire-flyer 1 use").answered).toBe(false);
    expect(ask(knowledge, "when did openai ship o1").answered).toBe(false);
    expect(ask(knowledge, "how many nodes did fire-flyer 2 use").answer).toBe("625 nodes");
    // Two things asked lower every sentence's share of the question: not a sign of silence when
    // the first passage gives one's value ("at a cost of 200 million yuan").
    expect(
      ask(knowledge, "how much was the budget of fire-flyer 2 vs the cost of fire-flyer 1")
        .answered,
    ).toBe(true);
  });

  it("does abstain when the sentence on what is asked gives no amount and another sentence's amount is of something else", () => {
    // "a 45-day preferential trial period was set for the new model" states no price.
    expect(
      ask(knowledge, "how much was the deepseek-v3 api during its 45-day trial").answered,
    ).toBe(false);
    // The free tokens are said in the sentence that gives their number, below the launch's.
    expect(ask(knowledge, "how many free tokens did new api users get").answered).toBe(true);
  });

  it("does weigh a clause that says again what is asked as the question's own", () => {
    // "i mean the technical report" is what is asked, no afterthought.
    const report = "when was deepseek coder released, i mean the technical report";
    expect(ask(knowledge, report).answer).toBe("January 25, 2024");
    expect(ask(knowledge, "how many parameters does v3 have, i mean activated ones").answer).toBe(
      "37 billion",
    );
  });

  it("does answer a question a remark about the asker follows as it answers the question alone", () => {
    const result = ask(knowledge, "wen did the math model come out, i keep seeing diff dates");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toMatch(/Math/);
  });

  it("does still ask a clause after the question mark that sets a condition or names a place", () => {
    // "…? in germany": the documents place Fire-Flyer 2 nowhere; no bold 5,000.
    expect(ask(knowledge, "how many gpus did fire flyer 2 have? in germany").answer).toBeNull();
    expect(ask(knowledge, "when did r1 come out? on aws bedrock").answer).toBeNull();
    // An aside of words the documents lack weighs a tenth: the question is still answered.
    const aside =
      "why didnt vc firms wanna throw money at deepseek in the beginning? seems so dumb in hindsight lol";
    expect(ask(knowledge, aside).answered).toBe(true);
  });

  it("does not bold a span whose part of the sentence says what the question rules out", () => {
    // "Construction of Fire-Flyer 2 (萤火二号) began in 2021": building, which is ruled out.
    const running = "when did fire-flyer 2 start running, not when they started building it";
    expect(parse(running).ruledOut.size).toBeGreaterThan(0);
    expect(ask(knowledge, running).answer).toBeNull();
    // "incorporating 5,000 PCIe A100 GPUs across 625 nodes": GPUs are the unit of 5,000.
    expect(ask(knowledge, "how many nodes in fire-flyer 2, not gpus").answer).toBe("625 nodes");
    // "1 yuan per million input tokens and 2 yuan per million output tokens": input is the
    // other item's.
    expect(
      ask(knowledge, "whats the output price per million tokens on the api, not input").answer,
    ).toBe("2 yuan");
  });

  it("does not bold a date whose part of the sentence is another event's", () => {
    // "Fire-Flyer 1 (萤火一号): Built 2019, retired after 1.5 years": 2019 is when it was built.
    expect(ask(knowledge, "when did fire-flyer 1 retire").answer).toBeNull();
    expect(ask(knowledge, "when was fire-flyer 1 built").answer).toBe("2019");
  });

  it("does not bold a date whose side of a semicolon names another thing than the subject", () => {
    // "After OpenAI released GPT3 in 2020, …; but even in 2021, when we invested in the
    // construction of Firefly 2, …": 2020 is GPT3's.
    expect(ask(knowledge, "when did fire flyer 2 go live").answer).not.toBe("2020");
    expect(ask(knowledge, "DeepSeek-VL第一代啥时候发布的").answer).toBe("March 11, 2024");
  });

  it("does abstain when the sentence on what is asked dates it less precisely than asked", () => {
    // "In 2024, DeepSeek successfully passed the recordal of large models in China": a year.
    expect(
      ask(knowledge, "which day did deepseek pass china's large model recordal").answered,
    ).toBe(false);
    expect(ask(knowledge, "what year did deepseek pass the model recordal").answer).toBe("2024");
  });

  it("does ask an amount when a name's price, cost or count is asked", () => {
    // "What was Nvidia's share price": an amount, not a definition; the 18% it states is no answer.
    expect(parse("what was nvidia's share price after the drop").type).toBe("quantity");
    expect(parse("what is the total parameter count of v3").type).toBe("quantity");
    expect(ask(knowledge, "what was nvidia's share price after the 18% drop").answered).toBe(false);
  });

  it("does abstain when the date found is another thing's, whatever its clause says", () => {
    // "DeepSeek-V2 topped the list …, surpassing … Llama3-70B": July 18, 2024 is V2's.
    expect(ask(knowledge, "when did llama3-70b come out").answered).toBe(false);
    expect(ask(knowledge, "when did deepseek-v2 top the chatbot arena").answer).toBe(
      "July 18, 2024",
    );
  });

  it("does abstain when the best passage does not name the model asked about", () => {
    // The licence passages are about other models; the OCR passages name no licence.
    expect(ask(knowledge, "what license is deepseek ocr under").answered).toBe(false);
    expect(ask(knowledge, "what license is r1 under").answered).toBe(true);
  });

  it("does rank a passage about the model asked about above a closer match about others", () => {
    const result = ask(
      knowledge,
      "what licence is r1 under, can i use it in my commercial product",
    );
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toMatch(/R1/);
    expect(result.passages[0]?.text).toMatch(/MIT/);
  });

  it("does not require a name that only dates the question", () => {
    // The recruitment passage names WeChat, not Coder: "after coder" says when.
    const result = ask(
      knowledge,
      "wen did they kick off the big hiring push on wechat after coder",
    );
    expect(result.answer).toBe("November 5, 2023");
  });

  it("does count a model of the family asked about as naming it", () => {
    // "DeepSeek-R1-Lite" is one of R1's: "the lite preview of r1" is about it.
    const result = ask(knowledge, "when did the lite preview of r1 show up on the site");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("DeepSeek-R1-Lite");
  });

  it("does not bold the date of another event than the one asked", () => {
    // "On July 18, 2024, DeepSeek-V2 topped the list…, surpassing Qwen2-72B": no release.
    expect(ask(knowledge, "when did qwen2-72b come out").answer).toBeNull();
    expect(ask(knowledge, "when did the chatbot arena launch").answer).toBeNull();
    expect(ask(knowledge, "when did deepseek-v2 top the chatbot arena").answer).toBe(
      "July 18, 2024",
    );
  });

  it("does not bold a date when another clause of its sentence says what is asked", () => {
    // "born in the 1980s: he … graduated from … Zhejiang University": not when he graduated.
    expect(ask(knowledge, "what year did liang graduate from university").answer).toBeNull();
    expect(ask(knowledge, "梁文锋本科哪年毕业的").answer).toBeNull();
    expect(ask(knowledge, "when was liang born").answer).toBe("1980s");
  });

  it("does keep the clause a colon ends for a span after the colon", () => {
    // "…ignited the prelude to the price war…: 1 yuan per million input tokens".
    expect(ask(knowledge, "how much did the api cost in march 2024").answer).toBe("1 yuan");
  });

  it("does not bold an amount whose sentence only names the subject", () => {
    // "a 45-day preferential trial period" of V3's API is not how long V3 took to train.
    expect(ask(knowledge, "how long did it take to train v3").answer).toBeNull();
    expect(ask(knowledge, "how long was the v3 api discount period").answer).toBe("45-day");
  });
});

describe("two questions in one", () => {
  it("does split at a plus sign as at an and", () => {
    expect(splitQuestion("how many gpus + what did it cost")).toEqual([
      "how many gpus",
      "what did it cost",
    ]);
  });

  it("does let a part that names only what it counts borrow what the first part is about", () => {
    // "it" is Fire-Flyer 2: not the 10,000 A100s Liang bought before.
    const result = ask(
      knowledge,
      "whats the budget for fire flyer 2 n how many a100s did it end up w",
    );
    expect(result.answer).toBe("1 billion yuan · 5,000 PCIe A100");
  });

  it("does lend the first part's names to a part that names only a notion", () => {
    // "what did it cost": "cost" is no thing; "it" is Fire-Flyer 1, not the API's ¥0.1.
    const result = ask(knowledge, "fire flyer 1 how many gpus and wat did it cost");
    expect(result.answer).toBe("1,100 GPUs · 200 million yuan");
  });

  it("does lend the first part's names to a part that asks one word of nothing named", () => {
    // "…and what sizes": Coder V2's, not DeepSeek-VL's 7B and 1.3B.
    expect(ask(knowledge, "coder v2 - wen and what sizes").answer).toBe(
      "June 17, 2024 · 236B and 16B",
    );
  });

  it("does lend the first part's names only to a part that refers back to them", () => {
    // "How long is it" is about the paper; running code on the site is not about Coder V2.
    const paper = ask(knowledge, "wen did the 67b paper come out n how long is it");
    expect(paper.passages.some((p) => p.text.includes("40+ page"))).toBe(true);
    const site = ask(
      knowledge,
      "wen did coder v2 ship, and wen could u start running code straight from the site",
    );
    expect(site.parts?.[0]?.answer?.text).toBe("June 17, 2024");
    expect(site.passages.some((p) => p.text.includes("June 21, 2024"))).toBe(true);
  });

  it("does split at a second question word, not at every and", () => {
    expect(splitQuestion("when did coder v2 ship, and when could you run code")).toEqual([
      "when did coder v2 ship",
      "when could you run code",
    ]);
    expect(splitQuestion("did v2 and v3 use MoE")).toEqual(["did v2 and v3 use MoE"]);
  });

  it("does split at a question mark only between two questions", () => {
    expect(splitQuestion("when did r1 drop? how big is it")).toEqual([
      "when did r1 drop",
      "how big is it",
    ]);
    expect(splitQuestion("is math from february or april? the docs disagree")).toEqual([
      "is math from february or april? the docs disagree",
    ]);
    expect(splitQuestion("they made 3d too, called dreamcraft3d? what is it")).toEqual([
      "they made 3d too, called dreamcraft3d? what is it",
    ]);
  });

  it("does give a Chinese question two parts when a question word follows its question mark", () => {
    const result = ask(knowledge, "VL2有几个尺寸？用的啥架构");
    expect(result.parts?.map((p) => p.answer?.text ?? null)).toEqual([
      "three sizes: 3B, 16B, and 27B",
      null,
    ]);
    expect(result.answer).toBeNull();
  });

  it("does not split after an interjection or a comment in either script", () => {
    expect(ask(knowledge, "wat? when was deepseek founded").parts).toBeUndefined();
    expect(ask(knowledge, "DeepSeek这么火？R1是什么时候发布的").answer).toBe("January 20, 2025");
  });

  it("does split a question that mixes scripts at its question mark", () => {
    const result = ask(knowledge, "when was 深度求索 incorporated? who founded it");
    expect(result.parts).toHaveLength(2);
    expect(result.answer).toContain("July 17, 2023");
  });

  it("does answer in bold when the part left without one asks yes or no", () => {
    const result = ask(knowledge, "wen did r1 drop? was it before or after chinese new year");
    expect(result.parts).toHaveLength(2);
    expect(result.answer).toBe("January 20, 2025");
  });

  it("does ask a part that is only a name what the first part asked", () => {
    const result = ask(knowledge, "V3每层多少个路由专家？V2呢");
    expect(result.parts?.map((p) => p.answer?.text)).toEqual(["256 routed experts", "160"]);
  });

  it("does give a part that is only a question word the first part's words", () => {
    expect(splitQuestion("who founded deepseek and when")).toEqual([
      "who founded deepseek",
      "when founded deepseek",
    ]);
  });

  it("does give no bold answer when both parts are answered alike", () => {
    const result = ask(knowledge, "when did coder v2 come out and when was coder v2 released");
    expect(result.parts).toHaveLength(2);
    expect(result.answered).toBe(true);
    expect(result.answer).toBeNull();
  });

  it("does answer each part in bold, each with its own source", () => {
    const result = ask(knowledge, "who founded deepseek and when");
    expect(result.parts).toHaveLength(2);
    expect(result.parts?.every((p) => p.answer !== null)).toBe(true);
    expect(result.answer).toContain("Liang Wenfeng");
    expect(result.answer).toContain(result.parts?.[1]?.answer?.text);
  });
});

describe("a date asked of nothing named", () => {
  it("does give no bold date when passages as close as the first date other events", () => {
    // The documents date dozens of releases; "release date" alone says not whose.
    for (const question of ["release date", "whats the release date?", "when was it released"]) {
      const result = ask(knowledge, question);
      expect(result.answer, question).toBeNull();
    }
    expect(ask(knowledge, "when was deepseek founded").answer).toBe("July 17, 2023");
    expect(ask(knowledge, "when did the text to 3d thing come out").answer).toBe(
      "December 18, 2023",
    );
  });
});

describe("a slip in a name", () => {
  it("does read a misspelt name as the name, so the question is about it", () => {
    const concepts = parse("when did deepseak put out the math model").concepts;
    expect(concepts.find((c) => c.surface === "deepseak")).toMatchObject({
      kind: "alias",
      terms: ["§deepseek"],
    });
    // A notion's name stays a word: "pricey" is not read as the price group.
    const pricey = parse("why is it so pricey");
    expect(pricey.concepts.find((c) => c.surface === "pricey")?.kind).not.toBe("alias");
  });
});

describe("what something was called", () => {
  it("does answer a nickname question with the name the documents give in quotes", () => {
    // "At that time, DeepSeek became a well-known “price butcher” in the industry".
    const question = "what nickname did deepseek get in the price war";
    expect(parse(question).type).toBe("label");
    expect(ask(knowledge, question).answer).toBe("price butcher");
    // 被称为: "it was hailed as one of China’s “four great quant kings”".
    expect(ask(knowledge, '幻方被称为什么"四大"？').answer).toBe("four great quant kings");
  });

  it("does not answer with a saying in quotes, which names nothing", () => {
    // "Sam Altman also praised DeepSeek, calling its technology “very impressive.”"
    expect(ask(knowledge, "what nickname did openai get").answer).toBeNull();
  });

  it("does not answer in bold when only the documents' topic is named, which they call many things", () => {
    // “price butcher”, “Chinese miracle”, “mysterious Eastern power”: which one is a guess.
    for (const question of ["deepseek nickname?", "DeepSeek的外号是什么", "DeepSeek被称为什么"]) {
      const result = ask(knowledge, question);
      expect(parse(question).type).toBe("label");
      expect(result.answer).toBeNull();
    }
  });

  it("does not answer with the label the question states, nor one asked yes or no", () => {
    // 价格屠夫 is read as "price butcher": the question asks why, or who, not what it was called.
    expect(ask(knowledge, "DeepSeek为什么被称为价格屠夫").answer).toBeNull();
    expect(ask(knowledge, "被称为价格屠夫的公司是哪家").answer).toBeNull();
    expect(parse("is deepseek referred to as a startup").type).not.toBe("label");
    expect(ask(knowledge, "is deepseek referred to as a startup").answer).toBeNull();
  });
});

describe("a word the documents write only inside a name", () => {
  it("does read 托管 as the documents' hosting", () => {
    // "…we were hosted in an IDC. When the scale became larger, hosting could no longer…"
    expect(ask(knowledge, "幻方最早的GPU是托管在哪里的").passages[0]?.text).toContain(
      "hosted in an IDC",
    );
  });

  it("does read 编码器 as encoder, which the documents write only in DeepEncoder", () => {
    const result = ask(knowledge, "DeepSeek-OCR的编码器有多大");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("~380M-parameter DeepEncoder");
  });

  it("does read encoder as DeepEncoder, the name it ends", () => {
    // "A ~380M-parameter DeepEncoder (SAM-base window attention → …)": no other "encoder".
    const result = ask(knowledge, "what is the ocr encoder built from");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("DeepEncoder (SAM-base");
    // Chat shorthand is no dictionary word, so no name's last part: "eval" is no HumanEval.
    const evals = parse("on how many eval lists did 67b do better").concepts;
    const humanEval = knowledge.index.analyze("HumanEval")[0];
    expect(humanEval).toBeDefined();
    expect(evals.find((c) => c.surface === "eval")?.terms).not.toContain(humanEval);
  });
});

describe("a slip inside a phrase", () => {
  it("does read a phrase whose word is misspelt as the phrase, so it is answered alike", () => {
    // "who started" is founding (paraphrases.json); "startd" is no word of any dictionary.
    const typed = parse("who startd deepseek anyway").concepts;
    expect(typed.find((c) => c.kind === "phrase")?.surface).toBe("who startd");
    expect(ask(knowledge, "who startd deepseek anyway").answer).toBe(
      ask(knowledge, "who started deepseek anyway").answer,
    );
    expect(ask(knowledge, "who startd deepseek anyway").answer).toBe("Liang Wenfeng");
  });
});

describe("a number the question states", () => {
  it("does not answer a how-many question with the number it already says, typed either way", () => {
    // "no more than five domestic companies with more than 10,000 GPUs": five counts, 10,000 is given.
    for (const question of [
      "how many chinese companies have more than 10000 gpus",
      "how many companies have more than 10,000 gpus",
    ]) {
      expect(ask(knowledge, question).answer, question).toBe(
        "no more than five domestic companies",
      );
    }
    // Digits of a name are no stated value: R1's "1", GPT-4's "4".
    expect(ask(knowledge, "how many shared experts per layer does v3 have").answer).toBe(
      "1 shared expert",
    );
    expect(statesValue(parse("how many shared experts does r1 have"), "1")).toBe(false);
    expect(statesValue(parse("how many companies have more than 10000 gpus"), "10,000 GPUs")).toBe(
      true,
    );
  });

  it("does not answer with the number a Chinese question states beside Chinese words", () => {
    // "升级到128k之前": 128K is stated, though Han characters stand right beside it.
    const before = ask(knowledge, "API上下文升级到128k之前是多少");
    expect(before.answer).toBeNull();
    expect(before.passages[0]?.text).toContain("from the previous 32k to 128k");
    // "from the previous 32k to 128k": the range ends in the number stated; its start answers.
    expect(ask(knowledge, "上下文升级到128k以前是多少").answer).toBe("32k");
    expect(ask(knowledge, "before 128k how long was the context").answer).toBe("32k");
    // Without a "before", the stated end only dates the question: a price, not the context.
    const perMillion = "how much was it per million tokens when they went to 128k context";
    expect(ask(knowledge, perMillion).answer).toBe("1 yuan");
    expect(ask(knowledge, "how much per million tokens").answer).toBe("¥1");
    // A stated start asks the end: "from the previous 32k to 128k", "600–1,300 text tokens".
    expect(ask(knowledge, "上下文从32k升级到多少").answer).toBe("128k");
    const fox = "fox benchmark has pages with 600 to how many tokens";
    expect(ask(knowledge, fox).answer).toBe("1,300 text tokens");
    // "671 billion total parameters, with 37 billion activated": 671 is given, after 总参数.
    expect(ask(knowledge, "V3总参数671B，激活参数多少").answer).toBe("37 billion");
    // "100 cards in 2015, 1,000 cards in 2019": 100 is given, after 年.
    expect(ask(knowledge, "2015年100张卡，2019年多少张").answer).toBe("1,000 cards");
    expect(statesValue(parse("V3总参数671B，激活参数多少"), "671 billion")).toBe(true);
  });
});

describe("an amount that opens a list", () => {
  it("does bold the whole list an amount is an item of, in the same unit, verbatim", () => {
    // "It is available in three sizes: 3B, 16B, and 27B": "3B" alone is a third of the answer.
    const result = ask(knowledge, "how big is vl2, what sizes");
    expect(result.answer).toBe("3B, 16B, and 27B");
    // The picked amount may be the last item: "The model is 7B and 1.3B in size".
    expect(ask(knowledge, "how big is deepseek-vl").answer).toBe("7B and 1.3B");
    // An item the question states stays out of the list.
    expect(ask(knowledge, "besides 7b, how big is deepseek vl").answer).toBe("1.3B");
    const source = result.answerSource?.source;
    expect(source && source.end - source.start).toBe("3B, 16B, and 27B".length);
  });

  it("does answer 'what sizes' with the sizes, not with how many there are", () => {
    // "It is available in three sizes: 3B, 16B, and 27B".
    expect(ask(knowledge, "what sizes does vl2 come in").answer).toBe("3B, 16B, and 27B");
    expect(ask(knowledge, "what sizes did the og coder come in").answer).toBe("1B, 7B, and 33B");
    // The catalog's "7B" is one item of that list.
    expect(ask(knowledge, "what sizes does deepseek coder come in").answer).toBe("1B, 7B, and 33B");
  });

  it("does not bold a bare count whose noun the question never asks", () => {
    // "This also represents the model's two abilities—visual understanding and image generation":
    // "two" counts abilities, not Janus-Pro's resolution.
    expect(ask(knowledge, "Janus-Pro 的分辨率最高是多少").answer).toBeNull();
    // Asked of the abilities, the count answers.
    expect(ask(knowledge, "how many abilities does janus-pro have").answer).toBe("two abilities");
  });

  it("does bold a count with the items a colon lists right after it", () => {
    // "How many sizes" counts them, and the sentence says which in the same breath.
    const result = ask(knowledge, "how many sizes does vl2 come in");
    expect(result.answer).toBe("three sizes: 3B, 16B, and 27B");
    expect(result.answerSource?.quote).toContain(result.answer);
    // "256 routed experts per layer (increased from 160 in V2)": no colon, no list after it.
    expect(ask(knowledge, "how many routed experts per layer does v3 have").answer).toBe(
      "256 routed experts",
    );
  });

  it("does not join amounts that only an 'and' separates from more words", () => {
    // "(1 yuan per million input tokens and 2 yuan per million output tokens)": two prices.
    expect(
      ask(knowledge, "how much did a million input tokens cost after the 128k upgrade").answer,
    ).toBe("1 yuan");
  });
});

describe("words the documents never use", () => {
  it("does read 'go live' of a cluster as the documents' 'operational'", () => {
    // "Fire-Flyer 2 (萤火二号): Operational since 2022", not its 2021 construction.
    expect(ask(knowledge, "wen did fire flyer 2 go live").answer).toBe("2022");
    // Of the open platform, "go live" is still its launch.
    expect(ask(knowledge, "when did the open platform go live").answer).toBe("January 30, 2024");
  });

  it("does read 'lock in' and 'finalized' as the documents' 'confirmed'", () => {
    // "the name “DeepSeek” was officially confirmed in May 2023".
    expect(ask(knowledge, "wen did they lock in the name deepseek").answer).toBe("May 2023");
    expect(ask(knowledge, "when was the name deepseek finalized").answer).toBe("May 2023");
  });

  it("does read 'moved' and 'switch' as the documents' 'transitioning'", () => {
    // "…on October 21, 2016, transitioning from CPU-based linear models to GPU-dependent systems".
    const result = ask(
      knowledge,
      "what were they running for trades b4 they moved everything onto gpus",
    );
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("linear models");
  });

  it("does read 'knock off' and 'overtook' as the documents' 'surpassed'", () => {
    // "the DeepSeek App successfully surpassed ChatGPT and topped the free app download list".
    const result = ask(
      knowledge,
      "which app did deepseek knock off the #1 spot on the us app store",
    );
    expect(result.passages[0]?.text).toContain("surpassed ChatGPT");
  });

  it("does read 'surprised' and 'blew up' as the documents' 'unexpected' and 'exploded'", () => {
    // Liang on the price war: "Very unexpected."
    const result = ask(knowledge, "was liang surprised that the price war blew up the way it did");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("Very unexpected");
  });

  it("does read 'boss' as the founder, sure enough to answer alone", () => {
    expect(ask(knowledge, "whos the boss at deepseek").answer).toBe("Liang Wenfeng");
    // The closest passage ("…Quant Fantasy… starting in 2015") names no one; a close second does.
    expect(ask(knowledge, "whos the boss of deepseek, like the guy who started it").answer).toBe(
      "Liang Wenfeng",
    );
  });
});

describe("a number the question states to say which thing it means", () => {
  it("does not take it as a sign the clause answers", () => {
    // "two versions, 236B and 16B, are provided" says nothing of activated parameters.
    expect(ask(knowledge, "how many params are activated in the 236b coder v2").answer).toBeNull();
    // A name holding a digit is still a word of the question: "a100s" of Fire-Flyer 2.
    expect(
      ask(knowledge, "whats the budget for fire flyer 2 n how many a100s did it end up w").answer,
    ).toBe("1 billion yuan · 5,000 PCIe A100");
  });
});

describe("a clause that rules something out", () => {
  it("does not count the words of what the question says it is not asking", () => {
    const question = "wen did the api actually start charging ppl money, not the free test period";
    const concepts = parse(question).concepts;
    expect(concepts.find((c) => c.surface === "test")?.weight).toBe(0);
    expect(ask(knowledge, question).answer).toBe("March 2024");
  });

  it("does not take a ruled-out name as asked, nor rank down what merely mentions it", () => {
    // "256 routed experts per layer (increased from 160 in V2)" still answers for V3.
    expect(ask(knowledge, "how many routed experts per layer in v3, not v2").answer).toBe(
      "256 routed experts",
    );
    expect(ask(knowledge, "who is the openai ceo, not microsoft").answer).toBe("Sam Altman");
    expect(ask(knowledge, "how many tokens does small mode use, not tiny").answer).toBe("100");
  });

  it("does nothing when the whole question is the clause", () => {
    const concepts = parse("not sure when r1 came out").concepts;
    expect(concepts.every((c) => c.weight > 0)).toBe(true);
  });
});

describe("how long a text is", () => {
  it("does answer how long a report or article is with its pages or words", () => {
    // "This 40+ page report …", "Anthropic CEO publishes a 10,000-word article".
    expect(ask(knowledge, "how long was the 67b paper").answer).toBe("40+ page");
    expect(ask(knowledge, "how long was the anthropic ceo's article on deepseek").answer).toBe(
      "10,000-word",
    );
    // "How long" of anything else is still a duration: "retired after 1.5 years".
    expect(ask(knowledge, "how long did fire-flyer 1 last before retirement").answer).toBe(
      "1.5 years",
    );
    // Pages per day are a count, not a text's length.
    expect(ask(knowledge, "how many pages a day can ocr do on one a100").answered).toBe(true);
  });
});

describe("what a how-many question counts", () => {
  it("does read 'the X count' as counting X", () => {
    expect(parse("What is the parameter count of DeepSeek-V2.5?").counted[0]?.surface).toBe(
      "parameter",
    );
    // "the two models have been combined into one, upgraded to DeepSeek-V2.5": two models.
    expect(ask(knowledge, "What is the parameter count of DeepSeek-V2.5?").answered).toBe(false);
  });

  it("does not read the slash of a fraction as a rate's per", () => {
    // "which was 1/70 of GPT-4-Turbo" counts no parameters: "/70 of GPT-4-Turbo" is its unit.
    expect(ask(knowledge, "how many params does gpt-4 turbo have").answer).not.toBe("1/70");
    // A rate's measure still ends the unit: "256 routed experts per layer".
    expect(ask(knowledge, "how many routed experts per layer does v3 use").answer).toBe(
      "256 routed experts",
    );
  });

  it("does not count experts with a model's size, but sizes and parameters with it", () => {
    // "It is available in three sizes: 3B, 16B, and 27B": no count of VL2's experts.
    expect(ask(knowledge, "how many experts does vl2 have").answered).toBe(false);
    expect(ask(knowledge, "how many sizes does vl2 come in").answer).toBe(
      "three sizes: 3B, 16B, and 27B",
    );
  });

  it("does not take a loose neighbour of the counted word as the amount's unit", () => {
    // "1 yuan/million inputs": "input" is only a word-vector neighbour of "parameters".
    expect(ask(knowledge, "how many params is coder v2").answer).not.toBe("1 yuan");
  });
});

describe("a long, chatty question", () => {
  it("does answer when the best passage covers less of it than a short question needs", () => {
    // Eleven words, most of them scene and chat: the reason is in the best passage.
    const result = ask(
      knowledge,
      "kinda surprised deepseek didnt just raise a huge vc round like every other ai startup, why werent investors into it at first",
    );
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("short-term exit");
  });

  it("does still abstain on a short question the documents do not answer", () => {
    expect(ask(knowledge, "whats deepseeks stock ticker").answered).toBe(false);
  });
});

describe("an amount read as the bold answer", () => {
  it("does name what a bare count counts when the words after it say so", () => {
    expect(ask(knowledge, "how many routed experts does v3 have per layer").answer).toBe(
      "256 routed experts",
    );
  });

  it("does keep each part's counted thing when two counts are asked at once", () => {
    // "1 · 256" would say nothing a reader could check.
    expect(ask(knowledge, "V3每层有几个共享专家？路由专家又是多少个").answer).toBe(
      "1 shared expert · 256 routed experts",
    );
  });

  it("does keep the bound the sentence puts on an amount", () => {
    expect(ask(knowledge, "how much market cap did nvidia lose").answer).toBe(
      "nearly $600 billion",
    );
    expect(
      ask(knowledge, "acc to finance eleven how many chinese companies had over 10k gpus").answer,
    ).toBe("no more than five domestic companies");
  });

  it("does leave a share or a size as the sentence writes it", () => {
    expect(ask(knowledge, "how much did nvidia's share price drop").answer).toBe("18%");
  });
});

describe("a sentence that holds a value but not the one asked", () => {
  it("does abstain when the amount's clause says nothing of what is asked", () => {
    // DreamCraft3D's passage has "more than 90% of users", no size.
    expect(ask(knowledge, "how many params does dreamcraft3d have").answered).toBe(false);
  });

  it("does not count a share that names nothing before it as what is counted", () => {
    // "more than 90% of users said that DreamCraft3D…": a share of users, no size.
    expect(
      ask(knowledge, "How many parameters does the DreamCraft3D model have?").answer,
    ).toBeNull();
  });

  it("does abstain when the only name a who question gets is the one it names", () => {
    // "co-founded … by Liang Wenfeng and two classmates": no classmate is named.
    const question = "what were the names of liangs two classmates who cofounded the fund";
    expect(ask(knowledge, question).answered).toBe(false);
  });

  it("does abstain when the only amount is another thing's", () => {
    expect(ask(knowledge, "How many parameters does GPT-4 have?").answered).toBe(false);
  });

  it("does not give a possessive name the next item of a list", () => {
    // "an 18% drop in Nvidia's share price and over $1 trillion erased from U.S. tech market"
    const result = ask(knowledge, "how much was wiped off tech stocks when deepseek blew up");
    expect(result.answer).toMatch(/1 trillion/);
    expect(ask(knowledge, "how much market cap did nvidia lose").answer).toBe(
      "nearly $600 billion",
    );
  });
});

describe("a Chinese question asking the time of day", () => {
  it("does answer 几点 with the clock time, not the date", () => {
    expect(parse("Janus-Pro是几点发布的").wants).toBe("time");
    expect(ask(knowledge, "Janus-Pro是几点发布的").answer).toBe("1:00 a.m.");
  });
});

describe("a how-long question about a context", () => {
  it("does read how long a context is as its size in tokens, not a duration", () => {
    expect(ask(knowledge, "how long of a context can the mla models handle").answer).toBe(
      "128K-164K token",
    );
  });

  it("does still ask a duration of how many days", () => {
    expect(ask(knowledge, "how many days was the promo pricing window for v3").answer).toBe(
      "45-day",
    );
    expect(ask(knowledge, "How long did it take to extend the context window?").answer).toBeNull();
  });
});

describe("a Chinese verb's directional complement", () => {
  it("does not weigh 下来 as a word asked when it only completes the verb", () => {
    const concepts = parse("DeepSeek这个名字是啥时候正式定下来的").concepts.map((c) => c.surface);
    expect(concepts).not.toContain("下来");
    expect(ask(knowledge, "DeepSeek这个名字是啥时候正式定下来的").answer).toBe("May 2023");
  });
});

describe("another company's model named inside a Chinese question", () => {
  it("does take the Latin name as the subject, not the Chinese character before it", () => {
    // "On January 20, 2025, the company announced DeepSeek-R1 … OpenAI's o1": R1's date, not o1's.
    const result = ask(knowledge, "OpenAI的o1是哪天发布的");
    expect(result.answered).toBe(true);
    expect(result.answer).toBeNull();
  });
});

describe("a model family named without its version", () => {
  it("does read the family as the documents' versioned names and ask about it", () => {
    // The documents write only "Qwen2-72B": "qwen's api" asks about Qwen, whose price they lack;
    // "1 yuan" and "¥0.1" are DeepSeek's.
    expect(ask(knowledge, "how much does qwen's api cost").answered).toBe(false);
    // "…surpassing star models such as Llama3-70B, Qwen2-72B…": asked of Qwen, it answers.
    const arena = ask(knowledge, "did v2 beat qwen on the chatbot arena");
    expect(arena.answered).toBe(true);
    expect(arena.passages[0]?.text).toContain("Qwen2-72B");
  });
});

describe("what an amount counts", () => {
  it("does read the last word within reach whole", () => {
    // "nearly 20 public evaluation lists": 20 characters on end inside "lists".
    expect(
      ask(knowledge, "on roughly how many benchmark lists did the 67b beat llama2 70b").answer,
    ).toBe("nearly 20 public evaluation lists");
  });

  it("does not take a rate's measure for what it counts", () => {
    // "256 routed experts" counts experts, not layers.
    expect(ask(knowledge, "how many layers does v3s moe stack in total").answered).toBe(false);
  });
});

describe("hearsay around a question", () => {
  it("does not weigh words that only say where the asker heard it", () => {
    const concepts = parse(
      "ngl i read somewhere that liang hoarded nvidia cards, i heard he kept them",
    ).concepts;
    const surfaces = concepts.map((c) => c.surface);
    for (const word of ["somewhere", "heard", "kept"]) expect(surfaces).not.toContain(word);
    expect(surfaces).toContain("nvidia");
  });

  it("does not weigh 'according to', nor its short 'acc to', which only names the source", () => {
    // "We lowered the price because, on the one hand, the cost has come down…"
    const question = "why did they lower prices acc to liang";
    const surfaces = parse(question).concepts.map((c) => c.surface);
    expect(surfaces).not.toContain("acc");
    expect(
      parse("why did prices drop according to liang").concepts.map((c) => c.surface),
    ).not.toContain("according");
    expect(ask(knowledge, question).passages[0]?.text).toContain("We lowered the price because");
  });
});

describe("a score asked for", () => {
  it("does abstain when the only amount near the model is a size, not a score", () => {
    // DeepSeekMath's passage gives 7B and 30B, no MATH score.
    expect(
      ask(knowledge, "What score did DeepSeekMath achieve on the MATH benchmark?").answered,
    ).toBe(false);
  });
});

describe("a Chinese question asking which decade", () => {
  it("does read 哪个年代 as asking a date", () => {
    expect(parse("梁文锋是哪个年代出生的").type).toBe("date");
    expect(ask(knowledge, "梁文锋是哪个年代出生的").answer).toBe("1980s");
  });
});

describe("a Chinese question asking which year", () => {
  it("does abstain when the only date is a decade, as in English", () => {
    expect(parse("梁文锋哪年出生").wants).toBe("year");
    expect(ask(knowledge, "梁文锋哪年出生").answered).toBe(false);
    expect(ask(knowledge, "幻方哪年成立的").answered).toBe(true);
  });
});

describe("a comparison asked with how much", () => {
  it("does answer how much cheaper with how many times, not with the price", () => {
    const question =
      "ok so v2 was benchmarked against gpt4 turbo and everyone lost their minds abt the price, how much cheaper was it exactly";
    expect(ask(knowledge, question).answer).toBe("1/70");
  });

  it("does answer 便宜多少 (how much cheaper) with how many times, not with the price", () => {
    // "…at a price of only 1 yuan/million input, which was 1/70 of GPT-4-Turbo."
    expect(ask(knowledge, "DeepSeek V2的价格比GPT-4-Turbo便宜多少").answer).toBe("1/70");
  });
});

describe("a Chinese clause that rules something out", () => {
  it("does weigh nothing the clause names, as in English", () => {
    const exp = parse("V3.2正式版（不是Exp那个）啥时候上线的").concepts.find(
      (c) => c.surface === "exp",
    );
    expect(exp?.weight).toBe(0);
    // The only date is V3.2-Exp's, which the question rules out.
    expect(ask(knowledge, "V3.2正式版（不是Exp那个）啥时候上线的").answer).toBeNull();
  });
});

describe("what a bold count is extended with", () => {
  it("does stop at a function word or per, and never end on one", () => {
    // "1 shared expert per layer that is always activated"; asked per token, it is another rate.
    expect(ask(knowledge, "how many experts are always activated per layer").answer).toBe(
      "1 shared expert",
    );
  });
});

describe("a how-many question whose clause does not repeat its words", () => {
  it("does still show the passage when the amount is of the measure asked", () => {
    // "two versions, 236B and 16B": a size, though the clause never says "parameters".
    expect(ask(knowledge, "How many parameters does Coder V2 have?").answered).toBe(true);
    expect(ask(knowledge, "How much did Fire-Flyer 2 cost?").answered).toBe(true);
  });
});

describe("a clause its question mark ends", () => {
  const knowledge = loadKnowledge();

  it("does ask, and its subject weighs in full: vl2 sizes? how big r they", () => {
    expect(ask(knowledge, "vl2 sizes? how big r they").answer).toBe("3B, 16B, and 27B");
  });

  it("does not when it names nothing: thoughts? wait what?", () => {
    expect(ask(knowledge, "thoughts? when did deepseek release coder").answer).toBe(
      "November 2, 2023",
    );
    expect(ask(knowledge, "wait what? when did r1 come out").answer).toBe("January 20, 2025");
  });
});

describe("a slip of two letters swapped", () => {
  const knowledge = loadKnowledge();

  it("does correct it to the word with those letters, not one letter off", () => {
    // "trian": one slip from "train" and from "trial" ("a 45-day preferential trial period").
    expect(knowledge.index.correctSpelling("trian")).toBe("train");
    // "…training competitive models for under $6 million using Nvidia H800 GPUs"
    const result = ask(knowledge, "what gpus did they trian on");
    expect(result.passages[0]?.text).toContain("H800");
  });
});

describe("an amount asked as a bare noun phrase", () => {
  it("does ask an amount when an amount's noun ends a question with no question word", () => {
    expect(parse("v2 total params?").type).toBe("quantity");
    expect(parse("ff2 cost in dollars?").type).toBe("quantity");
    // "The MoE framework in DeepSeek-V3 consists of: 671 billion total parameters…".
    const result = ask(knowledge, "v3 params?");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("671 billion total parameters");
  });

  it("does not answer in bold, which amount is meant being too loosely said", () => {
    // "v3 price?" met by "the estimated training cost was only 5.5 million US dollars".
    expect(parse("v3 price?").bareAmount).toBe(true);
    expect(ask(knowledge, "v3 price?").answer).toBeNull();
  });

  it("does abstain when the sum is in another currency than the one asked", () => {
    // "Fire-Flyer 2 … at a cost of 1 billion yuan": no dollars, as for "how much … in dollars".
    expect(ask(knowledge, "ff2 cost in dollars?").answered).toBe(false);
  });

  it("does count the parameters asked, not any amount of the passage", () => {
    // Coder V2's passage gives its sizes and its price, "1 yuan": no count of parameters alone.
    expect(ask(knowledge, "coder v2 params").answer).toBeNull();
  });

  it("does not read a sentence with a function word as a bare noun phrase", () => {
    const chatty =
      "ok so everyone keeps saying deepseek is burning cash, are they actually making money at those prices fr";
    expect(parse(chatty).type).not.toBe("quantity");
    expect(parse("i love the low price").bareAmount).toBe(false);
    expect(parse("params?").bareAmount).toBe(false);
  });
});

describe("a price per something asked", () => {
  it("does not answer in bold with a total in millions from a sentence stating no rate", () => {
    // "the estimated training cost was only 5.5 million US dollars": no price per token.
    expect(ask(knowledge, "what is the v3 input price per million tokens").answer).toBeNull();
    // A rate the sentence does state still answers: "2 yuan per million output tokens".
    expect(ask(knowledge, "what is the price per million output tokens").answer).toBe("2 yuan");
  });
});

describe("a Chinese copula or measure word right after a word", () => {
  it("does leave 是 and 个 after the word before them, not inside the next", () => {
    // 预算 / 是多少 (the budget is how much), not 预 / 算是 (counts as); 第一 / 个, not 第 / 一个.
    expect(parse("萤火二号的预算是多少").concepts.map((c) => c.surface)).toContain("预算");
    expect(ask(knowledge, "萤火二号的预算是多少").answer).toBe("1 billion yuan");
    expect(parse("DeepSeek发布的第一个模型是什么").concepts.map((c) => c.surface)).toContain(
      "第一",
    );
  });
});

describe("a Chinese question asking which ones", () => {
  it("does read 哪几个 as which ones, not as how many", () => {
    // "April 2024: DeepSeek-Math models (Base, Instruct, and RL)".
    const question = "DeepSeek-Math发布了哪几个版本";
    expect(parse(question).type).toBe("open");
    expect(parse(question).yesNo).toBe(false);
    expect(ask(knowledge, question).passages[0]?.text).toContain("Base, Instruct, and RL");
  });
});

describe("a guess after the question", () => {
  it("does answer as without the guess when the guess is a name the documents lack", () => {
    // "…training competitive models for under $6 million using Nvidia H800 GPUs".
    const result = ask(knowledge, "what gpus did they train on, h100s?");
    expect(result.passages[0]?.text).toContain("H800");
    expect(ask(knowledge, "how many h100s does deepseek have").answered).toBe(false);
  });

  it("does not let a guessed name or value decide the bold answer", () => {
    // "Keep in mind that DeepSeek Coder is a 7B model, while CodeLlama is a 34B model": the
    // guessed 34b is not a value the question states, to be left out of the answer.
    const guessed = ask(knowledge, "how big was the codellama they compared against? like 34b?");
    expect(guessed.answer).not.toBe("7B");
    // "was it the us?" guesses; it does not ask about the United States (Trump's remarks).
    const attacks = ask(knowledge, "who was behind the cyberattacks on deepseek, was it the us?");
    expect(attacks.answer).toBeNull();
  });
});

describe("a name the thing asked is compared with", () => {
  it("does answer with the value of the thing asked, not of what it is compared with", () => {
    // "Keep in mind that DeepSeek Coder is a 7B model, while CodeLlama is a 34B model."
    const question = "codellama was how big compared to deepseek coder";
    expect(parse(question).comparedWith.size).toBe(1);
    expect(ask(knowledge, question).answer).toBe("34B");
    expect(ask(knowledge, "codellama was how big vs. deepseek coder").answer).toBe("34B");
    expect(ask(knowledge, "how big was deepseek coder compared to codellama").answer).not.toBe(
      "34B",
    );
  });

  it("does read a name after 'same as' as what the thing asked is compared with", () => {
    // "1 yuan per million input tokens and 2 yuan per million output tokens".
    const question = "back when they started charging, what did output tokens cost? same as input";
    expect([...parse(question).comparedWith].map((c) => c.surface)).toEqual(["input"]);
    expect(ask(knowledge, question).answer).toBe("2 yuan");
  });
});
