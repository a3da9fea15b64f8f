import type { ModelWords } from "../ingest/load-model-words.js";
import type { TimelineWords } from "../ingest/load-timeline-words.js";
import type { Passage } from "../ingest/passages.js";
import type { AliasTable } from "../text/aliases.js";
import { alternation } from "../text/alternation.js";
import { conflictsOf, sameDay, sameText } from "./conflicts.js";
import type { CuratedFact } from "./curated.js";
import { buildModel } from "./models.js";
import { cited } from "./quotes.js";
import { type ReadSentence, readSentences } from "./sentences.js";
import { extractTimeline } from "./timeline.js";
import type { Catalog, Conflict } from "./types.js";

/*
 * The catalog is read from the ingested sentences (sentences.ts): releases (releases.ts) and
 * rule facts (rule-facts.ts) make model entries (models.ts), dated sentences make the timeline
 * (timeline.ts), and values that differ between documents are flagged (conflicts.ts).
 */

/** Disagreements about subjects that are not models ("market", "high-flyer"): curated only. */
function subjectConflicts(curated: readonly CuratedFact[], modelIds: Set<string>): Conflict[] {
  const bySubject = new Map<string, CuratedFact[]>();
  for (const fact of curated.filter((f) => !modelIds.has(f.subject))) {
    const key = `${fact.subject}\u0000${fact.label}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), fact]);
  }
  return [...bySubject.values()].flatMap((facts) =>
    conflictsOf(
      (facts[0] as CuratedFact).label,
      facts.map((f) => ({ value: f.value, ...cited(f.source) })),
      (a, b) => sameDay(a, b) || sameText(a, b),
    ),
  );
}

/** Extracts the model catalog and the timeline from ingested passages, and flags disagreements. */
export function extractCatalog(
  aliases: AliasTable,
  passages: readonly Passage[],
  curated: readonly CuratedFact[],
  timelineWords: TimelineWords,
  modelWords: ModelWords,
): Catalog {
  // No words: nothing is another thing's, and every result stays its model's.
  const notTheModel = modelWords.notTheModel.length
    ? new RegExp(`\\b${alternation(modelWords.notTheModel)}`, "i")
    : /(?!)/;
  const sentences = readSentences(aliases, passages);
  // Each model reads only the sentences that release it or are about it.
  const about = new Map<string, ReadSentence[]>();
  for (const s of sentences) {
    for (const id of new Set([...s.released.map((m) => m.id), ...(s.subject ? [s.subject] : [])])) {
      const list = about.get(id);
      if (list) list.push(s);
      else about.set(id, [s]);
    }
  }
  const mentioned = new Set(sentences.flatMap((s) => s.models.map((m) => m.id)));
  const models = aliases.groups
    .filter((g) => g.kind === "model" && mentioned.has(g.id))
    .map((g) => buildModel(aliases, g.id, about.get(g.id) ?? [], curated, notTheModel));
  const conflicts = subjectConflicts(curated, new Set(models.map((m) => m.id)));
  return { models, timeline: extractTimeline(sentences, timelineWords), conflicts };
}
