import { ALIAS_TERM_PREFIX } from "../index/analyzer.js";
import type { SearchIndex } from "../index/search-index.js";
import type { MeasureWords } from "../ingest/load-measures.js";
import type { Passage, Sentence } from "../ingest/passages.js";
import { alternation, wholeWords } from "../text/alternation.js";
import { yearsIn } from "../text/dates.js";
import { remembered } from "../text/remembered.js";
import { startsWithHan } from "../text/script.js";
import { stemToken } from "../text/tokens.js";
import { credit, creditOfTerm } from "./coverage.js";
import { askedCurrencies, currenciesIn } from "./currencies.js";
import { tellsEarlierValue } from "./earlier-values.js";
import { sentenceEvidence } from "./evidence.js";
import { ownsSpan, spanOwner, titleWithoutName } from "./ownership.js";
import type { ParsedQuestion, QueryConcept } from "./question.js";
import {
  type Ranked,
  type RankedSentence,
  requiredOfQuestion,
  subjectsOfQuestion,
} from "./rank.js";
import { RANKING } from "./ranking.js";
import type { DirectAnswer, Source } from "./result.js";
import { clauseOf, leadUpTo, partBounds, partsOf, sideOf } from "./sentence-parts.js";
import type { AnswerSpan } from "./spans.js";
import {
  isBackground,
  isEvent,
  isEventTerm,
  namesSubject,
  onlyTimeReference,
  type Subject,
} from "./subjects.js";
import {
  amountsOf,
  answersCount,
  asksSum,
  datesOf,
  holdsAskedMeasure,
  measureAskWords,
  statesValue,
  typedSpans,
  unitOf,
} from "./typed-spans.js";
import { type PerPhrase, perPhrases } from "./understand/per.js";

/**
 * Why the best sentence gives no bold answer: unsure of it (the passages are still worth
 * showing), or sure it is none, because the span's clause says nothing of what is asked
 * ("more than 90% of users" for DreamCraft3D's size), the span is another thing's, or it is
 * one of the question's own names ("Liang Wenfeng" for who Liang co-founded the fund with).
 */
export interface NoDirectAnswer {
  /**
   * "unstated": the sentence holding the span says little of the question and the span is
   * another thing's, or the sentence that does speak of it has no span: not stated here, though
   * a close passage may still answer (ask.ts).
   */
  none: "unsure" | "not-said" | "another's" | "asked" | "unstated";
}

/** A sum asked in one currency that the documents give only in another. */
export interface InAnotherCurrency {
  none: "another-currency";
  /** The sum the sentence gives, in its own currency, verbatim. */
  given: DirectAnswer;
}

/** Whether a span counts only the top of something ("Top 4") and the question asks no top. */
const countsTopOnly = (question: ParsedQuestion, span: AnswerSpan): boolean =>
  /^top\s/i.test(span.text) && !/\btop\b/i.test(question.normalized);

/** A sum in millions or more ("5.5 million US dollars", "$100M"): a total, not a rate. */
const SCALED_TOTAL = /\b(?:million|billion|trillion)\b|[$¥€£]\s*[\d.,]+\s*[MBT]\b/i;

/** The group of measures.json ratesPer each stemmed word is in. */
const rateGroupsCache = new WeakMap<MeasureWords, ReadonlyMap<string, number>>();
const rateGroupsOf = (_: undefined, words: MeasureWords): ReadonlyMap<string, number> =>
  new Map(
    (words.ratesPer ?? []).flatMap((group, i) =>
      group.map((w) => [stemToken(w.toLowerCase()) ?? w, i] as const),
    ),
  );

/**
 * The group of a word of a "per" phrase: a stem's own, or for Chinese characters the group of
 * the longest word they start with (节点有几张卡: 节点, node).
 */
function groupOf(groups: ReadonlyMap<string, number>, word: string): number | undefined {
  const own = groups.get(word);
  if (own !== undefined || !startsWithHan(word)) return own;
  let longest = "";
  for (const w of groups.keys()) if (w.length > longest.length && word.startsWith(w)) longest = w;
  return longest ? groups.get(longest) : undefined;
}

/** Whether a sentence names what the question's rate is per, or a word of its group: "pages", per page. */
function namesWhatRateIsPer(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  sentence: Sentence,
): boolean {
  const groups = remembered(rateGroupsCache, words, rateGroupsOf);
  const asked = new Set(ratesPerIn(groups, question.per).map((r) => r.group));
  const own = new Set(question.per.flatMap((p) => p.words));
  for (const term of index.termsOf(sentence.text)) {
    const group = groups.get(term);
    if (own.has(term) || (group !== undefined && asked.has(group))) return true;
  }
  return false;
}

