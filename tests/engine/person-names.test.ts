import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { parseQuestion } from "../../src/engine/question.js";
import { asksPersonName } from "../../src/engine/understand/answer-type.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";

const knowledge = loadKnowledge();
const parse = (question: string) => parseQuestion(knowledge.index, knowledge.lexicon, question);
const people = new Set(["analyst", "classmate", "reporter", "ceo", "guy", "friend", "founder"]);
const isPerson = (noun: string) => people.has(noun);

describe("asksPersonName", () => {
  it("does find a person's name when asked by pronoun, after 'of', or right before 'name'", () => {
    expect(asksPersonName("which microsoft ceo praised it, whats his name", isPerson)).toBe(true);
    expect(asksPersonName("what are the names of the 2 classmates", isPerson)).toBe(true);
    expect(
      asksPersonName("What is the name of the lead analyst at SemiAnalysis who said", isPerson),
    ).toBe(true);
    expect(
      asksPersonName("the names of the two Zhejiang University classmates who", isPerson),
    ).toBe(true);
    expect(asksPersonName("who interviewed liang, like the reporters name", isPerson)).toBe(true);
    expect(asksPersonName("whats the anthropic ceo's name", isPerson)).toBe(true);
  });

  it("does find a person's name when a role follows 'who was'", () => {
    expect(asksPersonName("Who was the friend from Magic Cube Quant who asked", isPerson)).toBe(
      true,
    );
    expect(asksPersonName("who is the guy who started deepseek", isPerson)).toBe(true);
  });

  it("does not ask a person's name when the name is a thing's", () => {
    expect(asksPersonName("whats the name of the hedge fund behind deepseek", isPerson)).toBe(
      false,
    );
    expect(asksPersonName("which team won aimo, whats their team name", isPerson)).toBe(false);
    expect(asksPersonName("whats the name of liangs gtc talk", isPerson)).toBe(false);
    expect(asksPersonName("who named it janus", isPerson)).toBe(false);
    expect(asksPersonName("who is andrew carr and what did he think", isPerson)).toBe(false);
  });

  it("does not ask a person's name when the person is in a clause after the thing named", () => {
    // The noun phrase after "name of" ends at its first stop word: "hedge fund", not "founder".
    expect(asksPersonName("whats the name of the hedge fund the founder started", isPerson)).toBe(
      false,
    );
    expect(asksPersonName("what's the founder's company name", isPerson)).toBe(false);
  });

  it("does read a plural or possessive as its singular ('classmates', 'bosses', 'deputies')", () => {
    expect(asksPersonName("names of the classmates", isPerson)).toBe(true);
    expect(asksPersonName("the ceos name", isPerson)).toBe(true);
    expect(asksPersonName("names of the bosses", (n) => n === "boss")).toBe(true);
    expect(asksPersonName("names of the deputies", (n) => n === "deputy")).toBe(true);
  });
});

