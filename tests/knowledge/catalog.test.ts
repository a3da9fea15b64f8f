import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lookupModel } from "../../src/engine/model.js";
import { queryTimeline, TimelineFilterError } from "../../src/engine/timeline.js";
import { ingest } from "../../src/ingest/ingest.js";
import { loadCorpus } from "../../src/ingest/load-corpus.js";
import { loadCuratedFacts } from "../../src/knowledge/curated.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { ALIASES_FILE, DOCUMENTS_DIR } from "../../src/paths.js";
import { compareDates, normalizeDate, periodOf, validIso } from "../../src/text/dates.js";
import { expectVerbatim, rawDocuments } from "../helpers/raw-documents.js";

const knowledge = loadKnowledge();
const documents = loadCorpus(DOCUMENTS_DIR);
const raw = rawDocuments(DOCUMENTS_DIR);
/** Text as name matching sees it: case, hyphens and runs of spaces do not count. */
const loose = (text: string) => text.toLowerCase().replace(/[-\s]+/g, " ");

describe("the model catalog", () => {
  it("does list a model exactly when a document names it by one of its alias names", () => {
    // Read from the data files, not restated: which model groups exist, and what the text says.
    const groups = (
      JSON.parse(readFileSync(ALIASES_FILE, "utf8")) as {
        groups: { id: string; kind: string; names: string[] }[];
      }
    ).groups.filter((g) => g.kind === "model");
    const texts = [...raw.values()].map(loose);
    const catalog = new Set(knowledge.catalog.models.map((m) => m.id));
    expect(groups.length).toBeGreaterThan(10);
    for (const group of groups) {
      const named = group.names.some((name) => texts.some((text) => text.includes(loose(name))));
      expect(catalog.has(group.id), group.id).toBe(named);
    }
  });

  it("does find each model when asked by any of its names in any case, hyphens or spacing", () => {
    for (const model of knowledge.catalog.models) {
      for (const name of [model.name, ...model.aliases]) {
        const spellings = [
          name.toUpperCase(),
          name.toLowerCase().replaceAll("-", " "),
          `  ${name.replaceAll(" ", "-")} `,
        ];
        for (const spelling of spellings)
          expect(lookupModel(knowledge, spelling).model?.id, spelling).toBe(model.id);
      }
    }
  });

  it("does quote every fact, release and conflict verbatim from its document", () => {
    let checked = 0;
    for (const model of knowledge.catalog.models) {
      for (const cited of [
        ...model.released,
        ...model.facts,
        ...model.conflicts.flatMap((c) => c.values),
      ]) {
        expectVerbatim(raw, cited.quote, cited.source);
        checked++;
      }
    }
    for (const event of knowledge.catalog.timeline)
      for (const s of event.sources) expectVerbatim(raw, s.quote, s);
    expect(checked).toBeGreaterThan(50);
  });

  it("does write every release date as the quote writes it", () => {
    for (const model of knowledge.catalog.models) {
      for (const r of model.released) {
        expect(r.quote).toContain(r.text);
        expect(normalizeDate(r.text)).toBe(r.date);
      }
    }
  });

  it("does flag the DeepSeekMath release date the documents disagree on", () => {
    const math = lookupModel(knowledge, "deepseekmath").model;
    const conflict = math?.conflicts.find((c) => c.label === "release date");
    expect(conflict?.values.map((v) => [v.value, v.source.doc])).toEqual([
      ["February 5, 2024", "deepseek-history"],
      ["April 2024", "deepseek-encyclopedia"],
    ]);
  });

  it("does not flag a date that only refines another", () => {
    const v3 = lookupModel(knowledge, "v3").model;
    expect(v3?.released.map((r) => r.text)).toEqual(["December 2024", "December 26, 2024"]);
    expect(v3?.conflicts.some((c) => c.label === "release date")).toBe(false);
  });

  it("does flag the market loss the documents tell differently", () => {
    const loss = knowledge.catalog.conflicts.find((c) => c.label === "market value lost");
    expect(loss?.values.map((v) => v.value).join(" | ")).toMatch(
      /600 billion.*trillion|trillion.*600 billion/,
    );
  });
});

describe("model names", () => {
  it("does resolve every spelling of V3 to DeepSeek-V3 and never to V3.2-Exp", () => {
    for (const name of ["v3", "V3", "DeepSeek V3", "deepseek-v3", "  DEEPSEEK-V3 "]) {
      expect(lookupModel(knowledge, name).model?.name, name).toBe("DeepSeek-V3");
    }
    expect(lookupModel(knowledge, "V3.2").model?.name).toBe("DeepSeek-V3.2-Exp");
    expect(lookupModel(knowledge, "deepseek v3.2 exp").model?.name).toBe("DeepSeek-V3.2-Exp");
  });

  it("does return found false with near names when the name is unknown", () => {
    const lookup = lookupModel(knowledge, "DeepSeek-V4");
    expect(lookup).toMatchObject({ found: false, model: null });
    expect(lookup.suggestions).toContain("DeepSeek-V3");
  });

  it("does never throw for any name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const lookup = lookupModel(knowledge, name);
        expect(lookup.found).toBe(lookup.model !== null);
        expect(lookup.suggestions.length).toBeLessThanOrEqual(5);
      }),
    );
  });
});