/** What the rates of "per" phrases are per: the group of the thing and the scale; a thing of no group is left out. */
function ratesPerIn(
  groups: ReadonlyMap<string, number>,
  phrases: readonly PerPhrase[],
): { group: number; scale: string }[] {
  return phrases.flatMap(({ scale, words }) => {
    const group = words.map((w) => groupOf(groups, w)).find((g) => g !== undefined);
    return group === undefined ? [] : [{ group, scale }];
  });
}

/**
 * Whether a span counts what the question's rate is per: "625 nodes", asked how many per node
 * (or 每个节点).
 */
function countsWhatRateIsPer(
  words: MeasureWords,
  question: ParsedQuestion,
  span: AnswerSpan,
): boolean {
  const counted = stemToken(span.text.split(/\s+/).at(-1)?.toLowerCase() ?? "");
  if (counted === null) return false;
  const groups = remembered(rateGroupsCache, words, rateGroupsOf);
  const group = groups.get(counted);
  return question.per.some(({ words }) =>
    words.some((w) => w === counted || (group !== undefined && groupOf(groups, w) === group)),
  );
}

/**
 * Whether the sentence states no rate, only totals, one of them over what the question's rate
 * is per: "5,000 PCIe A100 GPUs across 625 nodes", asked how many GPUs per node.
 */
function totalsOver(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  sentence: Sentence,
  given: readonly PerPhrase[],
): boolean {
  if (question.per.length === 0 || given.length > 0) return false;
  return amountsOf(index, words, sentence).some((a) => countsWhatRateIsPer(words, question, a));
}

/**
 * Whether the question asks a rate per one thing ("per token") and the sentence, by its "per"
 * phrases `sentenceRates`, gives rates per other things only: "another" ("256 routed experts
 * per layer"), or the same thing at another scale ("per million tokens"): "scale". "Per forward
 * pass" is per token (measures.json ratesPer). A sentence stating no rate says nothing here: its
 * rate may be the sentence's before ("¥1 per million tokens. Now … ¥0.1") or written otherwise
 * ("Tiny (64 tokens)").
 */
function ratePerAnother(
  words: MeasureWords,
  question: ParsedQuestion,
  sentenceRates: readonly PerPhrase[],
): "another" | "scale" | null {
  const groups = remembered(rateGroupsCache, words, rateGroupsOf);
  const asked = ratesPerIn(groups, question.per);
  const given = ratesPerIn(groups, sentenceRates);
  const same = (a: { group: number; scale: string }, b: { group: number; scale: string }) =>
    a.group === b.group && a.scale === b.scale;
  if (asked.length === 0 || given.length === 0 || given.some((g) => asked.some((a) => same(a, g))))
    return null;
  return given.some((g) => asked.some((a) => a.group === g.group)) ? "scale" : "another";
}

/**
 * How the currency of a sum meets the one the question asks in (currencies.ts): "another"
 * ("¥1", asked how many dollars; "5.5 million US dollars", asked in yuan), "unstated" when the
 * amount names none ("had exceeded 100 billion", asked 换成美元; "18%"), null when it is in the
 * one asked or the question asks in none.
 */
export function currencyMismatch(
  words: MeasureWords,
  question: ParsedQuestion,
  sum: string,
): "another" | "unstated" | null {
  const asked = askedCurrencies(words, question);
  if (asked.size === 0) return null;
  // Only a sum's own currency says it is in another: "18%", or "5,000" GPUs in a sentence that
  // names yuan, is no sum at all.
  const given = currenciesIn(words, sum, true);
  if (given.size === 0) return "unstated";
  return [...given].some((c) => asked.has(c)) ? null : "another";
}

/**
 * Whether a part of the sentence tells of a repeat of what is asked: "was once again invited to
 * participate in the NVIDIA GTC 2024 conference", asked when DeepSeek first went to GTC. "DeepSeek
 * once again made a big push, releasing the DeepSeek Coder V2" repeats the push, not the release.
 */
function repeatsAsked(
  index: SearchIndex,
  words: MeasureWords,
  sentence: string,
  predicate: readonly QueryConcept[],
): boolean {
  return partsOf(sentence).some((part) => {
    // A part that tells of a repeat ("once again invited", measures.json's repeats).
    if (!wholeWords(words.repeats).test(part)) return false;
    const terms = index.termsOf(part);
    return predicate.some((c) => credit(c, terms) > 0);
  });
}

