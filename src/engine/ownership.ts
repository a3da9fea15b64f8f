import { type Concept, isAliasTerm } from "../index/analyzer.js";
import type { SearchIndex } from "../index/search-index.js";
import type { Sentence } from "../ingest/passages.js";
import { remembered, rememberedLast, slot } from "../text/remembered.js";
import { sharesTerm } from "./coverage.js";
import type { QueryConcept } from "./question.js";
import { RANKING } from "./ranking.js";
import type { AnswerSpan } from "./spans.js";
import { isEvent, kindOf, type Subject } from "./subjects.js";

/** What ownership needs of a sentence: its text's place, its terms and the concepts it names. */
export interface SpanContext {
  sentence: Sentence;
  terms: ReadonlySet<string>;
  concepts: readonly Concept[];
}

/**
 * Whose the span is: the question's subjects', when of the things of the same kind the sentence
 * names the one nearest the span is asked about ("incorporated as DeepSeek on July 17, 2023,
 * with High-Flyer…" dates DeepSeek, not High-Flyer); another's; or unclear, when the nearest
 * name before it is a subject's possessive owning the item before an "and" the span follows,
 * and the span's clause names an owner of its own ("NVIDIA's stock price to plummet 18%, and
 * the market value of US tech stocks evaporated by about 1 trillion").
 */
export function spanOwner(
  index: SearchIndex,
  subjects: readonly Subject[],
  context: SpanContext,
  span: AnswerSpan,
  asked: readonly QueryConcept[],
): "subject" | "another" | "unclear" {
  const from = span.start - context.sentence.start;
  const to = span.end - context.sentence.start;
  const { text } = context.sentence;
  const titled =
    PERSON_NAME.test(span.text) && TITLED.exec(text.slice(Math.max(0, from - 60), from));
  // A titled name ("Microsoft CEO Satya Nadella") is its title's to give: no nearer name decides.
  if (titled) return titledByAnother(index, asked, text, titled) ? "another" : "subject";
  if (parenthesizedByAnother(index, asked, context.sentence, from)) return "another";
  if (subjects.length > 0 && ownedAfterOf(index, asked, context.sentence, from)) return "another";
  // "On December 10, 2024, the DeepSeek V2 series ushered in its finale with the release of …
  // DeepSeek-V2.5-1210": the release is V2.5-1210's, whatever name stands nearer the date.
  if (eventOfSubject(index, subjects, context, asked)) return "subject";
  let unclear = false;
  // Each subject's kind in turn: a loop, not a closure per span.
  for (const { kind } of subjects) {
    // The nearest name of this kind: its term and how far it is (Infinity while none is).
    let nearest = "";
    let nearestDistance = Number.POSITIVE_INFINITY;
    // The name of this kind that ends last before the span, and whether its possessive owns an
    // earlier item of a list whose later item names its own owner (possessiveBeforeAnd).
    let lastTerm = "";
    let lastEnd = -1;
    let lastOwnsEarlierItem = false;
    // A name the sentence inherits ("The MoE framework in DeepSeek-V3 consists of:" above
    // "256 routed experts per layer"; "DeepSeekMath" before "This model has only 7B") is its
    // topic: named, as it were, at its start.
    for (const term of inheritedNames(context)) {
      if (index.aliasGroup(term)?.kind !== kind) continue;
      if (from < nearestDistance) {
        nearest = term;
        nearestDistance = from;
      }
    }
    for (const c of context.concepts) {
      if (kindOf(index, subjects, c) !== kind) continue;
      const end = c.start + c.surface.length;
      const earlierItem = end <= from && possessiveBeforeAnd(text, end, from);
      if (end <= from && end > lastEnd) {
        lastTerm = c.term;
        lastEnd = end;
        lastOwnsEarlierItem = earlierItem && namesOwnerAfterAnd(text, end, from);
      }
      if (earlierItem) continue;
      // A sentence names what a date or amount is of mostly before it ("High-Flyer …, a fund
      // co-founded in February 2016 by … from Zhejiang University"): a name after it counts as
      // farther, unless right beside it ("from 160 in V2").
      const distance =
        c.start >= to ? (c.start - to) * RANKING.ownerAfter : Math.max(0, from - end);
      if (distance < nearestDistance) {
        nearest = c.term;
        nearestDistance = distance;
      }
    }
    if (lastOwnsEarlierItem && isSubjectTerm(subjects, lastTerm)) unclear = true;
    if (nearestDistance !== Number.POSITIVE_INFINITY && !isSubjectTerm(subjects, nearest))
      return "another";
  }
  return unclear ? "unclear" : "subject";
}

