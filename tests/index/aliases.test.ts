import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAliases } from "../../src/ingest/load-aliases.js";
import { ALIASES_FILE } from "../../src/paths.js";
import { AliasTable } from "../../src/text/aliases.js";
import { baseTokens } from "../../src/text/tokens.js";

const aliases = loadAliases(ALIASES_FILE);
const ids = (text: string) => aliases.match(baseTokens(text)).map((m) => m.group.id);

describe("AliasTable", () => {
  it("does map every machine-translated name of the fund to one group", () => {
    for (const name of ["High-Flyer", "Magic Cube Quant", "Quant Fantasy", "Huanfang", "幻方"]) {
      expect(ids(`the fund ${name} grew`)).toEqual(["high-flyer"]);
    }
  });

  it("does map the cluster's English and Chinese names to one group", () => {
    expect(ids("Fire-Flyer 2")).toEqual(["fire-flyer-2"]);
    expect(ids("Firefly 2")).toEqual(["fire-flyer-2"]);
    expect(ids("萤火二号")).toEqual(["fire-flyer-2"]);
  });

  it("does ignore case, hyphens and spaces when matching model names", () => {
    for (const name of ["R1", "deepseek r1", "DeepSeek-R1", "DEEPSEEK R1"]) {
      expect(ids(name)).toEqual(["deepseek-r1"]);
    }
  });

  it("does match a name whose words are run together", () => {
    expect(ids("wen was highflyer set up")).toEqual(["high-flyer", "found"]);
    expect(ids("deepseekcoder")).toEqual(["deepseek-coder"]);
  });

  it("does match a name whose words are run together when its version stands apart", () => {
    expect(ids("how many nodes in fireflyer 2")).toEqual(["fire-flyer-2"]);
    expect(ids("deepseekcoder v2")).toEqual(["deepseek-coder-v2"]);
  });

  it("does let a name of the table win over another name's words run together", () => {
    const table = new AliasTable([
      { id: "a", kind: "model", names: ["Fire Fly"] },
      { id: "b", kind: "model", names: ["FireFly"] },
    ]);
    expect(table.match(["firefly"]).map((m) => m.group.id)).toEqual(["b"]);
    expect(table.match(["fire", "fly"]).map((m) => m.group.id)).toEqual(["a"]);
  });

  it("does prefer the longest name when a shorter one is its prefix", () => {
    expect(ids("DeepSeek-V3.2-Exp")).toEqual(["deepseek-v3.2-exp"]);
    expect(ids("deepseek v3")).toEqual(["deepseek-v3"]);
    expect(ids("DeepSeek-R1-Lite")).toEqual(["deepseek-r1-lite"]);
    expect(ids("DeepSeek Coder V2")).toEqual(["deepseek-coder-v2"]);
    expect(ids("DeepSeek-V2.5-1210")).toEqual(["deepseek-v2.5-1210"]);
  });

  it("does refuse a name when two groups claim it", () => {
    expect(
      () =>
        new AliasTable([
          { id: "a", kind: "concept", names: ["Same Name"] },
          { id: "b", kind: "concept", names: ["same-name"] },
        ]),
    ).toThrow(/aliases: "same-name" names both a and b/);
  });

  it("does refuse an instance that is no other group, or of a group that is no concept", () => {
    const file = join(mkdtempSync(join(tmpdir(), "aliases-")), "aliases.json");
    const write = (groups: object[]) => writeFileSync(file, JSON.stringify({ groups }));
    write([{ id: "fund", kind: "concept", names: ["fund"], instances: ["missing"] }]);
    expect(() => loadAliases(file)).toThrow(/fund: an instance must be another group's id/);
    write([
      { id: "acme", kind: "organization", names: ["Acme"], instances: ["fund"] },
      { id: "fund", kind: "concept", names: ["fund"] },
    ]);
    expect(() => loadAliases(file)).toThrow(/acme: an instance must be/);
    write([
      { id: "acme", kind: "organization", names: ["Acme"] },
      { id: "fund", kind: "concept", names: ["fund"], instances: ["acme"] },
    ]);
    expect(loadAliases(file).byId("fund")?.instances).toEqual(["acme"]);
  });

  it("does list what a group owns, and refuse an owner that is no other group", () => {
    const table = loadAliases(ALIASES_FILE);
    expect(table.ownedBy("high-flyer")).toEqual(expect.arrayContaining(["fire-flyer-2", "3fs"]));
    expect(table.ownedBy("fire-flyer-2")).toEqual([]);
    const file = join(mkdtempSync(join(tmpdir(), "aliases-")), "aliases.json");
    const groups = [{ id: "cluster", kind: "system", names: ["Cluster"], owner: "nobody" }];
    writeFileSync(file, JSON.stringify({ groups }));
    expect(() => loadAliases(file)).toThrow(/cluster: its owner must be another group's id/);
  });
});