/**
 * The direct answer: the typed span of the best sentence, when that sentence covers enough,
 * names every subject the question names and the span is theirs (High-Flyer's founding is not
 * DeepSeek's), and the span is not one of the question's own names ("who did Liang start the
 * fund with" is not answered "Liang Wenfeng").
 */
export function directAnswer(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  ranked: Ranked,
  minCoverage: number,
): DirectAnswer | NoDirectAnswer | InAnotherCurrency {
  const { answer } = ranked;
  // "Who is Anthropic's CEO" met by "Anthropic CEO publishes…": the documents name no one.
  const best = ranked.best?.sentence.text ?? "";
  if (
    question.type === "person" &&
    !answer?.span &&
    titleWithoutName(index, question.concepts, best)
  )
    return { none: "asked" };
  if (!answer?.span || ranked.rivalled) return { none: "unsure" };
  // A sentence that says little of the question, whose span is another thing's ("625 nodes" of
  // Fire-Flyer 2, asked of Fire-Flyer 1) or of something the best sentence does not speak of
  // (valueSaidElsewhere): what is asked is not stated here.
  if (answer.coverage < minCoverage) {
    const subjects = subjectsOfQuestion(index, question);
    const another =
      spanOwner(index, subjects, answer, answer.span, question.concepts) === "another";
    return {
      none: another || valueSaidElsewhere(index, words, question, ranked) ? "unstated" : "unsure",
    };
  }
  if (!answersCount(index, words, question, answer.span.text)) return { none: "unsure" };
  const subjects = subjectsOfQuestion(index, question);
  const required = requiredOfQuestion(index, question);
  // An amount in a sentence that does not name the subject is another's when another thing of
  // its kind is named nearest it ("671 billion total parameters" under DeepSeek-V3's list, for
  // V2's size). A date's sentence may name a sibling the question means ("the lite preview of
  // r1": DeepSeek-R1-Lite), or leave its subject to the sentence before: only unsure.
  if (required.some((s) => credit(s.concept, answer.terms) < 1))
    return question.type === "quantity" &&
      !ownsSpan(index, subjects, answer, answer.span, question.concepts)
      ? { none: "another's" }
      : { none: "unsure" };
  // The sentence must say something of what is asked about its subjects, not only name them:
  // "a 45-day trial period" after "DeepSeek-V3 was released" is not how long V3 took to train.
  const predicate = predicateOf(question, subjects);
  // It says it in the span's own clause ("born in the 1980s: he … graduated from Zhejiang
  // University" does not date the graduation), or its section does: "• date: DreamCraft3D"
  // under "release milestones".
  const section = index.termsOf(ranked.passage.section);
  const clause = new Set([
    ...index.termsOf(clauseOf(answer.sentence.text, answer.span.start - answer.sentence.start)),
    ...section,
  ]);
  if (namedPastSemicolon(index, required, answer, answer.span)) return { none: "unsure" };
  const part = spanPart(index, words, answer.sentence, answer.span);
  if (saysRuledOut(question, part)) return { none: "unsure" };
  // Another thing's span is none, whatever its clause says ("surpassing Llama3-70B" is V2's
  // date, asked when Llama3-70B came out).
  const owner = spanOwner(index, subjects, answer, answer.span, question.concepts);
  if (owner === "another") return { none: "another's" };
  // "Was once again invited to GTC 2024" dates another time than the first one asked.
  if (question.asksFirst && repeatsAsked(index, words, answer.sentence.text, predicate))
    return { none: "another's" };
  if (!clauseSaysAsked(predicate, clause)) {
    // An amount of the measure asked ("236B" for "how many parameters") may still answer.
    const measured =
      question.type === "quantity" && holdsAskedMeasure(words, question, answer.span.text);
    if (question.type === "date" && saidOnlyOfAnother(index, ranked.passage, required, predicate))
      return { none: "unstated" };
    return { none: measured ? "unsure" : "not-said" };
  }
  const said = new Set([...answer.terms, ...section]);
  const events = eventsSaidWithAnswer(index, words, question, predicate);
  if (events.some((c) => credit(c, said) === 0)) {
    // "The estimated training cost was only 5.5 million US dollars", asked the API price, while
    // "The pricing of API services was adjusted" gives none: the price asked is not stated.
    const told =
      asksSum(words, question) &&
      namesOtherEvent(index, question, clause) &&
      toldWithoutValue(index, words, question, ranked, predicate);
    return { none: told ? "unstated" : "unsure" };
  }
  if (owner === "unclear") return { none: "unsure" };
  const asked = question.type === "person" ? question.concepts : subjects.map((s) => s.concept);
  if (namesAsked(index, asked, answer.span.text)) return { none: "asked" };
  if (question.type === "date" && datesAnotherThing(index, question, predicate, clause, said, part))
    return { none: "unsure" };
  // "The winning Top 4 teams" counts the top teams: shown, not bold, when no top is asked.
  if (question.type === "quantity" && countsTopOnly(question, answer.span))
    return { none: "unsure" };
  // "How many gpus per node" met by "625 nodes": that counts the nodes, what the rate is per;
  // "5,000 PCIe A100 GPUs across 625 nodes" states totals over them, no rate.
  if (question.type === "quantity" && countsWhatRateIsPer(words, question, answer.span))
    return { none: "another's" };
  const sentenceRates =
    question.type === "quantity" && question.per.length > 0 ? perPhrases(answer.sentence.text) : [];
  if (
    question.type === "quantity" &&
    totalsOver(index, words, question, answer.sentence, sentenceRates)
  )
    return { none: "unsure" };
  // "How many GPUs did Fire-Flyer 2 have in 2021" met by "…, incorporating 5,000 PCIe A100 GPUs
  // across 625 nodes by 2022": the amount's own part dates it to another year than asked.
  if (question.type === "quantity" && datedToAnotherYear(question, answer.sentence, answer.span))
    return { none: "unsure" };
  // "How many routed experts … per token" met by "256 routed experts per layer": another rate;
  // "1 yuan per million input tokens", asked per token: the passage, not the bold.
  const rate = question.type === "quantity" && ratePerAnother(words, question, sentenceRates);
  if (rate) return { none: rate === "another" ? "another's" : "unsure" };
  // "V3's input price per million tokens" met by "5.5 million US dollars" in a sentence stating
  // no rate: a sum of millions is a total, no price per anything. Nor is any amount of a
  // sentence that never names what the rate is per ("equipped with 1,100 GPUs", asked per
  // node); "Tiny (64 tokens…) … for ultra-high-res pages" may still give the tokens per page.
  if (
    question.type === "quantity" &&
    question.per.length > 0 &&
    sentenceRates.length === 0 &&
    (SCALED_TOTAL.test(answer.span.text) ||
      !namesWhatRateIsPer(index, words, question, answer.sentence))
  )
    return { none: "unsure" };
  // "What was the api price before the disk cache cut" met by "Now, … drops to ¥0.1": the
  // amount before a change is told by a sentence that says it came earlier ("Previously, … ¥1").
  if (
    question.type === "quantity" &&
    (question.asksAmountBefore || question.asksPrevious) &&
    !tellsEarlierValue(words, answer.sentence.text)
  )
    return { none: "unsure" };
  const span =
    question.type === "quantity"
      ? amountAnswer(index, words, question, answer.sentence, answer.span)
      : answer.span;
  const read = {
    text: span.text,
    quote: answer.sentence.text,
    source: sourceOf(ranked.passage, span),
  };
  const currency =
    question.type === "quantity" && currencyMismatch(words, question, answer.span.text);
  // "Had exceeded 100 billion", asked in dollars: in what, unsaid.
  if (currency === "unstated") return { none: "unsure" };
  if (currency === "another") return { none: "another-currency", given: read };
  // "Two abilities", asked Janus-Pro's resolution (分辨率是多少): a count of something else.
  if (question.type === "quantity" && countsUnasked(index, answer.sentence, span))
    return { none: "unsure" };
  return read;
}

