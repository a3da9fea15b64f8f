import { describe, expect, it } from "vitest";
import { compareModels, lookupModel } from "../../src/engine/model.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";

const knowledge = loadKnowledge();
const cardOf = (name: string) => lookupModel(knowledge, name).card;
const line = (name: string, label: string) => cardOf(name).find((l) => l.label === label);

describe("model cards", () => {
  it("does give R1 one release line and one licence line, each citing every source", () => {
    const card = cardOf("r1");
    expect(card.filter((l) => l.label === "release date")).toHaveLength(1);
    const released = line("r1", "release date");
    expect(released?.values.map((v) => v.value)).toEqual(["January 20, 2025"]);
    expect(released?.values[0]?.sources.length).toBeGreaterThan(1);
    const licence = line("r1", "licence");
    expect(licence?.values.map((v) => v.value)).toEqual(["MIT license"]);
    expect(licence?.values[0]?.sources.map((s) => s.quote).join(" ")).toMatch(/MIT license/);
    expect(licence?.values[0]?.sources).toHaveLength(2);
  });

  it("does not show the App Store sentence as a result of R1", () => {
    const values = cardOf("r1").flatMap((l) => l.values.map((v) => v.value));
    expect(values.join("\n")).not.toMatch(/App Store/);
    expect(line("r1", "result")).toBeUndefined();
  });

  it("does keep results whose subject is the model", () => {
    expect(line("coder", "result")?.values.length).toBe(2);
    expect(line("v2", "result")?.values[0]?.value).toMatch(/DeepSeek-V2 topped/);
  });

  it("does merge a date into the date that refines it", () => {
    const released = line("v3", "release date");
    expect(released?.values.map((v) => v.value)).toEqual(["December 26, 2024"]);
    expect(new Set(released?.values[0]?.sources.map((s) => s.source.doc))).toEqual(
      new Set(["deepseek-history", "deepseek-encyclopedia"]),
    );
  });

  it("does keep a real disagreement visible with both values and their sources", () => {
    const released = line("deepseekmath", "release date");
    expect(released?.disagree).toBe(true);
    expect(released?.values.map((v) => [v.value, v.sources[0]?.source.doc])).toEqual([
      ["February 5, 2024", "deepseek-history"],
      ["April 2024", "deepseek-encyclopedia"],
    ]);
    expect(line("v3", "training cost")?.disagree).toBe(true);
    expect(line("v3", "release date")?.disagree).toBe(false);
  });

  it("does order lines as corpus/models.json lists them, release date first", () => {
    const order = knowledge.modelWords.cardOrder;
    for (const model of knowledge.catalog.models) {
      const card = lookupModel(knowledge, model.name).card;
      const ranks = card.map((l) => {
        const at = order.indexOf(l.label);
        return at < 0 ? order.length : at;
      });
      expect(ranks, model.name).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(card.map((l) => l.label)).size, model.name).toBe(card.length);
    }
  });

  it("does compare two models with one row per kind either has, in card order", () => {
    const { lookups, rows } = compareModels(knowledge, "v3", "r1");
    expect(lookups.map((l) => l.model?.name)).toEqual(["DeepSeek-V3", "DeepSeek-R1"]);
    expect(rows[0]?.label).toBe("release date");
    const licence = rows.find((r) => r.label === "licence");
    expect(licence?.values[0]).toEqual([]);
    expect(licence?.values[1].map((v) => v.value)).toEqual(["MIT license"]);
    const labels = new Set([...lookups[0].card, ...lookups[1].card].map((l) => l.label));
    expect(rows.map((r) => r.label).sort()).toEqual([...labels].sort());
  });

  it("does compare nothing when one name is unknown", () => {
    const { lookups, rows } = compareModels(knowledge, "v3", "qqzj");
    expect(lookups[1].found).toBe(false);
    expect(rows).toEqual([]);
  });
});