/** Whether a term is one of the subjects'. */
function isSubjectTerm(subjects: readonly Subject[], term: string): boolean {
  for (const s of subjects) if (s.term === term) return true;
  return false;
}

/**
 * The names a sentence inherits from its context: alias terms it holds but does not itself name.
 * A sentence's terms and concepts are its evidence (evidence.ts), the same for every question.
 */
const inheritedCache = new WeakMap<Sentence, readonly string[]>();
const inheritedNames = (context: SpanContext): readonly string[] =>
  remembered(inheritedCache, context.sentence, inheritedIn, context);

const inheritedIn = (context: SpanContext): readonly string[] =>
  [...context.terms].filter(
    (term) => isAliasTerm(term) && !context.concepts.some((c) => c.term === term),
  );

/**
 * The terms a question's words stand for, sure related ones included: a Chinese word reaches its
 * English name through its gloss (微软 → Microsoft). A word the question rules out ("…, not
 * microsoft") weighs nothing and is not asked.
 */
const askedCache = slot<readonly QueryConcept[], ReadonlySet<string>>();
const askedTermsOf = (asked: readonly QueryConcept[]): ReadonlySet<string> =>
  rememberedLast(
    askedCache,
    asked,
    () =>
      new Set(
        asked
          .filter((c) => c.weight > 0)
          .flatMap((c) => [
            ...c.terms,
            ...c.related.filter((r) => r.weight >= 0.5).map((r) => r.term),
          ]),
      ),
  );

/** The terms of the question's own words, related ones left out: what names a thing asked. */
const ownCache = slot<readonly QueryConcept[], ReadonlySet<string>>();
const ownTermsOf = (asked: readonly QueryConcept[]): ReadonlySet<string> =>
  rememberedLast(
    ownCache,
    asked,
    () => new Set(asked.filter((c) => c.weight > 0).flatMap((c) => c.terms)),
  );

/**
 * "market value of": a noun in lower case, then the "of" that names its owner; not "because of"
 * or "one of", nor the "of" inside a name ("Mixture of Experts").
 */
const OF_OWNER =
  /(?<![\p{L}-])(?!(?:because|out|one|some|most|all|many|instead|ahead|part|each|both|none|any)\s)\p{Ll}{3,}\s+of\s+/gu;

/**
 * Whether the span's clause names its owner with an "of" and the question names none of it:
 * "…, and the market value of the global technology stock market to evaporate by about 1
 * trillion" is the market's, no answer to how much DeepSeek is valued at. Only a stretch of
 * words between the "of" and the span: "a cost of 200 million yuan" names no owner.
 */
function ownedAfterOf(
  index: SearchIndex,
  asked: readonly QueryConcept[],
  sentence: Sentence,
  from: number,
): boolean {
  const owner = ownerAfterOf(index, sentence, from);
  if (owner.length === 0) return false;
  const own = askedTermsOf(asked);
  return !owner.some((t) => own.has(t));
}

/** The terms between the span's clause's last owner "of" and the span: none without one. */
const ownerCache = new WeakMap<Sentence, Map<number, readonly string[]>>();
const newOwnerMap = () => new Map<number, readonly string[]>();
function ownerAfterOf(index: SearchIndex, sentence: Sentence, from: number): readonly string[] {
  // The same for every question: read once per sentence and span start.
  const byStart = remembered(ownerCache, sentence, newOwnerMap);
  let owner = byStart.get(from);
  if (owner === undefined) {
    const clause =
      sentence.text
        .slice(0, from)
        .split(/[,;:] | and /)
        .at(-1) ?? "";
    const of = [...clause.matchAll(OF_OWNER)].at(-1);
    owner = of ? index.analyze(clause.slice(of.index + of[0].length)) : [];
    byStart.set(from, owner);
  }
  return owner;
}

/** Whether the span may be the subjects' (`spanOwner`): not another's, if maybe unclear. */
export const ownsSpan = (
  index: SearchIndex,
  subjects: readonly Subject[],
  context: SpanContext,
  span: AnswerSpan,
  asked: readonly QueryConcept[],
): boolean => spanOwner(index, subjects, context, span, asked) !== "another";

/** The spans that may be the subjects' (`ownsSpan`), found by a loop, not a closure per sentence. */
export function ownedSpans(
  index: SearchIndex,
  subjects: readonly Subject[],
  context: SpanContext,
  spans: readonly AnswerSpan[],
  asked: readonly QueryConcept[],
): AnswerSpan[] {
  const owned: AnswerSpan[] = [];
  for (const span of spans) if (ownsSpan(index, subjects, context, span, asked)) owned.push(span);
  return owned;
}