/**
 * The events of the alias table a date or a sum must be said with: a date's all ("when did
 * Qwen2 come out" is not when V2 topped a list), a sum's but its own asking word ("cost" is the
 * sum itself; "cost to train" is not an API price). None for other answers.
 */
function eventsSaidWithAnswer(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  predicate: readonly QueryConcept[],
): QueryConcept[] {
  if (question.type === "date") return predicate.filter((c) => isEvent(index, c));
  if (!asksSum(words, question)) return [];
  const asking = measureAskWords(words);
  return predicate.filter((c) => isEvent(index, c) && !asking.has(c.surface.toLowerCase()));
}

/** Whether a text names one of the concepts asked: "Liang Wenfeng" for a question about Liang. */
const namesAsked = (index: SearchIndex, asked: readonly QueryConcept[], text: string): boolean => {
  const named = index.termsOf(text);
  return asked.some((c) => c.terms.some((t) => named.has(t)));
};

/** Kinds of alias a "who" may be answered by, besides a person's name: a company, a paper. */
const SOMEONE_KINDS = new Set(["organization", "publication"]);

/**
 * Whether a sentence names someone the question does not: a person's name, or a company's
 * ("who was the principal investor": High-Flyer), not the corpus's own (DeepSeek, named
 * nearly everywhere). "The lead analyst at SemiAnalysis believes…" names no one new when the
 * question names SemiAnalysis; "…by Liang Wenfeng and two classmates" no one but Liang.
 */
