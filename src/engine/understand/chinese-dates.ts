import { MONTH_NAMES } from "../../text/dates.js";
import { remembered } from "../../text/remembered.js";

/**
 * A date written the Chinese way: "2025年1月20日", "24年7月", "7月", "1月20号". The year is
 * optional (two digits only before a month: "24年" alone may be 24 years), the day too.
 */
const CHINESE_DATE =
  /(?<!\d)(?:(\d{4}|\d{2})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?|(?<!\d)(\d{4})\s*年/g;

/** A month's number in Han numerals, right before 月: 一月 to 十二月. */
const HAN_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const hanMonthCache = new WeakMap<readonly string[], RegExp>();
/**
 * Han month numbers not after another numeral, nor after a character that makes the numeral
 * part of another word (zh-questions.json `notMonthAfter`: 哪一月 is which month, 同一月 the same).
 */
const hanMonth = (notAfter: readonly string[]): RegExp =>
  remembered(
    hanMonthCache,
    notAfter,
    () =>
      new RegExp(
        `(?<![一二三四五六七八九十百千几${notAfter.join("")}])(?:十[一二]?|[一二三四五六七八九])(?=\\s*月)`,
        "gu",
      ),
  );

/**
 * Chinese dates written as the documents write dates ("2025年1月20日" → " January 20, 2025 "):
 * the month's name is what the documents say, where "1月" read as a number matches any 1.
 */
export function englishDates(text: string, notMonthAfter: readonly string[] = []): string {
  // Full-width digits ("２０２５年") are digits; so are a month's Han numerals ("十月").
  return text
    .normalize("NFKC")
    .replace(hanMonth(notMonthAfter), (numeral: string) => String(HAN_MONTHS.indexOf(numeral) + 1))
    .replace(
      CHINESE_DATE,
      (whole, year?: string, month?: string, day?: string, yearAlone?: string) => {
        if (yearAlone) return ` ${yearAlone} `;
        const name = MONTH_NAMES[Number(month) - 1];
        if (!name) return whole;
        const fullYear = year?.length === 2 ? `20${year}` : year;
        const date = day ? `${name} ${Number(day)}${fullYear ? `, ${fullYear}` : ""}` : name;
        return ` ${day || !fullYear ? date : `${date} ${fullYear}`} `;
      },
    );
}
