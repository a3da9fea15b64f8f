import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { parseQuestion } from "../../src/engine/question.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";

const knowledge = loadKnowledge();
const parse = (q: string) => parseQuestion(knowledge.index, knowledge.lexicon, q);

describe("a question that asks for a day", () => {
  it("does want a day when asked what day or 哪天, not when asked what year", () => {
    expect(parse("what day was deepseek incorporated").wants).toBe("day");
    expect(parse("DeepSeek这家公司是哪天正式注册的").wants).toBe("day");
    expect(parse("what month and day did v3 come out").wants).toBe("day");
    expect(parse("what year was deepseek incorporated").wants).toBe("year");
    expect(parse("what time of day did janus pro drop").wants).toBe("time");
    // A day named already: "what time" asks the hour. Alone, the hour when the documents give
    // one, else the date, as "what time" and "at what time" mostly mean it.
    expect(parse("what time did janus pro come out on new years eve").wants).toBe("time");
    expect(parse("what time did r1 come out").wants).toBe("clock");
    expect(parse("At what time was DeepSeek-R1 released?").wants).toBe("clock");
    expect(ask(knowledge, "what time did janus pro go live").answer).toBe("1:00 a.m.");
    expect(ask(knowledge, "what time did r1 come out").answer).toBe("January 20, 2025");
    expect(parse("what time of year was janus pro released").wants).toBeNull();
    expect(parse("what time zone was janus pro released in").wants).toBeNull();
    expect(ask(knowledge, "at what time did janus pro come out").answer).toBe("1:00 a.m.");
    expect(ask(knowledge, "At what time was DeepSeek-R1 released?").answer).toBe(
      "January 20, 2025",
    );
    // With no hour, the catalog's release date, not another date of the passage (a report's).
    expect(ask(knowledge, "At what time was DeepSeek Coder released?").answer).toBe(
      "November 2, 2023",
    );
    expect(parse("what time period did deepseek top the app store that day").wants).toBeNull();
    expect(parse("when was deepseek incorporated").wants).toBeNull();
    expect(parse("how many days did it take").wants).toBeNull();
  });

  it("does read the noun of what year or what day as the question word, not a concept", () => {
    const concepts = parse("what day was deepseek incorporated").concepts.map((c) => c.surface);
    expect(concepts).not.toContain("day");
    expect(ask(knowledge, "what day was deepseek incorporated").answer).toBe("July 17, 2023");
  });

  it("does read 'what was the exact day' and 'which specific day' as asking a day", () => {
    // Not a definition of "the exact day", nor a thing called "specific".
    for (const q of ["what was the exact day r1 came out", "which specific day did r1 drop"]) {
      const parsed = parse(q);
      expect(parsed.type, q).toBe("date");
      expect(parsed.wants, q).toBe("day");
      const surfaces = parsed.concepts.map((c) => c.surface);
      for (const word of ["exact", "specific", "day"]) expect(surfaces, q).not.toContain(word);
      expect(ask(knowledge, q).answer, q).toBe("January 20, 2025");
    }
  });

  it("does read 'the exact day' as the question word, care word included", () => {
    expect(ask(knowledge, "tell me the exact day r1 came out").answer).toBe("January 20, 2025");
    expect(
      parse("what's the precise date deepseek was incorporated").concepts.map((c) => c.surface),
    ).not.toContain("precise");
    // "What decade" is no date cue: it would take the fund's founding, February 2016.
    expect(ask(knowledge, "what decade is liang from").answer).not.toBe("February 2016");
  });

  it("does not read 'the specific day' inside another question as asking a day", () => {
    const q = "what did deepseek release on the specific day claude 3.5 sonnet came out";
    expect(parse(q).type).not.toBe("date");
    // "precise" is a word of its own, not a date's care: how precise OCR is.
    expect(parse("how precise is deepseek ocr").concepts.map((c) => c.surface)).toContain(
      "precise",
    );
  });

  it("does not answer a day question when the documents date the thing to a month or a year", () => {
    // The documents date DeepSeek-OCR to "October 2025" and V2 to "May 2024" only.
    expect(ask(knowledge, "what day was deepseek-ocr released").answered).toBe(false);
    expect(ask(knowledge, "exact date ocr dropped? day not just month").answered).toBe(false);
    expect(ask(knowledge, "whats the exact day v2 came out, like may what").answered).toBe(false);
    expect(ask(knowledge, "what day did fire-flyer 2 start").answer).toBeNull();
    // What they do give comes with the abstention, verbatim with its source.
    expect(ask(knowledge, "what day did v2 come out").lessPrecise?.text).toBe("May 2024");
    // A day the documents give is still the answer.
    expect(ask(knowledge, "what day did v3 come out").answer).toBe("December 26, 2024");
  });

  it("does not answer a month question with a year alone, in English or Chinese", () => {
    expect(parse("what month was fire-flyer 1 built").wants).toBe("month");
    expect(parse("萤火一号是几月建成的").wants).toBe("month");
    // The documents say Fire-Flyer 1 was built in 2019, no month.
    expect(ask(knowledge, "what month was fire-flyer 1 built").answer).toBeNull();
    expect(ask(knowledge, "萤火一号是几月建成的").answer).toBeNull();
    expect(ask(knowledge, "what month did deepseek-ocr come out").answer).toBe("October 2025");
    expect(ask(knowledge, "OCR是几月发布的").answer).toBe("October 2025");
  });

  it("does want a month when the question asks the year and the month", () => {
    expect(parse("what year and month was fire-flyer 1 built").wants).toBe("month");
    expect(parse("萤火一号是哪一年几月建成的").wants).toBe("month");
    expect(ask(knowledge, "萤火一号是哪一年几月建成的").answer).toBeNull();
  });

  it("does not take another event's month when the documents date the thing only to the year asked", () => {
    // "In 2024, DeepSeek successfully passed the recordal…"; the next sentence's "In March 2024"
    // dates the paid API, not the recordal.
    const result = ask(
      knowledge,
      "in which month of 2024 did deepseek pass the recordal of large models",
    );
    expect(result.answered).toBe(false);
    expect(result.lessPrecise?.text).toBe("2024");
    // A month the documents do give still answers.
    expect(ask(knowledge, "which month in 2023 was deepseek incorporated").answer).toBe(
      "July 17, 2023",
    );
    // "On March 20, 2024, … NVIDIA GTC 2024": the stated year stands back for the day beside it.
    expect(ask(knowledge, "which month in 2024 did liang wenfeng speak at gtc").answer).toBe(
      "March 20, 2024",
    );
  });

  it("does answer which day of a month the question names only with a day of that month", () => {
    // The documents date DeepSeek-OCR to "October 2025" only: the month repeats the question.
    expect(ask(knowledge, "what day in oct was the ocr model released").answered).toBe(false);
    expect(ask(knowledge, "DeepSeek-OCR是10月几号发布的").answered).toBe(false);
    expect(ask(knowledge, "V3是12月几号发布的").answer).toBe("December 26, 2024");
    expect(ask(knowledge, "V3是十二月几号发布的").answer).toBe("December 26, 2024");
  });

  it("does read the month asked from a day question only, in English or Chinese", () => {
    expect(parse("what day in may did v2 come out").month).toBe(5);
    expect(parse("V2是5月几号发布的").month).toBe(5);
    expect(parse("DeepSeek-OCR是十月哪日发的").month).toBe(10);
    expect(parse("what day in mar did the markets crash").month).toBe(3);
    expect(parse("what day did the markets crash").month).toBeNull();
    // 哪一月 (which month) and 同一月 (the same month) hold no numeral of a month.
    expect(parse("V3是哪一月哪一天发布的").month).toBeNull();
    expect(ask(knowledge, "V3是哪一月哪一天发布的").answer).toBe("December 26, 2024");
    expect(ask(knowledge, "May I know what day V3 was released?").answer).toBe("December 26, 2024");
    // Not a day question: "in may" is no month whose day is asked.
    expect(parse("what was released in may").month).toBeNull();
  });

  it("does show the passage, without bold, when the day asked is of the wrong month", () => {
    // DeepSeek-V2.5 came out in September 2024, not in May.
    const wrongMonth = ask(knowledge, "what day in may did v2.5 come out");
    expect(wrongMonth.answered).toBe(true);
    expect(wrongMonth.answer).toBeNull();
    // "incorporated … on July 17, 2023"; the name was confirmed in May 2023, no day given.
    const zh = ask(knowledge, "DeepSeek是5月几号成立的");
    expect(zh.answered).toBe(true);
    expect(zh.answer).toBeNull();
  });

  it("does answer with a passage that holds a day when the closest one holds only a year", () => {
    // "Founded in 2023…" and "We have set up a new company…" do not say which day.
    const result = ask(knowledge, "DeepSeek这家公司是哪天正式注册的");
    expect(result.answered).toBe(true);
    expect(result.answer).not.toBe("2023");
    expect(result.passages[0]?.text).toContain("July 17, 2023");
  });
});