export function namesSomeoneElse(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  sentence: Sentence,
): boolean {
  const asked = new Set(question.concepts.flatMap((c) => c.terms));
  const person = typedSpans(index, words, question, sentence).some(
    (span) => !namesAsked(index, question.concepts, span.text),
  );
  return (
    person ||
    index
      .concepts(sentence.text)
      .some(
        (c) =>
          c.alias &&
          !asked.has(c.term) &&
          !isBackground(index, c.term) &&
          SOMEONE_KINDS.has(index.aliasGroup(c.term)?.kind ?? ""),
      )
  );
}

/**
 * Whether the span's clause (`clause`, its section's terms included) says something of what is
 * asked. A number the question states to say which thing it means ("the 236b coder v2") is no
 * sign it does: "two versions, 236B and 16B" says nothing of activated params.
 */
function clauseSaysAsked(predicate: readonly QueryConcept[], clause: ReadonlySet<string>): boolean {
  const wordy = predicate.filter((c) => c.kind === "alias" || !/^\d/.test(c.surface));
  const says = wordy.length > 0 ? wordy : predicate;
  return says.length === 0 || says.some((c) => credit(c, clause) > 0);
}

/**
 * Whether a date is another thing's than what is asked: of what the question only dates by, in
 * a sentence that leaves out part of what it asks ("reopen sign ups after the attack", met by
 * "On January 27-28, 2025, DeepSeek reported large-scale malicious attacks …, temporarily
 * restricting new sign-ups": no reopening; "restrict sign ups after the attacks" is answered by
 * it), or of another event its own part names (partDatesAnotherEvent).
 */
function datesAnotherThing(
  index: SearchIndex,
  question: ParsedQuestion,
  predicate: readonly QueryConcept[],
  clause: ReadonlySet<string>,
  said: ReadonlySet<string>,
  part: ReadonlySet<string>,
): boolean {
  const reference = (c: QueryConcept) => onlyTimeReference(question, c.surface);
  const dated = predicate.some((c) => reference(c) && credit(c, clause) > 0);
  if (dated && predicate.some((c) => !reference(c) && credit(c, said) === 0)) return true;
  const event = predicate.filter((c) => !reference(c));
  return partDatesAnotherEvent(index, event, part, said);
}

/**
 * Whether a subject the sentence names is named only past a semicolon from the span ("After
 * OpenAI released GPT3 in 2020, …; but even in 2021, when we invested in … Firefly 2"): the span
 * is then what its own side names. A colon does not part them: "• March 11, 2024: DeepSeek-VL".
 */
function namedPastSemicolon(
  index: SearchIndex,
  required: readonly Subject[],
  answer: RankedSentence,
  span: AnswerSpan,
): boolean {
  const side = index.termsOf(sideOf(answer.sentence.text, span.start - answer.sentence.start));
  const inSentence = new Set(answer.concepts.map((c) => c.term));
  return required.some((s) => credit(s.concept, inSentence) >= 1 && credit(s.concept, side) < 1);
}

/**
 * Whether the question names a year and a span's own part of its sentence names only other
 * years. "By 2022" holds for every year after it too ("by 2023").
 */
function datedToAnotherYear(question: ParsedQuestion, sentence: Sentence, span: AnswerSpan) {
  const asked = yearsIn(question.text).map(Number);
  if (asked.length === 0) return false;
  const at = span.start - sentence.start;
  const { start, end } = partBounds(sentence.text, at, at + span.text.length);
  const part = sentence.text.slice(start, end);
  const bound = part.toLowerCase();
  const years = yearsIn(part);
  return (
    years.length > 0 &&
    !years.some((year) =>
      asked.some((a) => a === Number(year) || (a > Number(year) && bound.includes(`by ${year}`))),
    )
  );
}