describe("the timeline", () => {
  it("does list events oldest first", () => {
    const dates = knowledge.catalog.timeline.map((e) => e.date);
    expect([...dates].sort(compareDates)).toEqual(dates);
    expect(dates.length).toBeGreaterThan(40);
  });

  it("does merge the same event told by both documents into one entry", () => {
    const v3 = knowledge.catalog.timeline.filter((e) => e.models.includes("deepseek-v3"));
    expect(v3).toHaveLength(1);
    expect(new Set(v3[0]?.sources.map((s) => s.doc))).toEqual(
      new Set(["deepseek-history", "deepseek-encyclopedia"]),
    );
    expect(v3[0]?.date).toBe("2024-12-26");
  });

  it("does filter by dates, year and topic", () => {
    const june = queryTimeline(knowledge, { from: "2024-06", to: "2024-06" }).events;
    expect(june.every((e) => e.date.startsWith("2024-06"))).toBe(true);
    expect(june.some((e) => e.date === "2024-06-17")).toBe(true);
    expect(
      queryTimeline(knowledge, { year: 2023 }).events.every((e) => e.date.startsWith("2023")),
    ).toBe(true);
    const api = queryTimeline(knowledge, { topic: "api" }).events;
    expect(api.length).toBeGreaterThan(3);
    expect(queryTimeline(knowledge, { topic: "Janus" }).events.map((e) => e.date)).toEqual([
      "2025-01-27",
    ]);
  });

  it("does keep an event dated only by its year for that year's range, not for two months of it", () => {
    const year = (filters: { from: string; to: string }) =>
      queryTimeline(knowledge, filters).events.filter((e) => e.date === "2024");
    expect(year({ from: "2024-01", to: "2024-12" }).length).toBeGreaterThan(0);
    expect(year({ from: "2024-07", to: "2024-08" })).toEqual([]);
    const summer = queryTimeline(knowledge, { from: "2024-07", to: "2024-08" }).events;
    expect(summer.length).toBeGreaterThan(3);
    expect(summer.every((e) => /^2024-0[78]/.test(e.date))).toBe(true);
  });

  it("does tell R1's release by the sentence that states it, not the App Store sentence", () => {
    const [r1] = queryTimeline(knowledge, { model: "r1" }).events.filter(
      (e) => e.date === "2025-01-20",
    );
    expect(r1?.text).toMatch(/January 20, 2025/);
    expect(r1?.text).not.toMatch(/App Store/);
    expect(r1?.sources[0]?.quote).toBe(r1?.text);
  });

  it("does leave out headings and sentences that tell no event", () => {
    const texts = knowledge.catalog.timeline.map((e) => e.text);
    expect(texts.some((t) => /^Throughout 2024/.test(t))).toBe(false);
    expect(texts.some((t) => /:\s*$/.test(t))).toBe(false);
    expect(texts.some((t) => /when asked/.test(t))).toBe(false);
  });

  it("does show one model's events when a model is given, read as people type it", () => {
    const coder = queryTimeline(knowledge, { model: "coder" });
    expect(coder.model?.model?.name).toBe("DeepSeek Coder");
    expect(coder.events.length).toBeGreaterThan(0);
    expect(coder.events.every((e) => e.models.includes("deepseek-coder"))).toBe(true);
    const several = queryTimeline(knowledge, { model: "deepseek v" });
    expect(several.events).toEqual([]);
    expect(several.model?.choices.length).toBeGreaterThan(1);
    expect(queryTimeline(knowledge, { model: "qqzj" }).model).toMatchObject({
      model: null,
      choices: [],
    });
  });

  it("does reject garbage dates with a clear timeline error and nothing else", () => {
    expect(() => queryTimeline(knowledge, { from: "2024-02-30" })).toThrow(
      /^timeline: from must be a date/,
    );
    expect(() => queryTimeline(knowledge, { from: "2025", to: "2024" })).toThrow(
      /from must not be after to/,
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 60 }),
        (from, to, topic) => {
          try {
            queryTimeline(knowledge, { from, to, topic });
          } catch (error) {
            expect(error).toBeInstanceOf(TimelineFilterError);
            expect((error as Error).message).toMatch(/^timeline: /);
          }
        },
      ),
    );
  });
});

describe("dates", () => {
  it("does normalise dates with the precision the text gives", () => {
    expect(normalizeDate("November 2, 2023")).toBe("2023-11-02");
    expect(normalizeDate("May 2024")).toBe("2024-05");
    expect(normalizeDate("January 27–28, 2025")).toBe("2025-01-27");
    expect(normalizeDate("2019")).toBe("2019");
    expect(normalizeDate("Smarch 3, 2024")).toBeNull();
    expect(periodOf("2024")).toEqual({ first: "2024-01-01", last: "2024-12-31" });
    expect(periodOf("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(periodOf("2024-02-03")).toEqual({ first: "2024-02-03", last: "2024-02-03" });
    expect(validIso("2024-02-30")).toBeNull();
  });
});

describe("curated facts", () => {
  it("does fail naming the file when a quote is not verbatim in its document", () => {
    const file = join(mkdtempSync(join(tmpdir(), "facts-")), "facts.json");
    writeFileSync(
      file,
      JSON.stringify({
        facts: [
          {
            subject: "deepseek-v3",
            label: "x",
            value: "y",
            doc: "deepseek-history",
            quote: "a sentence that is not there",
          },
        ],
      }),
    );
    expect(() => loadCuratedFacts(file, documents, ingest(documents))).toThrow(
      /facts: .*facts\.json: facts\.0: quote not found verbatim/,
    );
  });
});
