import type { MeasureWords } from "../ingest/load-measures.js";
import { alternation } from "../text/alternation.js";
import { remembered } from "../text/remembered.js";
import type { ParsedQuestion } from "./question.js";

/**
 * The currencies of measures.json as one pattern, longest first, so 美元 is dollars and not the
 * 元 inside it; Latin words whole ("usd", not inside "usdt"): how a question asks in a currency
 * and how a sum is written in one ("¥1" is yuan, "5.5 million US dollars" dollars).
 */
interface CurrencyNames {
  pattern: RegExp;
  /** A name or sign, lower-cased → its currency's index. */
  currencyOf: ReadonlyMap<string, number>;
  signs: ReadonlySet<string>;
}
const currencyCache = new WeakMap<MeasureWords, CurrencyNames>();
function currencyNames(_: undefined, words: MeasureWords): CurrencyNames {
  const groups = words.currencies ?? [];
  const currencyOf = new Map(groups.flatMap((names, i) => names.map((n) => [n.toLowerCase(), i])));
  const all = [...currencyOf.keys()].sort((a, b) => b.length - a.length);
  const parts = all.map((n) =>
    /^[a-z ]+$/.test(n) ? `\\b${alternation([n])}\\b` : alternation([n]),
  );
  return {
    pattern: new RegExp(parts.join("|") || "(?!)", "giu"),
    currencyOf,
    signs: new Set(all.filter((n) => !/^[\p{L} ]+$/u.test(n))),
  };
}

const names = (words: MeasureWords) => remembered(currencyCache, words, currencyNames);

/** The currencies a text names; by their signs too ("¥1") when `signs`. */
export function currenciesIn(words: MeasureWords, text: string, signs: boolean): Set<number> {
  const table = names(words);
  const found = new Set<number>();
  for (const [name] of text.matchAll(table.pattern)) {
    const key = name.toLowerCase();
    const currency = table.currencyOf.get(key);
    if (currency !== undefined && (signs || !table.signs.has(key))) found.add(currency);
  }
  return found;
}

/**
 * A number, maybe its scale and a country's letters ("5.5 million US"), right before a
 * currency's name: an amount the question states, not the currency it asks in.
 */
const AMOUNT_BEFORE =
  /\d[\d.,]*\s*(?:[kmb]|bn|hundred|thousand|million|billion|trillion)?\s*(?:u\.?s\.?\s+)?$/i;

/**
 * The currencies an amount question asks in: a currency's name it holds that no number comes
 * right before ("in dollars", "how many dollars", 换成美元, 多少美元), not one of an amount it
 * states ("trained for 5.5 million dollars, how many parameters"). A question asks by a
 * currency's words only: "how much $" is money at all.
 */
export function askedCurrencies(words: MeasureWords, question: ParsedQuestion): Set<number> {
  const found = new Set<number>();
  if (question.type !== "quantity") return found;
  const table = names(words);
  const text = question.normalized;
  for (const m of text.matchAll(table.pattern)) {
    const key = m[0].toLowerCase();
    const currency = table.currencyOf.get(key);
    if (currency === undefined || table.signs.has(key)) continue;
    if (!AMOUNT_BEFORE.test(text.slice(0, m.index))) found.add(currency);
  }
  return found;
}
