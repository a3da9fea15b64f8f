import type { SearchIndex } from "../../index/search-index.js";
import type { AliasTable } from "../../text/aliases.js";
import { remembered } from "../../text/remembered.js";
import { baseTokenSpans, type TokenSpan } from "../../text/tokens.js";

/** A version, or a variant word, that extends a model's name: "V3", "2.5", "Lite". */
const VERSION = /^(?:v\d+(?:\.\d+)*|\d+\.\d+|lite|pro|exp|mini|max|plus|ultra)$/;
/** A bare number after a name reads as its version too: "janus 2", "coder 3". */
const BARE_VERSION = /^\d{1,2}$/;
/** Letters then a version: "vl3", "r2", "v4", "v3.1". */
const MODEL_SHAPED = /^([a-z]{1,4})(\d+(?:\.\d+)*)$/;

/** The letter prefixes of the catalog's versioned names ("v" of V3, "r" of R1, "vl" of VL2). */
function familyPrefixes(aliases: AliasTable): Set<string> {
  const prefixes = new Set<string>();
  for (const group of aliases.groups) {
    if (group.kind !== "model") continue;
    for (const name of group.names) {
      for (const { token } of baseTokenSpans(name)) {
        const m = MODEL_SHAPED.exec(token);
        if (m?.[1]) prefixes.add(m[1]);
      }
    }
  }
  return prefixes;
}

const prefixCache = new WeakMap<AliasTable, Set<string>>();

/**
 * The catalog's model names without their maker's ("math" of "DeepSeek Math"), word → the whole
 * name's words: a common word no alias lists alone, yet "math v2" is how people type a Math V2.
 */
function makerlessNames(_: undefined, aliases: AliasTable): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const group of aliases.groups) {
    if (group.kind !== "model") continue;
    for (const name of group.names) {
      const words = baseTokenSpans(name).map((s) => s.token);
      const [maker, rest, ...more] = words;
      if (!maker || !rest || more.length > 0 || MODEL_SHAPED.test(rest)) continue;
      if (aliases.match([maker])[0]?.group.kind !== "organization") continue;
      if (aliases.match([rest]).length === 0) names.set(rest, words);
    }
  }
  return names;
}

const makerlessCache = new WeakMap<AliasTable, Map<string, string[]>>();

/** The words with each makerless model name given its maker's: "math v2" → "deepseek math v2". */
export const withMakers = (aliases: AliasTable, words: readonly string[]): string[] => {
  const makerless = remembered(makerlessCache, aliases, makerlessNames);
  return words.flatMap((word) => makerless.get(word) ?? [word]);
};

/** Whether token `i` and the next stand with only white space or a hyphen between them. */
const adjacent = (text: string, spans: readonly TokenSpan[], i: number): boolean => {
  const word = spans[i] as TokenSpan;
  const next = spans[i + 1] as TokenSpan;
  return /^[\s-]*$/.test(text.slice(word.start + word.token.length, next.start));
};

/** A version as a model's name ends: "v2", "v3.5". */
const V_VERSION = /^v\d+(?:\.\d+)*$/;

/** A numeral of a Chinese numbered name: Han (一 to 九十九) or digits ("萤火3号"). */
const NUMERAL = "(?:[一二三四五六七八九十]+|\\d+)";
/** A Chinese numbered name: a name, a numeral, 号 ("萤火二号", Fire-Flyer 2). */
const ZH_NUMBERED = new RegExp(`^(\\p{Script=Han}+?)(${NUMERAL})号$`, "u");
const HAN_DIGITS = "一二三四五六七八九";

/** A numeral's value: "3", 三, 十二, 二十一. */
function numeralValue(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const [tens, ones] = numeral.includes("十") ? numeral.split("十") : ["", numeral];
  const digit = (d: string | undefined) => HAN_DIGITS.indexOf(d ?? "") + 1;
  return numeral.includes("十") ? (digit(tens) || 1) * 10 + digit(ones) : digit(ones);
}

/** A numbered name as its family and number, so 萤火2号 is 萤火二号. */
const numberedKey = (name: string): string | null => {
  const m = ZH_NUMBERED.exec(name);
  return m ? `${m[1]}:${numeralValue(m[2] as string)}` : null;
};

/** The catalog's Chinese numbered names (by `numberedKey`), and a pattern of any such name. */
interface ZhNumbered {
  known: ReadonlySet<string>;
  pattern: RegExp | null;
}