/**
 * The terms of a span's own part of its sentence, up to its end: from the last comma,
 * semicolon, colon or "and" before it, less the unit of the amount before it ("incorporating
 * 5,000 PCIe A100 GPUs across 625 nodes": GPUs are 5,000's, not 625's).
 */
function spanPart(
  index: SearchIndex,
  words: MeasureWords,
  sentence: Sentence,
  span: AnswerSpan,
): ReadonlySet<string> {
  const lead = leadUpTo(sentence.text, span.start - sentence.start, span.end - sentence.start);
  const terms = index.termsOf(lead);
  const before = amountsOf(index, words, sentence)
    .filter((a) => a.end <= span.start && a.start >= span.end - lead.length)
    .at(-1);
  if (!before) return terms;
  const itsUnit = unitOf(index, sentence, before);
  return new Set([...terms].filter((t) => !itsUnit.has(t)));
}

/**
 * Whether the span's part says what the question rules out, before it: "Construction of
 * Fire-Flyer 2 began in 2021", asked when it started running, "not when they started building
 * it". Only its part: "1 yuan per million input tokens and 2 yuan per million output tokens"
 * still gives the output price, asked "not input"; and only before it: "256 routed experts per
 * layer (increased from 160 in V2)" still answers "not v2".
 */
const saysRuledOut = (question: ParsedQuestion, part: ReadonlySet<string>): boolean =>
  [...question.ruledOut].some((c) => credit(c, part) >= RANKING.ruledOutRelated);

/**
 * Whether a date's own part names an event and nothing of the `event` asked, while its
 * sentence (`said`) says what is asked elsewhere: "Fire-Flyer 1: Built 2019, retired after 1.5
 * years", asked when it retired.
 */
function partDatesAnotherEvent(
  index: SearchIndex,
  event: readonly QueryConcept[],
  part: ReadonlySet<string>,
  said: ReadonlySet<string>,
): boolean {
  const partSays = event.some((c) => credit(c, part) > 0);
  const sentenceSays = event.some((c) => credit(c, said) > 0);
  return !partSays && sentenceSays && [...part].some((term) => isEventTerm(index, term));
}

/**
 * Whether what a date question asks is said in the passage only of other things: "when did ff2
 * get retired" met by "Fire-Flyer 1 (萤火一号): Built 2019, retired after 1.5 years" beside
 * Fire-Flyer 2's own line, which tells of no retirement. The question's weightiest word (its
 * subjects aside) stands for what is asked.
 */
function saidOnlyOfAnother(
  index: SearchIndex,
  passage: Passage,
  required: readonly Subject[],
  predicate: readonly QueryConcept[],
): boolean {
  const asked = weightiestOf(predicate);
  if (required.length === 0 || asked === null) return false;
  // Said in its own words (full credit, 1), or a Chinese word, which has no words of its own,
  // by its best gloss: "start" is not "began".
  const sure = asked.terms.length > 0 ? 1 : creditOfTerm(asked, asked.related[0]?.term ?? "");
  let said = false;
  for (const sentence of sentenceEvidence(index, passage)) {
    if (credit(asked, sentence.terms) < sure) continue;
    if (required.every((s) => namesSubject(index, s, sentence.terms))) return false;
    said = true;
  }
  return said;
}

const weightiestOf = (concepts: readonly QueryConcept[]): QueryConcept | null =>
  concepts.reduce<QueryConcept | null>((top, c) => (top && top.weight >= c.weight ? top : c), null);

/**
 * Whether a clause names an event of the alias table of which the question says no word
 * ("training" for the API price; "context length" is the question's when it says "context").
 */
function namesOtherEvent(
  index: SearchIndex,
  question: ParsedQuestion,
  clause: ReadonlySet<string>,
): boolean {
  const asked = new Set(
    question.concepts.flatMap((c) => [...c.terms, ...index.analyze(c.surface)]),
  );
  for (const term of clause) {
    if (!isEventTerm(index, term) || asked.has(term)) continue;
    const names = index.aliases.byId(term.slice(ALIAS_TERM_PREFIX.length))?.names ?? [];
    if (!names.some((name) => index.analyze(name).some((t) => asked.has(t)))) return true;
  }
  return false;
}

/**
 * Whether another sentence of the passage tells of the sum asked, every event of the question
 * and its asking word included, with no value of its own: "The pricing of API services was
 * adjusted" beside "the estimated training cost was only 5.5 million US dollars" tells of the
 * API price and gives none. A sentence naming only the API ("the DeepSeek API went online")
 * tells of no price.
 */