describe("a date question that dates its event by another", () => {
  it("does not bold the date of the thing named after 'after'", () => {
    // "On January 27-28, 2025, DeepSeek reported large-scale malicious attacks on its services,
    // temporarily restricting new sign-ups": the attack's date, not when sign-ups reopened.
    const reopen = ask(knowledge, "wen did they reopen sign ups after the attack stuff");
    expect(reopen.answered).toBe(true);
    expect(reopen.answer).toBeNull();
    expect(ask(knowledge, "what day did sign-ups get restricted").answer).toBe(
      "January 27-28, 2025",
    );
    // The same sentence says the restriction asked: it answers.
    const restrict = "when did deepseek restrict sign ups after the attacks";
    expect(ask(knowledge, restrict).answer).toBe("January 27-28, 2025");
    // "DeepSeek Coder, on November 2, 2023, followed by the DeepSeek-LLM series on November 29".
    const series = "when did the deepseek-llm series come out after deepseek coder";
    expect(ask(knowledge, series).answer).toBe("November 29, 2023");
  });
});

describe("a question that asks for a year or a time of day", () => {
  it("does not take a decade for a year, nor a date for a time of day: a clock time", () => {
    // "born in the 1980s" gives no year; "On January 27, 2025, at 1:00 a.m." is no date span's.
    expect(ask(knowledge, "what year exactly was liang born").answer).toBeNull();
    expect(ask(knowledge, "when was liang born").answer).toBe("1980s");
    expect(ask(knowledge, "what time of day did janus pro drop lol").answer).toBe("1:00 a.m.");
    expect(ask(knowledge, "what year was high-flyer founded").answer).toBe("February 2016");
  });
});

