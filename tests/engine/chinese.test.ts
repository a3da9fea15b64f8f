import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { parseQuestion } from "../../src/engine/question.js";
import {
  asksInChinese,
  chineseAnswerType,
  choiceAsYesNo,
  segment,
} from "../../src/engine/understand/chinese.js";
import { englishPhrases } from "../../src/engine/understand/chinese-phrases.js";
import { type ChineseLexicon, EMPTY_CHINESE } from "../../src/ingest/load-chinese.js";
import { EMPTY_LEXICON, type LexiconData } from "../../src/ingest/load-lexicon.js";
import { buildKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { baseTokens } from "../../src/text/tokens.js";
import { fixtureKnowledge } from "../helpers/fixture-knowledge.js";

/** A Chinese lexicon made for these tests, so they do not move when zh.json is rebuilt. */
const chinese: ChineseLexicon = {
  ...EMPTY_CHINESE,
  words: { 发布: "releas 0.9,issu 0.7", 参数: "paramet 0.9", 时候: "time 0.9", 版: "version 0.9" },
  cues: [
    { type: "date", parts: ["什么时候"] },
    { type: "date", parts: ["几月"] },
    { type: "date", parts: ["哪天"] },
    { type: "date", parts: ["几点"] },
    { type: "quantity", parts: ["多少"] },
    { type: "quantity", parts: ["几"] },
    { type: "person", parts: ["谁"] },
    { type: "definition", parts: ["是什么"] },
    { type: "definition", parts: ["什么是"] },
    { type: "open", parts: ["可以", "吗"] },
  ],
  filler: new Set(["的", "是", "吗", "请问", "有"]),
  suffixes: new Set(["量"]),
  asks: ["啥", "吗"],
  classifiers: new Map([["家", ["companies"]]]),
  dayCues: ["哪天"],
  timeCues: ["几点"],
  simplified: new Map([["發", "发"]]),
};
const lexicon: LexiconData = { ...EMPTY_LEXICON, chinese };
const { index } = fixtureKnowledge();

describe("reading a question asked in Chinese", () => {
  it("does read a clause as asking when it holds a cue or a question word, not otherwise", () => {
    expect(asksInChinese("用的啥架构", chinese)).toBe(true);
    expect(asksInChinese("小的那个多少参数", chinese)).toBe(true);
    expect(asksInChinese("两篇写得不一样", chinese)).toBe(false);
  });

  it("does cut a run of characters into the fewest known words when words overlap", () => {
    const known = new Set(["是", "什么", "是什么", "什么时候", "时候", "发布", "的"]);
    expect(segment("是什么时候发布的", (w) => known.has(w), 4)).toEqual([
      "是",
      "什么时候",
      "发布",
      "的",
    ]);
  });

  it("does leave a character no word covers on its own when segmenting", () => {
    expect(segment("发布囤", (w) => w === "发布", 4)).toEqual(["发布", "囤"]);
  });

  it("does leave a suffix after the word before it when two cuts have as few words", () => {
    const known = (w: string) => ["参", "参数", "数量", "量"].includes(w);
    expect(segment("参数量", known, 4, (c) => c === "量")).toEqual(["参数", "量"]);
    // Without the suffix the tie keeps the longest last word.
    expect(segment("参数量", known, 4)).toEqual(["参", "数量"]);
  });

  it("does read a word ending in a suffix of the lexicon as that word when parsing", () => {
    const withAmount: LexiconData = {
      ...lexicon,
      chinese: { ...chinese, words: { ...chinese.words, 参: "take 0.9", 数量: "amount 0.9" } },
    };
    const parsed = parseQuestion(index, withAmount, "R1的参数量是多少");
    expect(parsed.concepts.map((c) => c.surface)).toContain("参数");
  });

  it("does split Latin words from Chinese when no space separates them", () => {
    expect(baseTokens("R1是什么")).toEqual(["r1", "是什", "什么"]);
  });

  it("does carry a Chinese word onto the documents' terms through its glosses", () => {
    const parsed = parseQuestion(index, lexicon, "R1是什么时候发布的");
    const gloss = parsed.concepts.find((c) => c.surface === "发布");
    expect(gloss?.kind).toBe("gloss");
    expect(gloss?.related.map((r) => r.term)).toContain("releas");
    expect(gloss?.related.every((r) => r.weight < 1)).toBe(true);
    // The Latin name keeps its own reading beside the Chinese.
    expect(parsed.concepts.some((c) => c.surface === "r1")).toBe(true);
    expect(parsed.type).toBe("date");
  });

  it("does read a Chinese name of the alias table as its group", () => {
    const parsed = parseQuestion(index, lexicon, "梁文锋是谁");
    expect(parsed.concepts.map((c) => c.terms[0])).toEqual(["§liang-wenfeng"]);
  });

  it("does read a word holding a one-character cue part as a word: 能力, 功能", () => {
    // 能 is a part of the cue 能…吗 (can …?); 能力 (ability) and 功能 (feature) ask nothing.
    const knowledge = buildKnowledge();
    const surfaces = (q: string) =>
      parseQuestion(knowledge.index, knowledge.lexicon, q).concepts.map((c) => c.surface);
    expect(surfaces("Janus-Pro代表了几种能力")).toContain("能力");
    expect(surfaces("DeepSeek-OCR有哪些功能")).toContain("功能");
    // "This also represents the model's two abilities": the count of abilities answers.
    expect(ask(knowledge, "Janus-Pro代表了几种能力").answer).toBe("two abilities");
  });

  it("does give filler and cue words no concept", () => {
    const parsed = parseQuestion(index, lexicon, "请问R1的参数是多少吗");
    expect(parsed.concepts.map((c) => c.surface).sort()).toEqual(["r1", "参数"]);
  });

  it("does weigh characters no word covers as a word the documents lack when two run together", () => {
    const parsed = parseQuestion(index, lexicon, "R1的囤囤是什么");
    expect(parsed.concepts.find((c) => c.surface === "囤囤")?.kind).toBe("unknown-word");
  });

  it("does carry a gloss the documents lack onto their terms through the English lexicon", () => {
    // 机群's gloss "group" is no term of the fixture; WordNet relates it to "cluster", which is.
    const withEnglish: LexiconData = {
      ...lexicon,
      related: { wordnet: new Map([["group", "cluster 0.9"]]) },
      chinese: { ...chinese, words: { ...chinese.words, 机群: "group 0.9" } },
    };
    const parsed = parseQuestion(index, withEnglish, "萤火二号的机群");
    const gloss = parsed.concepts.find((c) => c.surface === "机群");
    expect(gloss?.related.map((r) => r.term)).toEqual(["cluster"]);
    // Two steps from the question's word: trusted less than either step alone.
    expect(gloss?.related[0]?.weight).toBeLessThan(0.9 * 0.8);
  });

  it("does read a question typed in traditional characters as its simplified words", () => {
    const parsed = parseQuestion(index, lexicon, "R1是什么时候發布的");
    expect(parsed.concepts.find((c) => c.surface === "发布")?.kind).toBe("gloss");
    expect(parsed.type).toBe("date");
  });

  it("does count what a measure word counts and the word after it", () => {
    const { index: full, lexicon: real } = buildKnowledge();
    const parsed = parseQuestion(full, real, "DeepSeek有几位创始人");
    expect(parsed.counted.map((c) => c.surface)).toEqual(["位", "创始人"]);
  });

  it("does count what 页 and 层 count: pages and layers, not a model's size", () => {
    // "…DeepSeek LLM 67B technical report" and "a 40+ page technical report".
    const knowledge = buildKnowledge();
    const { index: full, lexicon: real } = knowledge;
    expect(parseQuestion(full, real, "LLM技术报告有多少页").counted.map((c) => c.surface)).toEqual([
      "页",
    ]);
    expect(ask(knowledge, "DeepSeek LLM技术报告有多少页").answer).toBe("40+ page");
    // 层 counts layers: the documents give V3's experts per layer, never how many layers.
    expect(ask(knowledge, "DeepSeek-V3 有多少层？").answered).toBe(false);
    expect(ask(knowledge, "V3每层有多少个路由专家").answer).toContain("256");
    // "16× token compression via 2-layer conv": the layers are the 2's, not the 16×'s.
    expect(ask(knowledge, "DeepEncoder一共有多少层").answer).toBeNull();
    expect(
      ask(knowledge, "How many layers does DeepSeek-OCR's DeepEncoder have?").answer,
    ).toBeNull();
  });

  it("does take what an amount cue counts from the word right after it", () => {
    const parsed = parseQuestion(index, lexicon, "R1有多少参数");
    expect(parsed.type).toBe("quantity");
    expect(parsed.counted.map((c) => c.surface)).toEqual(["参数"]);
  });

  it("does not count a Latin word when it only qualifies the Chinese word after it", () => {
    // "how many PCIe nodes" counts nodes; "how many billion parameters" parameters.
    const counted = (q: string) => parseQuestion(index, lexicon, q).counted.map((c) => c.surface);
    expect(counted("萤火二号有几个PCIe节点")).not.toContain("pcie");
    expect(counted("V3有多少billion参数")).not.toContain("billion");
  });

  it("does count the Chinese word a Latin word qualifies after the cue", () => {
    // "how many PCIe nodes": 625 nodes, not "5,000 PCIe" A100 GPUs.
    const { index: full, lexicon: real } = buildKnowledge();
    const counted = (q: string) => parseQuestion(full, real, q).counted.map((c) => c.surface);
    expect(counted("萤火二号有几个PCIe节点")).toContain("节点");
    expect(counted("V2.5有多少k上下文")).toContain("上下文");
  });

  it("does count a word in Latin letters when it follows the cue and ends the question", () => {
    // "V3 used how many tokens in pre-training": a sum ("5.5 million US dollars") is no answer.
    const parsed = parseQuestion(index, lexicon, "V3预训练一共用了多少token");
    expect(parsed.counted.map((c) => c.surface)).toEqual(["token"]);
    expect(
      parseQuestion(index, lexicon, "V3 有多少参数，token 呢").counted.map((c) => c.surface),
    ).toEqual(["参数"]);
  });

  it("does count the Latin word a counted Chinese word qualifies: the phrase's head", () => {
    // "made public the nine checkpoints generated during the model training process": 几 asks
    // how many, 中间 (intermediate) says which checkpoints.
    const knowledge = buildKnowledge();
    const question = "67B训练过程中公开了几个中间checkpoint";
    const parsed = parseQuestion(knowledge.index, knowledge.lexicon, question);
    expect(parsed.counted.map((c) => c.surface)).toEqual(["checkpoint"]);
    expect(ask(knowledge, question).answer).toBe("nine checkpoints");
    // A Latin word after a space, or before more Chinese, is no head: 参数 is counted.
    const apart = parseQuestion(knowledge.index, knowledge.lexicon, "V3有多少参数 R1呢");
    expect(apart.counted.map((c) => c.surface)).toEqual(["参数"]);
    // 这几个 (these few) asks no amount.
    expect(ask(knowledge, "这几个模型是谁开发的").answer).toBeNull();
  });

  it("does read a verb and its negation (赚不赚钱) as a yes/no question about the verb", () => {
    // "Our principle is not to lose money or make exorbitant profits": 赚钱 (make money) is
    // glossed money; 赚不 is no word, and weighed as one the documents lack it abstained.
    const knowledge = buildKnowledge();
    const zh = knowledge.lexicon.chinese;
    if (!zh) throw new Error("the lexicon has no Chinese");
    expect(choiceAsYesNo("DeepSeek到底赚不赚钱", zh)).toBe("DeepSeek到底是否赚钱");
    expect(choiceAsYesNo("有没有开源", zh)).toBe("是否有开源");
    const question = "DeepSeek这个价格到底赚不赚钱";
    expect(parseQuestion(knowledge.index, knowledge.lexicon, question).yesNo).toBe(true);
    expect(ask(knowledge, question).passages[0]?.text).toContain("not to lose money");
  });

  it("does read 前几名 (the top places) as the documents' Top teams, not as asking how many", () => {
    // "…the DeepSeekMath model became the common choice of the Top teams": 几 there asks nothing.
    const knowledge = buildKnowledge();
    const question = "AIMO奥赛前几名用的都是啥模型";
    expect(parseQuestion(knowledge.index, knowledge.lexicon, question).type).not.toBe("quantity");
    expect(ask(knowledge, question).passages[0]?.text).toContain("DeepSeekMath-7B");
  });

  it("does read 招人 as recruitment and what it values or must have as its requirements", () => {
    // "DeepSeek's “must-have requirements” for talent recruitment are “passion and solid basic
    // skills”": CC-CEDICT glosses 看重 value and regard, 硬性 hard and rigid.
    const knowledge = buildKnowledge();
    for (const question of ["DeepSeek招人最看重什么", "DeepSeek招人的硬性要求是什么"])
      expect(ask(knowledge, question).passages[0]?.text, question).toContain("must-have");
  });

  it("does count the Latin word after a scale letter and 的, not the scale", () => {
    // "V3 was pre-trained on how many trillion tokens": no sum ("5.5 million US dollars") answers.
    const knowledge = buildKnowledge();
    const question = "V3预训练用了多少T的token";
    const parsed = parseQuestion(knowledge.index, knowledge.lexicon, question);
    expect(parsed.counted.map((c) => c.surface)).toEqual(["token"]);
    expect(ask(knowledge, question).answer).toBeNull();
  });

  it("does count a word in Latin letters after a measure word that follows the cue", () => {
    // "多少张A100": 张 names nothing (zh-questions.json measureWords); the A100s are counted.
    const knowledge = buildKnowledge();
    const parsed = parseQuestion(knowledge.index, knowledge.lexicon, "萤火二号有多少张A100");
    expect(parsed.counted.map((c) => c.surface)).toEqual(["a100"]);
    expect(parsed.concepts.map((c) => c.surface)).not.toContain("张");
    expect(ask(knowledge, "萤火二号有多少张A100").answer).toBe("5,000 PCIe A100");
    // Elsewhere a measure word is a word's character: 台湾 is Taiwan, which the documents lack.
    expect(ask(knowledge, "台湾什么时候禁用DeepSeek").answered).toBe(false);
  });

  it("does not answer a count of things with a sum, unless a currency is what is counted", () => {
    // "…training competitive models for under $6 million using Nvidia H800 GPUs": no GPU count.
    const knowledge = buildKnowledge();
    expect(ask(knowledge, "训练R1用了多少张GPU？").answer).toBeNull();
    // 多少钱 asks a sum, and so does a currency counted (多少美元).
    expect(ask(knowledge, "萤火二号预算多少钱").answer).toBe("1 billion yuan");
    expect(ask(knowledge, "V3训练成本多少美元").answer).toBe("5.5 million US dollars");
  });

  it("does count a word in Latin letters when 的 follows it: what is counted, of what", () => {
    // "V3 was trained on how many tokens of data": counts tokens; no sum answers it.
    const knowledge = buildKnowledge();
    const parsed = parseQuestion(knowledge.index, knowledge.lexicon, "V3训练用了多少token的数据");
    expect(parsed.counted.map((c) => c.surface)).toEqual(["token"]);
    expect(ask(knowledge, "V3训练用了多少token的数据").answer).toBeNull();
  });
});

describe("the kind of answer a Chinese question asks for", () => {
  it.each([
    ["R1是什么时候发布的", "date"],
    ["V3几月发布", "date"],
    ["V3有几个版本", "quantity"],
    ["深度求索的创始人是谁", "person"],
    ["什么是MLA", "definition"],
    ["可以免费商用吗", "open"],
  ])("does read %s as asking for a %s", (question, type) => {
    expect(chineseAnswerType(question, chinese)).toBe(type);
  });

  it("does say nothing when no cue is met", () => {
    expect(chineseAnswerType("R1发布", chinese)).toBeUndefined();
  });
});

describe("answering a Chinese question from the English documents", () => {
  it("does read 技术报告 as the technical report, an event no release date answers", () => {
    const knowledge = buildKnowledge();
    // "On January 7, 2024, DeepSeek released the DeepSeek LLM 67B technical report."
    expect(ask(knowledge, "67B的技术报告是哪天发的").answer).toBe("January 7, 2024");
    // V3's technical report is never dated: not its release, December 2024.
    expect(ask(knowledge, "V3 的技术报告是什么时候发布的").answer).toBeNull();
  });

  it("does read 梁文锋是谁 as asking who he is, not for a name, when it names only him", () => {
    const knowledge = buildKnowledge();
    // As "who is liang wenfeng": the passage on him, no name in bold (his own is asked about).
    for (const question of ["梁文锋是谁", "谁是梁文锋"]) {
      const result = ask(knowledge, question);
      expect(result.answered, question).toBe(true);
      expect(result.passages[0]?.text, question).toContain("Liang Wenfeng");
    }
    // Asked with whom he founded it, a name is still asked.
    const parsed = parseQuestion(knowledge.index, knowledge.lexicon, "梁文锋和谁一起创立的幻方");
    expect(parsed.type).toBe("person");
  });

  it("does answer 和谁一起创办 as 'who did he co-found it with', and abstain on 叫什么名字", () => {
    // "…co-founded in February 2016 by Liang Wenfeng and two classmates from Zhejiang
    // University": no one else is named, so no bold; the passage answers 谁.
    const knowledge = buildKnowledge();
    const result = ask(knowledge, "梁文锋和谁一起创办的幻方");
    expect(result.answered).toBe(true);
    expect(result.answer).toBeNull();
    const shown = result.passages.map((p) => p.text).join("\n");
    expect(shown).toContain("Liang Wenfeng and two classmates");
    // The classmates' names are asked: the documents give none; nor do they say who his
    // classmates were.
    expect(ask(knowledge, "和梁文锋一起创办幻方的两位同学叫什么名字").answered).toBe(false);
    expect(ask(knowledge, "梁文锋的大学同学是谁").answered).toBe(false);
  });

  it("does read a light verb as naming nothing and 网络攻击 as the documents' attacks", () => {
    // "On January 27-28, 2025, DeepSeek reported large-scale malicious attacks on its services":
    // 遭到 (suffer) glossed meet and see, 网络 internet; neither is what is asked.
    expect(ask(buildKnowledge(), "DeepSeek遭到网络攻击是什么时候？").answer).toBe(
      "January 27-28, 2025",
    );
  });

  it("does read 不愿意 as reluctant and 为什么 as no concept of the question", () => {
    // "Venture capital firms were initially reluctant to invest…": 愿意 glossed want and wish.
    const knowledge = buildKnowledge();
    const result = ask(knowledge, "为什么风投一开始不愿意投DeepSeek？");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("initially reluctant to invest");
    const parsed = parseQuestion(knowledge.index, knowledge.lexicon, "为什么风投不愿意投");
    expect(parsed.concepts.map((c) => c.surface)).not.toContain("为什么");
  });

  it("does find the release date of R1 when asked in Chinese", () => {
    const result = ask(buildKnowledge(), "R1是什么时候发布的");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("January 20, 2025");
  });

  it("does answer when every word is met only through its best gloss", () => {
    // 硬盘 → disk, 缓存 → cache, 推出 → launch: no Latin word, no name of the alias table.
    const result = ask(buildKnowledge(), "硬盘缓存是哪天推出的");
    expect(result.answered).toBe(true);
    expect(result.answer).toBe("August 2, 2024");
  });

  it("does date the open platform's launch, not the API's going online, when asked of the platform", () => {
    // 开放平台 is "open platform": January 30, 2024; "the DeepSeek API went online" is July 4.
    expect(ask(buildKnowledge(), "DeepSeek開放平台是哪天正式上線的？").answer).toBe(
      "January 30, 2024",
    );
  });

  it("does rank first the passage with the fraction asked for, not one with a price", () => {
    // 几分之一 is a cue, not two words: "1/70 of the latter" answers it.
    const result = ask(buildKnowledge(), "V2的API价格是GPT-4-Turbo的几分之一");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.highlight?.text).toContain("1/70");
    // A price is no fraction: "¥0.1" does not answer what share of the old price a hit costs.
    expect(ask(buildKnowledge(), "缓存命中后价格是原来的几分之一").answer).not.toBe("¥0.1");
    // "是B的多少" asks how much of B: a share, not the price ("1 yuan/million input").
    expect(ask(buildKnowledge(), "V2的价格是GPT-4-Turbo的多少").answer).toBe("1/70");
    // Only at the question's end: "的多少钱" asks money, "的多少参数" a count.
    expect(ask(buildKnowledge(), "V2的价格是GPT-4-Turbo的多少钱").answer).not.toBe("1/70");
    expect(ask(buildKnowledge(), "V3的多少参数是激活的").answer).toBe("37 billion");
  });

  it("does abstain when a word's glosses reach the documents only through a word vector", () => {
    // 办公室 is "office", which the documents lack; only its vector neighbour "business" is there.
    expect(ask(buildKnowledge(), "DeepSeek在法国有办公室吗").answered).toBe(false);
  });

  it("does abstain when a Chinese name of the alias table names what the documents lack", () => {
    // 估值 is valuation (aliases.json); CC-CEDICT's second gloss "estimation" would reach the
    // estimated training cost, 5.5 million US dollars.
    const knowledge = buildKnowledge();
    const { concepts } = parseQuestion(knowledge.index, knowledge.lexicon, "DeepSeek 现在估值多少");
    expect(concepts.find((c) => c.surface === "估值")?.kind).toBe("unknown-name");
    expect(ask(knowledge, "DeepSeek 现在估值多少").answered).toBe(false);
    expect(ask(knowledge, "whats deepseek valued at").answered).toBe(false);
    // 股票代码 is a stock ticker: its glosses "stock" and "code" are words the documents have.
    expect(ask(knowledge, "DeepSeek的股票代码是多少").answered).toBe(false);
    expect(ask(knowledge, "whats deepseek's stock ticker").answered).toBe(false);
  });
});

describe("a Chinese phrase read as the documents' English words", () => {
  it("does read 投入使用 as operational and 开始收费 as paid services (zh-questions.json phrases)", () => {
    const knowledge = buildKnowledge();
    // "Fire-Flyer 2 (萤火二号): Operational since 2022", not "began in 2021".
    expect(ask(knowledge, "萤火二号是哪年投入使用的").answer).toBe("2022");
    // "In March 2024, DeepSeek API officially launched paid services", not the August price cut.
    expect(ask(knowledge, "API是什么时候开始收费的").answer).toBe("March 2024");
  });

  it("does leave a question without such a phrase as it was", () => {
    expect(englishPhrases("萤火二号是哪年建成的", new Map([["投入使用", "operational"]]))).toBe(
      "萤火二号是哪年建成的",
    );
    expect(englishPhrases("哪年投入使用的", new Map([["投入使用", "operational"]]))).toBe(
      "哪年 operational 的",
    );
  });
});
