import type { AliasTable } from "../text/aliases.js";
import { compareDates } from "../text/dates.js";
import { uniqueBy } from "../text/unique.js";
import { conflictsOf, sameDay, sameText } from "./conflicts.js";
import type { CuratedFact } from "./curated.js";
import { FACT_KINDS, isCompared } from "./kinds.js";
import { cited } from "./quotes.js";
import { architectureFacts, ruleFacts } from "./rule-facts.js";
import { nearest, type ReadSentence } from "./sentences.js";
import type { Conflict, DatedQuote, ModelEntry, ModelFact } from "./types.js";

/** A model's release dates, oldest first: one per date and document, nearest its release verb. */
function releasesOf(id: string, sentences: readonly ReadSentence[]): DatedQuote[] {
  const released: DatedQuote[] = [];
  for (const s of sentences) {
    for (const m of s.released) {
      const date = m.id === id ? nearest(s.dates, m.start) : null;
      if (date) released.push({ date: date.date, text: date.text, ...cited(s.quote) });
    }
  }
  return uniqueBy(released, (r) => `${r.date}\u0000${r.source.doc}`).sort((a, b) =>
    compareDates(a.date, b.date),
  );
}

/** What the sentences about a model state, then the curated facts about it. */
function factsOf(
  aliases: AliasTable,
  id: string,
  sentences: readonly ReadSentence[],
  curated: readonly CuratedFact[],
  notTheModel: RegExp,
): ModelFact[] {
  const facts: ModelFact[] = [];
  for (const s of sentences) {
    if (s.subject === id)
      facts.push(...ruleFacts(s, notTheModel), ...architectureFacts(aliases, s));
  }
  for (const fact of curated) {
    if (fact.subject === id) {
      facts.push({
        label: fact.label,
        value: fact.value,
        ...cited(fact.source),
        origin: "curated",
      });
    }
  }
  // One fact per label, value and document: the first sentence that states it.
  return uniqueBy(facts, (f) => `${f.label}\u0000${f.value.toLowerCase()}\u0000${f.source.doc}`);
}

/** Where a model's sources disagree: on its release date, or on a compared kind of fact. */
function conflictsAbout(released: readonly DatedQuote[], facts: readonly ModelFact[]): Conflict[] {
  const releaseDates = released.map((r) => ({ ...r, value: r.text }));
  return [
    ...conflictsOf(FACT_KINDS.releaseDate.label, releaseDates, sameDay),
    ...[...new Set(facts.map((f) => f.label))].filter(isCompared).flatMap((label) =>
      conflictsOf(
        label,
        facts.filter((f) => f.label === label),
        sameText,
      ),
    ),
  ];
}

/**
 * A model's catalog entry, from the sentences that release it or are about it. `notTheModel`
 * matches words of things other than models, whose results are not the model's.
 */
export function buildModel(
  aliases: AliasTable,
  id: string,
  sentences: readonly ReadSentence[],
  curated: readonly CuratedFact[],
  notTheModel: RegExp,
): ModelEntry {
  const [name = id, ...others] = aliases.byId(id)?.names ?? [];
  const released = releasesOf(id, sentences);
  const facts = factsOf(aliases, id, sentences, curated, notTheModel);
  return { id, name, aliases: others, released, facts, conflicts: conflictsAbout(released, facts) };
}