function toldWithoutValue(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  ranked: Ranked,
  predicate: readonly QueryConcept[],
): boolean {
  const { passage, answer } = ranked;
  const events = predicate.filter((c) => isEvent(index, c));
  const evidence = sentenceEvidence(index, passage);
  return passage.sentences.some(
    (sentence, i) =>
      sentence !== answer?.sentence &&
      events.every((c) => credit(c, evidence[i]?.terms ?? new Set()) > 0) &&
      typedSpans(index, words, question, sentence).length === 0,
  );
}

/** What the question asks of its subjects: its weighed concepts, the subjects' own aside. */
const predicateOf = (question: ParsedQuestion, subjects: readonly Subject[]): QueryConcept[] =>
  question.concepts.filter((c) => c.weight > 0 && !subjects.some((s) => s.concept === c));

/**
 * Whether the value found is of something else than what is asked, said elsewhere: the best
 * sentence speaks of what is asked (the question's weightiest word, its subjects aside) and the
 * value's sentence does not. For an amount, the sentence that speaks of it gives none ("a 45-day
 * preferential trial period was set" gives no price; "the estimated training cost was only 5.5
 * million US dollars" is another sum). For a date asked to a precision, the sentence that speaks
 * of it dates it less precisely ("In 2024, DeepSeek successfully passed the recordal", asked on
 * what date): a precise date elsewhere ("In March 2024, … paid services") is another event's.
 */
function valueSaidElsewhere(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  ranked: Ranked,
): boolean {
  const { answer, best } = ranked;
  if (!answer || !best || best.sentence === answer.sentence) return false;
  const lessPrecise =
    question.type === "date" &&
    question.wants !== null &&
    datesOf(index, words, best.sentence).length > 0;
  if (question.type !== "quantity" && !lessPrecise) return false;
  const weightiest = weightiestOf(predicateOf(question, subjectsOfQuestion(index, question)));
  return (
    weightiest !== null &&
    credit(weightiest, best.terms) > 0 &&
    credit(weightiest, answer.terms) === 0
  );
}

/** What joins the items of a list: ", ", ", and ", " or ". */
const LIST_JOIN = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
/** An amount's unit, its number aside: "B" of "16B", "" of "100". */
const unitText = (amount: string) => amount.replace(/^[^\d]*[\d.,]+\s*/, "");

/**
 * The whole list an amount is an item of, in the same unit: "3B, 16B, and 27B" answers "what
 * sizes", where "3B" alone would be a third of the answer, still verbatim. Bare numbers are no
 * list: "Base (256, 1024²)" is 256 tokens at 1024² pixels.
 */
function listOf(
  amounts: readonly AnswerSpan[],
  question: ParsedQuestion,
  sentence: Sentence,
  span: AnswerSpan,
): AnswerSpan {
  const at = amounts.findIndex((a) => a.start === span.start && a.end === span.end);
  const unit = unitText(span.text);
  if (at < 0 || !unit) return span;
  // Two amounts are items of one list when only a list's joint separates them, in one unit.
  // An item the question states ("besides 7b, how big is deepseek vl") stays out.
  const joined = (a: AnswerSpan, b: AnswerSpan) =>
    LIST_JOIN.test(sentence.text.slice(a.end - sentence.start, b.start - sentence.start)) &&
    unitText(a.text) === unit &&
    unitText(b.text) === unit &&
    !statesValue(question, a.text) &&
    !statesValue(question, b.text);
  let first = at;
  let last = at;
  while (first > 0 && joined(amounts[first - 1] as AnswerSpan, amounts[first] as AnswerSpan))
    first--;
  while (
    last + 1 < amounts.length &&
    joined(amounts[last] as AnswerSpan, amounts[last + 1] as AnswerSpan)
  )
    last++;
  const from = (amounts[first] as AnswerSpan).start;
  const to = (amounts[last] as AnswerSpan).end;
  if (from === span.start && to === span.end) return span;
  return spanOf(sentence, from, to);
}

/** The span of a sentence between two offsets into its document, with its text. */
const spanOf = (sentence: Sentence, start: number, end: number): AnswerSpan => ({
  text: sentence.text.slice(start - sentence.start, end - sentence.start),
  start,
  end,
});

/**
 * An amount as the bold answer reads it: the whole list it is an item of, what a bare count
 * counts, and the bound the sentence puts on it ("no more than five domestic companies": "five"
 * alone says more than the documents do).
 */