function zhNumberedOf(_: undefined, aliases: AliasTable): ZhNumbered {
  const names = aliases.groups
    .filter((g) => g.kind === "model" || g.kind === "system")
    .flatMap((g) => g.names.filter((n) => ZH_NUMBERED.test(n)));
  const stems = [...new Set(names.flatMap((n) => ZH_NUMBERED.exec(n)?.[1] ?? []))];
  const pattern =
    stems.length === 0 ? null : new RegExp(`(?:${stems.join("|")})${NUMERAL}号`, "gu");
  return { known: new Set(names.flatMap((n) => numberedKey(n) ?? [])), pattern };
}

const zhNumberedCache = new WeakMap<AliasTable, ZhNumbered>();

/**
 * A Chinese numbered name the catalog lacks, of a family it has: 萤火三号 (or 萤火3号) beside
 * 萤火一号 and 萤火二号, as "Fire-Flyer 3" beside Fire-Flyer 1 and 2.
 */
function unknownChineseNumbered(aliases: AliasTable, question: string): string | null {
  const { known, pattern } = remembered(zhNumberedCache, aliases, zhNumberedOf);
  if (!pattern) return null;
  for (const [name] of question.matchAll(pattern)) {
    const key = numberedKey(name);
    if (key && !known.has(key)) return name;
  }
  return null;
}

/**
 * A model the question names that the documents do not: a catalog name extended by a version
 * it does not have ("Coder V3", "R1 Pro"), or a versioned name of a known family that the
 * documents never use ("R2", "VL3", "V4", "Janus 2"). `units` are the words that make a number
 * an amount instead ("months", "times"). Returns the name's words, lower case, or null.
 */
export function unknownModelName(
  index: SearchIndex,
  question: string,
  units: ReadonlySet<string> = new Set(),
): string | null {
  const spans = baseTokenSpans(question);
  const tokens = spans.map((s) => s.token);
  const matches = index.aliases.match(tokens);
  // The name as its words, never the text between them: it is shown back to the user.
  const cut = (from: number, to: number) => tokens.slice(from, to).join(" ");
  for (const match of matches) {
    if (match.group.kind !== "model" && match.group.kind !== "system") continue;
    const next = match.index + match.length;
    const following = tokens[next];
    if (!following) continue;
    // "GOT-OCR 2.0" is another name ending in one of ours; "not v3, v2" lists two names.
    const first = spans[match.index] as { start: number };
    const last = spans[next - 1] as { start: number; token: string };
    const gap = question.slice(
      last.start + last.token.length,
      (spans[next] as { start: number }).start,
    );
    if (/[\p{L}\p{N}]-$/u.test(question.slice(0, first.start)) || !/^[\s-]*$/.test(gap)) continue;
    // "coder 2", "prover 1.5" are how people type Coder V2 and Prover V1.5: unknown only when
    // the name with "V" before the number would be too. A unit after the number makes it an
    // amount ("r1 2 months later", "fire flyer 1.5 years").
    const unit = tokens[next + 1];
    if (unit && units.has(unit)) continue;
    if (VERSION.test(following) || BARE_VERSION.test(following)) {
      const asV = /^\d/.test(following) ? `v${following}` : following;
      const typed = [...tokens.slice(match.index, next), asV];
      const longer = index.aliases.match(typed)[0];
      if (!longer || longer.length < typed.length) return cut(match.index, next + 1);
    }
  }
  const chinese = unknownChineseNumbered(index.aliases, question);
  if (chinese) return chinese;
  let prefixes = prefixCache.get(index.aliases);
  if (!prefixes) {
    prefixes = familyPrefixes(index.aliases);
    prefixCache.set(index.aliases, prefixes);
  }
  const named = new Set(
    matches.flatMap((m) => Array.from({ length: m.length }, (_, k) => m.index + k)),
  );
  // "math v2", "math v2 vs v3": a model named without its maker, right before a version the
  // catalog lacks. Not apart ("better at math, v3 or r1"), nor after another model named first,
  // which the question is mostly about ("is v3 good at math v2 problems"; "v3 vs math v2" is
  // read so too).
  const makerless = remembered(makerlessCache, index.aliases, makerlessNames);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const whole = named.has(i) ? undefined : makerless.get(tokens[i] as string);
    const version = tokens[i + 1] as string;
    if (!whole || !V_VERSION.test(version) || !adjacent(question, spans, i)) continue;
    if (matches.some((m) => m.group.kind === "model" && m.index < i)) continue;
    const typed = [...whole, version];
    const longer = index.aliases.match(typed)[0];
    if (!longer || longer.length < typed.length) return cut(i, i + 2);
  }
  for (const [i, token] of tokens.entries()) {
    const family = MODEL_SHAPED.exec(token)?.[1];
    if (family && prefixes.has(family) && !named.has(i) && index.frequency(token) === 0) {
      return cut(i, i + 1);
    }
  }
  return null;
}