describe("a 'what time' that means when", () => {
  it("does read a bare 'what time' or 'what time period' as when, and 'what hour' as a clock time", () => {
    expect(ask(knowledge, "what time did r1 come out").answer).toBe("January 20, 2025");
    expect(parse("what time of year was janus pro released").wants).toBeNull();
    expect(parse("what time zone was janus pro released in").wants).toBeNull();
    expect(ask(knowledge, "what hour did janus pro drop").answer).toBe("1:00 a.m.");
  });

  it("does abstain when the only date is less precise than asked, and answers the decade", () => {
    // "born in the 1980s" does not say what year.
    expect(ask(knowledge, "what year was liang born").answered).toBe(false);
    expect(ask(knowledge, "which decade was liang born in").answer).toBe("1980s");
    // 几零后 ("born in which decade") asks the same, in Chinese; only a decade answers it.
    expect(parse("梁文锋是几零后啊").wants).toBe("decade");
    expect(ask(knowledge, "梁文锋是几零后啊").answer).toBe("1980s");
    expect(ask(knowledge, "DeepSeek是几零后").answered).toBe(false);
    // "Which decade" in English is answered by a year, which tells it.
    expect(ask(knowledge, "which decade was deepseek founded").answer).toBe("July 17, 2023");
  });

  it("does read 具体 (exactly) as a word that only wraps the question", () => {
    // Else it weighs as a word the documents lack, and the catalog's December 26 is not met.
    expect(parse("V3具体是哪天发布的").concepts.map((c) => c.surface)).not.toContain("具体");
    expect(ask(knowledge, "V3具体是哪天发布的").answer).toBe("December 26, 2024");
  });
});

describe("a question about the present", () => {
  it("does not put in bold an amount the documents date years before now", () => {
    // "By 2021, … the asset management scale of Quant Fantasy had exceeded 100 billion"
    expect(parse("幻方现在管理规模有多少？").asksNow).toBe(true);
    expect(parse("how much does high-flyer manage now").asksNow).toBe(true);
    expect(ask(knowledge, "幻方现在管理规模有多少？").answer).toBeNull();
    expect(ask(knowledge, "幻方管理规模有多少").answer).toBe("100 billion");
    // Only an amount changes with time: who founded it is still who founded it.
    expect(ask(knowledge, "ok now who founded deepseek").answer).toBe("Liang Wenfeng");
    expect(ask(knowledge, "DeepSeek现在的创始人是谁").answer).toBe("Liang Wenfeng");
  });
});

describe("a date the sentence before gives", () => {
  it("does answer, without bold, when the best sentence refers back to a dated sentence", () => {
    // "On December 10, 2024, … DeepSeek-V2.5-1210. This version comprehensively improves…
    // With the arrival of this version, the DeepSeek web app also opened up the network search
    // function."
    const result = ask(knowledge, "when did the deepseek web app open up network search");
    expect(result.answered).toBe(true);
    expect(result.answer).toBeNull();
    expect(result.passages[0]?.text).toContain("On December 10, 2024");
  });

  it("does answer, without bold, when the best sentence refers to a time sentences back", () => {
    // "On July 4, 2024, the DeepSeek API went online. … At this time, DeepSeek increased the
    // context length from the previous 32k to 128k…": two sentences between, neither dated.
    for (const question of ["wen did context go from 32k to 128k", "上下文从32k提升到128k是哪天"]) {
      const result = ask(knowledge, question);
      expect(result.answered, question).toBe(true);
      expect(result.answer, question).toBeNull();
      expect(result.passages[0]?.text, question).toContain("On July 4, 2024");
    }
  });

  it("does still abstain when the best sentence says nothing of a sentence before", () => {
    expect(ask(knowledge, "when did deepseek open an office in singapore").answered).toBe(false);
  });
});