/**
 * A possessive name owns its own phrase, not the next item of a list: in "an 18% drop in
 * Nvidia's share price and over $1 trillion erased from U.S. tech market" the trillion is not
 * Nvidia's. An amount right after the "and" is the last item of a list the name owns
 * ("DeepSeek's MoE … 2B, 16B, and 145B").
 */
const possessiveBeforeAnd = (text: string, end: number, from: number) =>
  /^['’]s\b/.test(text.slice(end)) &&
  /\band\b/.test(text.slice(end, from)) &&
  !LIST_END.test(text.slice(end, from));
/**
 * Whether the clause after the "and" names its own owner before the span, after an "of": "…, and
 * the market value of the global technology stock market to evaporate by about 1 trillion".
 * "…'s API services are also available online, and the price remains at 1 yuan" names none: the
 * price is still the API's.
 */
const namesOwnerAfterAnd = (text: string, end: number, from: number) =>
  /\bof\b/.test(
    text
      .slice(end, from)
      .split(/\band\b/)
      .at(-1) ?? "",
  );

/** A list's last item follows its "and" at once ("2B, 16B, and 145B"). */
const LIST_END = /\band\s*$/;

/** "the establishment of …": an event named as a noun, whose "of" says whose it is. */
const EVENT_OF = /^\s+of\s+(?:the\s+|an?\s+)?/i;

/**
 * Whether the sentence names the asked event only as another thing's: "High-Flyer announced
 * the establishment of an AGI lab" founds the lab, not High-Flyer. `events` are the question's
 * event terms ("§found"); `subjects`, what it asks about.
 */
export function eventOfAnother(
  index: SearchIndex,
  subjects: readonly Subject[],
  context: SpanContext,
  events: readonly string[],
): boolean {
  if (events.length === 0 || subjects.length === 0) return false;
  // Every mention must be another's: one the subjects' own, or none at all, says otherwise.
  let mentioned = false;
  for (const mention of context.concepts) {
    if (!events.includes(mention.term)) continue;
    mentioned = true;
    if (eventOwnerOf(index, subjects, context, mention) !== "another") return false;
  }
  return mentioned;
}

/** Whether the sentence names the asked event as a subject's: "the release of DeepSeek-V2.5-1210". */
function eventOfSubject(
  index: SearchIndex,
  subjects: readonly Subject[],
  context: SpanContext,
  asked: readonly QueryConcept[],
): boolean {
  // Loops, not closures: asked for every span of every sentence weighed.
  for (const mention of context.concepts) {
    if (!mention.alias) continue;
    for (const c of asked) {
      if (!c.terms.includes(mention.term) || !isEvent(index, c)) continue;
      if (eventOwnerOf(index, subjects, context, mention) === "subject") return true;
    }
  }
  return false;
}

/**
 * Whose an event named as a noun is by its "of": the first thing of a subject's kind after it
 * ("of Chinese fund High-Flyer" is High-Flyer's): "subject", "another" (also when "of" names
 * nothing of the kind), or null when no "of" follows.
 */
function eventOwnerOf(
  index: SearchIndex,
  subjects: readonly Subject[],
  { concepts, sentence }: SpanContext,
  mention: Concept,
): "subject" | "another" | null {
  const end = mention.start + mention.surface.length;
  const of = EVENT_OF.exec(sentence.text.slice(end));
  if (!of) return null;
  const owner = concepts.find(
    (c) =>
      c.start >= end + of[0].length && subjects.some((s) => kindOf(index, subjects, c) === s.kind),
  );
  return owner && isSubjectTerm(subjects, owner.term) ? "subject" : "another";
}

/** A name and a title right before a span: "Microsoft CEO " before "Satya Nadella". */
const TITLED = /(\p{Lu}[\p{L}\p{N}&'-]*)\s+([\p{L}-]+)\s+$/u;
/** Only a person's name is titled: "Satya Nadella", not "November 2, 2023". */
const PERSON_NAME = /^\p{Lu}\p{Ll}+\s+\p{Lu}/u;
/** Every titled name of a sentence: "Microsoft CEO Satya…", "OpenAI CEO Sam…". */
const TITLES = /(\p{Lu}[\p{L}\p{N}&'-]*)\s+([\p{L}-]+)\s+(?=\p{Lu})/gu;

/**
 * Whether the span is titled as another's: "Microsoft CEO Satya Nadella" is Microsoft's CEO,
 * so no answer to "who is the CEO of DeepSeek" (the title is asked, its holder is not) nor to
 * "who runs OpenAI, the one who praised DeepSeek" (the question names another holder of the
 * sentence, OpenAI, whose CEO is Sam Altman). `titled` is TITLED's match before the span.
 */
function titledByAnother(
  index: SearchIndex,
  asked: readonly QueryConcept[],
  sentence: string,
  titled: RegExpExecArray,
): boolean {
  const askedTerms = askedTermsOf(asked);
  const names = (text: string) => index.concepts(text).some((c) => askedTerms.has(c.term));
  const [, holder = "", title = ""] = titled;
  // A sentence's own first word ("The CEO …") holds nothing; the asked holder's title is its own.
  if (index.concepts(holder).length === 0 || names(holder)) return false;
  if (sharesTerm(index.termsOf(title), askedTerms)) return true;
  return [...sentence.matchAll(TITLES)].some(([, other = ""]) => other !== holder && names(other));
}

/**
 * A name and a chief officer's title (CEO, CTO, CFO), then a word in lower case: "Anthropic CEO
 * publishes", no one named. Only such a title: "High-Flyer built" is a name and its verb, and
 * "DeepSeek API services" a name and its product.
 */
const TITLE_ALONE = /(\p{Lu}[\p{L}\p{N}&'-]*)\s+(C\p{Lu}{1,3}O)\s+(?=\p{Ll})/gu;

/**
 * Whether the sentence gives the title a "who" question asks, of the holder it asks about, and
 * no name: "Anthropic CEO publishes a 10,000-word article" does not say who Anthropic's CEO is.
 */
export function titleWithoutName(
  index: SearchIndex,
  asked: readonly QueryConcept[],
  sentence: string,
): boolean {
  const askedTerms = ownTermsOf(asked);
  const names = (text: string) => sharesTerm(index.termsOf(text), askedTerms);
  return [...sentence.matchAll(TITLE_ALONE)].some(
    ([, holder = "", title = ""]) => names(holder) && names(title),
  );
}

/** Every name a parenthesis follows: "Small (", "GOT-OCR 2.0 (", "MinerU-2.0 (". */
const PARENS = /((?:\p{Lu}[\p{L}\p{N}.+-]*\s+)?[\p{L}\p{N}][\p{L}\p{N}.+-]*)\s*\(/gu;

/** A parenthesis of a sentence (offsets into its text) and the words of the name before it. */
interface Parenthesis {
  open: number;
  close: number;
  words: string[];
}

/** A sentence's named parentheses, read once per sentence: most spans are checked against them. */
const parenthesesCache = new WeakMap<Sentence, Parenthesis[]>();
const parenthesesOf = (index: SearchIndex, sentence: Sentence): Parenthesis[] =>
  remembered(parenthesesCache, sentence, parenthesesIn, index);

const parenthesesIn = (index: SearchIndex, sentence: Sentence): Parenthesis[] =>
  [...sentence.text.matchAll(PARENS)].map((m) => {
    const open = m.index + m[0].length - 1;
    const close = sentence.text.indexOf(")", open);
    const name = m[1] ?? "";
    return {
      open,
      close: close < 0 ? sentence.text.length : close,
      // Its own words, and the alias it wholly spells ("Gundam"): "GOT-OCR" also reads as
      // DeepSeek-OCR's alias, by a part of it.
      words: [
        ...index.analyze(name).filter((t) => !isAliasTerm(t)),
        ...index
          .concepts(name)
          .filter((c) => c.alias && c.surface.length === name.length)
          .map((c) => c.term),
      ],
    };
  });

/**
 * Whether the span sits in a parenthesis that gives another thing's figure: in "Small (100
 * tokens) outperforms GOT-OCR 2.0 (256 tokens), and Gundam (<~800 tokens) surpasses MinerU-2.0
 * (~6,790 tokens)", 256 tokens is GOT-OCR's, no answer to how many MinerU used. It is another's
 * when the question names, by their own words, another of the sentence's parenthesized things
 * and not this one.
 */
function parenthesizedByAnother(
  index: SearchIndex,
  asked: readonly QueryConcept[],
  sentence: Sentence,
  from: number,
): boolean {
  const parentheses = parenthesesOf(index, sentence);
  const holder = parentheses.findLast((p) => p.open < from && from < p.close);
  if (!holder) return false;
  const own = ownTermsOf(asked);
  const named = (p: Parenthesis) => p.words.some((t) => own.has(t));
  return !named(holder) && parentheses.some((p) => p !== holder && named(p));
}