describe("a question asking a person's name", () => {
  it("does ask for a person whatever its question word, with the lexicon's person nouns", () => {
    const parsed = parse("what are the names of the two classmates liang started high flyer with");
    expect(parsed.asksPersonName).toBe(true);
    expect(parsed.type).toBe("person");
    expect(parsed.concepts.map((c) => c.surface)).not.toContain("names");
    expect(parse("whats the name of the hedge fund").asksPersonName).toBe(false);
    // WordNet writes "Chinese" capitalised: a name, not a person noun of the list.
    expect(parse("what are the names of the chinese models").asksPersonName).toBe(false);
  });

  it("does not read a word of a name the question gives as a role", () => {
    // "High-Flyer": a flyer is an aviator, but not here.
    expect(parse("what is the name of the high flyer fund").asksPersonName).toBe(false);
  });

  it("does read a notion's word as a role, only a name's word as none", () => {
    // "founder" is a word of the founding notion of the alias table, not of a name.
    expect(parse("what is the name of the founder of deepseek").asksPersonName).toBe(true);
    expect(ask(knowledge, "what is the name of the founder of deepseek").answer).toBe(
      "Liang Wenfeng",
    );
    expect(ask(knowledge, "what's the microsoft ceo's name").answer).toBe("Satya Nadella");
  });

  it("does keep 'who is' a definition when the question names the person", () => {
    expect(parse("who is liang wenfeng founder of high flyer").type).toBe("definition");
  });

  it("does abstain when the best sentence names no one but whom the question names", () => {
    // "…co-founded … by Liang Wenfeng and two classmates": the classmates are never named.
    for (const q of [
      "what are the names of the two classmates liang started high flyer with",
      "What is the name of the lead analyst at SemiAnalysis who praised the DeepSeek V2 paper?",
      'Who was the friend from Magic Cube Quant who asked the author, "Do you want to build a big model in China?"',
    ]) {
      expect(ask(knowledge, q).answered, q).toBe(false);
    }
  });

  it("does give no bold name when the name is made of common words only", () => {
    // "…a pig's head and the body of the Monkey King" and "Function Calling" name no one.
    for (const q of ["who heads deepseek's research", "who runs the deepseek api"]) {
      const result = ask(knowledge, q);
      expect(result.answer, q).toBeNull();
    }
    expect(knowledge.lexicon.commonCapitalised.has("Monkey")).toBe(true);
    // A name with a word of its own still answers.
    expect(ask(knowledge, "who leads deepseek").answer).toBe("Liang Wenfeng");
  });

  it("does give no bold name when the question asks nothing but the corpus's topic", () => {
    // "Whos behind deepseek" names only DeepSeek, which every passage names: "Sam Altman …
    // praised DeepSeek" is no answer.
    expect(ask(knowledge, "whos behind deepseek lol").answer).toBeNull();
    // "Who made", "who created", "who started" ask for the founder (paraphrases.json).
    expect(ask(knowledge, "who made deepseek").answer).toBe("Liang Wenfeng");
    expect(ask(knowledge, "who created deepseek").answer).toBe("Liang Wenfeng");
  });

  it("does show, without bold, a sentence naming only the asked person beside others unnamed", () => {
    // "…co-founded in February 2016 by Liang Wenfeng and two classmates from Zhejiang University".
    const result = ask(knowledge, "who did liang start the hedge fund with");
    expect(result.answered).toBe(true);
    expect(result.answer).toBeNull();
    expect(result.passages[0]?.text).toContain("two classmates");
    // Asked for their names, the documents give none.
    const names = "what are the names of the two classmates liang started high-flyer with";
    expect(ask(knowledge, names).answered).toBe(false);
  });

  it("does read 'who is' before a name the documents write as what that person is", () => {
    // "Andrew Carr, a former OpenAI employee, believes…": the documents say who he is.
    const result = ask(knowledge, "whos andrew carr, saw his name in smth abt v2");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("Andrew Carr, a former OpenAI employee");
    // A name owning what follows is not who is asked about: "who is openai's ceo" asks a name.
    expect(ask(knowledge, "who is openai's ceo").answer).toBe("Sam Altman");
    // "Who is the CEO" still asks for a name, which the documents do not give.
    expect(ask(knowledge, "who is the ceo of deepseek").answered).toBe(false);
  });

  it("does read a phrase with filler words between its own, as typed in chat", () => {
    // "Who actually started" is "who started" (chat.json filler: actually, really…).
    expect(ask(knowledge, "yo who actually started deepseek, like the guy behind it").answer).toBe(
      "Liang Wenfeng",
    );
    // A word that is no filler still breaks the phrase: "who else started" asks someone else.
    expect(ask(knowledge, "who else started a company with liang").answer).not.toBe(
      "Liang Wenfeng",
    );
  });

  it("does answer when the best sentence names a company the question does not", () => {
    // "…High-Flyer … as the principal investor": a company may be who is asked.
    expect(ask(knowledge, "who was deepseek's principal investor").answered).toBe(true);
  });

  it("does answer in bold when the best sentence names the person", () => {
    const result = ask(
      knowledge,
      "which microsoft ceo said deepseek was impressive, whats his name",
    );
    expect(result.answer).toBe("Satya Nadella");
  });
});

describe("a Chinese question asking a person's name", () => {
  it("does read 谁 or 叫啥 of a person noun as asking a name, a gloss or a Latin word", () => {
    expect(parse("SemiAnalysis 的首席分析师是谁").asksPersonName).toBe(true);
    expect(parse("Anthropic CEO 叫啥").asksPersonName).toBe(true);
    expect(parse("R1 叫什么").asksPersonName).toBe(false);
    // 研究员's gloss "researcher" is "research" as a stem, as 开发 (develop) is "developer"'s: no
    // derived noun counts; and 谁 must follow the noun.
    expect(parse("DeepSeek的研究员叫什么").asksPersonName).toBe(false);
    expect(parse("谁开发了DeepSeek-V3").asksPersonName).toBe(false);
    // Only 的 and 是 may stand between the noun and its cue: 和谁 asks with whom.
    expect(parse("OpenAI的CEO和谁一起称赞了DeepSeek").asksPersonName).toBe(false);
    expect(parse("SemiAnalysis的首席分析师是哪位").asksPersonName).toBe(true);
    expect(ask(knowledge, "谁开发了DeepSeek-V3").answered).toBe(true);
  });

  it("does abstain when the best sentence names no one, and answers when it does", () => {
    // "the lead analyst at SemiAnalysis believes…": the analyst is never named.
    expect(ask(knowledge, "SemiAnalysis 的首席分析师是谁").answered).toBe(false);
    expect(ask(knowledge, "微软CEO叫什么名字").answer).toBe("Satya Nadella");
    expect(ask(knowledge, "幻方的创始人叫啥").answer).toBe("Liang Wenfeng");
  });
});
