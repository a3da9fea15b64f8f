import { DATE_IN_WORDS } from "../text/dates.js";
import type { Mention } from "./mentions.js";

/** Words that say something was released; the model they point at is the one released. */
const RELEASE_VERB =
  /\b(released?|release of|open[- ]sourced|opened source|launched|delivered|introduced|unveiled|announced|followed by)\b/gi;
/** What else gets released, announced or introduced around a model. */
const NOT_A_MODEL = /\b(technical report|report|paper|results|FAQ|policy)\b/i;
/** How far a model may stand from its release verb: after it ("released X"), or before a passive. */
const AFTER_VERB = 70;
const BEFORE_PASSIVE = 50;
/** A list item "November 2, 2023: DeepSeek Coder Large Model", or a model dated in brackets. */
const DATE_COLON_LEAD = new RegExp(`^(?:[•·*-]\\s*)?(${DATE_IN_WORDS}):\\s`);

/** The models a sentence says were released: named right after a release verb or before a passive one. */
export function releasedIn(text: string, models: readonly Mention[]): Mention[] {
  const released = new Set<Mention>();
  const lead = DATE_COLON_LEAD.exec(text);
  if (lead) for (const m of models) if (m.start === lead[0].length) released.add(m);
  for (const verb of text.matchAll(RELEASE_VERB)) {
    const at = verb.index;
    const passive = /\b(was|were|been)\s+(\w+\s+)?$/.test(text.slice(Math.max(0, at - 20), at));
    const after = models.find((m) => m.start >= at && m.start - at <= AFTER_VERB);
    const before = [...models].reverse().find((m) => m.end <= at && at - m.end <= BEFORE_PASSIVE);
    const target = passive ? before : after;
    // A technical report or paper released about a model is not the model's release.
    const what = text.slice(at, (target?.end ?? at) + 20);
    if (target && !NOT_A_MODEL.test(what)) released.add(target);
  }
  // "DeepSeek-V3.2-Exp (September 2025)": a model dated in brackets right after its name.
  for (const m of models) {
    if (/^\s*\((?:[A-Z][a-z]+\s+)?\d{4}\)/.test(text.slice(m.end))) released.add(m);
  }
  return [...released].sort((a, b) => a.start - b.start);
}