function amountAnswer(
  index: SearchIndex,
  words: MeasureWords,
  question: ParsedQuestion,
  sentence: Sentence,
  span: AnswerSpan,
): AnswerSpan {
  const amounts = amountsOf(index, words, sentence);
  const list = listOf(amounts, question, sentence, span);
  const counted = withCountedNoun(index, question, sentence, list);
  return withBound(words, sentence, withItems(amounts, question, sentence, counted));
}

/** A colon right after a count, before the items it counts: "three sizes: 3B, 16B, and 27B". */
const ITEMS_FOLLOW = /^\s*:\s*/;

/**
 * A count with the list of items the sentence gives right after it: "three sizes: 3B, 16B, and
 * 27B" says both how many and which, as the sentence does; "three sizes" alone leaves out what
 * a reader asking the sizes wants.
 */
function withItems(
  amounts: readonly AnswerSpan[],
  question: ParsedQuestion,
  sentence: Sentence,
  span: AnswerSpan,
): AnswerSpan {
  const colon = ITEMS_FOLLOW.exec(sentence.text.slice(span.end - sentence.start));
  if (!colon) return span;
  const first = amounts.find((a) => a.start === span.end + colon[0].length);
  if (!first) return span;
  const items = listOf(amounts, question, sentence, first);
  return items === first ? span : spanOf(sentence, span.start, items.end);
}

const boundCache = new WeakMap<MeasureWords, RegExp>();
/** A bound right before an amount, at the end of the text before it. */
const boundBefore = (words: MeasureWords): RegExp =>
  remembered(boundCache, words, () => new RegExp(`\\b${alternation(words.bounds)}\\s+$`, "i"));

function withBound(words: MeasureWords, sentence: Sentence, span: AnswerSpan): AnswerSpan {
  const before = sentence.text.slice(0, span.start - sentence.start);
  const bound = before.match(boundBefore(words));
  if (!bound) return span;
  return spanOf(sentence, span.start - bound[0].length, span.end);
}

/**
 * Whether a bold count stayed bare though a content word follows it: `withCountedNoun` keeps
 * the words the question asks, so that word says what it counts and the question never asks
 * it ("two abilities", asked Janus-Pro's maximum resolution). A function word ("160 in V2")
 * names nothing counted.
 */
function countsUnasked(index: SearchIndex, sentence: Sentence, span: AnswerSpan): boolean {
  if (!BARE_COUNT.test(span.text)) return false;
  const next = sentence.text.slice(span.end - sentence.start).match(/^\s+(\p{Ll}[\p{L}-]*)/u);
  return next !== null && index.termsOf(next[1] as string).size > 0;
}

/** A count with nothing after it: "256", "10,000", "nine" (not "18%", "7B", "1/70"). */
const BARE_COUNT = /^(?:\d[\d,]*|\p{L}+)$/u;
/** Where a rate's measure starts, after what it counts: "per layer". */
const RATE = /^per$/i;
/** The words after a bare count that may name what it counts ("routed experts per layer"). */
const NOUN_REACH = /^(?:\s+[\p{L}\d-]+){1,4}/u;

/**
 * A bare count ("256", "two") with the words naming what it counts, as the sentence writes them:
 * "256 routed experts" reads alone, "256" does not, and two of them ("1 · 256") read as nothing.
 */
function withCountedNoun(
  index: SearchIndex,
  question: ParsedQuestion,
  sentence: Sentence,
  span: AnswerSpan,
): AnswerSpan {
  if (question.type !== "quantity" || !BARE_COUNT.test(span.text)) return span;
  // Chinese marks few words as counted (几个共享专家): any word the question asks with serves,
  // but a name ("160 in V2") says whose the count is, not what it counts.
  const asked = question.concepts.filter((c) => c.weight > 0 && c.kind !== "alias");
  const rest = sentence.text.slice(span.end - sentence.start).match(NOUN_REACH)?.[0] ?? "";
  let end = 0;
  for (const word of rest.matchAll(/[\p{L}\d-]+/gu)) {
    const terms = index.termsOf(word[0]);
    // A function word ("in", "of") or "per" ends the noun: "256 routed experts per layer".
    if (terms.size === 0 || RATE.test(word[0])) break;
    if (asked.some((c) => credit(c, terms) > 0)) end = word.index + word[0].length;
  }
  return end === 0 ? span : spanOf(sentence, span.start, span.end + end);
}

export function sourceOf(passage: Passage, span: { start: number; end: number }): Source {
  return {
    doc: passage.docId,
    title: passage.docTitle,
    section: passage.section,
    start: span.start,
    end: span.end,
  };
}
