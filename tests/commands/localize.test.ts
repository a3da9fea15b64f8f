import { describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { localize, localizedPaths } from "../../src/commands/localize.js";

interface Node {
  name: string;
  type?: number;
  description?: string;
  description_localizations?: Record<string, string>;
  options?: Node[];
}

/** Every described node of a command's JSON with its path of names. */
function described(node: Node, path = node.name): [string, Node][] {
  const own: [string, Node][] = node.description ? [[path, node]] : [];
  return [...own, ...(node.options ?? []).flatMap((o) => described(o, `${path} ${o.name}`))];
}

const localized = commands.map((c) => localize(c.data) as Node);

describe("the commands' zh-CN descriptions", () => {
  it("does describe every slash command, subcommand and option in zh-CN", () => {
    const nodes = localized.flatMap((c) => described(c));
    expect(nodes.length).toBeGreaterThan(0);
    for (const [path, node] of nodes) {
      expect(node.description_localizations?.["zh-CN"], path).toBeTruthy();
    }
  });

  it("does keep every description within Discord's 1 to 100 characters", () => {
    for (const [path, node] of localized.flatMap((c) => described(c))) {
      const text = node.description_localizations?.["zh-CN"] ?? "";
      expect([...text].length, path).toBeGreaterThanOrEqual(1);
      expect([...text].length, path).toBeLessThanOrEqual(100);
    }
  });

  it("does name only commands and options that exist in its table", () => {
    const paths = new Set(localized.flatMap((c) => described(c)).map(([p]) => p));
    for (const path of localizedPaths("zh-CN")) expect(paths.has(path), path).toBe(true);
  });

  it("does leave the English names and descriptions as they are", () => {
    const plain = commands.map((c) => c.data as Node);
    const strip = (n: Node): Node => {
      const { description_localizations: _, options, ...rest } = n;
      return { ...rest, ...(options ? { options: options.map(strip) } : {}) };
    };
    expect(localized.map(strip)).toEqual(plain.map(strip));
  });
});
