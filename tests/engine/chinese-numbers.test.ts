import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { parseQuestion } from "../../src/engine/question.js";
import { englishAmounts } from "../../src/engine/understand/chinese-amounts.js";
import { englishDates } from "../../src/engine/understand/chinese-dates.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";

describe("englishDates", () => {
  it("does write a Chinese date as the documents write dates", () => {
    expect(englishDates("R1是2025年1月20日发布的吗").replace(/\s+/g, " ")).toBe(
      "R1是 January 20, 2025 发布的吗",
    );
    expect(englishDates("24年7月底").trim()).toBe("July 2024 底");
    expect(englishDates("7月26号升级了啥").trim()).toBe("July 26 升级了啥");
    expect(englishDates("2019年建的").trim()).toBe("2019 建的");
  });

  it("does read full-width digits and spaces, and no year out of a longer number", () => {
    expect(englishDates("２０２５年１月２０日").trim()).toBe("January 20, 2025");
    expect(englishDates("2024 年 7 月").trim()).toBe("July 2024");
    expect(englishDates("123年5月")).not.toContain("2023");
  });

  it("does leave a number that is no month or no year as it is", () => {
    expect(englishDates("用了3个月")).toBe("用了3个月");
    expect(englishDates("13月")).toBe("13月");
    expect(englishDates("成立10年了")).toBe("成立10年了");
  });
});

describe("a Chinese question that names a date", () => {
  it("does find the event of the month it names, not passages that hold its number", () => {
    const result = ask(loadKnowledge(), "24年7月底API那次升级加了哪些功能");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain("July 26, 2024");
  });
});

describe("englishAmounts", () => {
  it("does write a Chinese amount with its scale as the documents write amounts", () => {
    expect(englishAmounts("不到600万美元").replace(/\s+/g, " ")).toBe("不到 6 million 美元");
    expect(englishAmounts("花了2亿").trim()).toBe("花了 200 million");
    expect(englishAmounts("10亿元").trim()).toBe("1 billion 元");
    expect(englishAmounts("1万张").trim()).toBe("10,000 张");
    expect(englishAmounts("1万亿").trim()).toBe("1 trillion");
    expect(englishAmounts("1,000万").trim()).toBe("10 million");
    expect(englishAmounts("0.3万").trim()).toBe("3,000");
  });

  it("does leave a number with no scale word as it is", () => {
    expect(englishAmounts("5000张卡")).toBe("5000张卡");
  });
});

describe("a Chinese question that names an amount", () => {
  it("does search the amount it names in the documents' words", () => {
    const knowledge = loadKnowledge();
    const parsed = parseQuestion(
      knowledge.index,
      knowledge.lexicon,
      "幻方2019年花了2亿建的集群叫什么",
    );
    const terms = parsed.concepts.flatMap((c) => c.terms);
    expect(terms).toEqual(expect.arrayContaining(["2019", "200", "million"]));
    expect(terms).not.toContain("2");
  });
});
