import { describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { localize, localizedName, localizedPaths } from "../../src/commands/localize.js";

interface Node {
  name: string;
  type?: number;
  name_localizations?: Record<string, string>;
  description?: string;
  description_localizations?: Record<string, string>;
  options?: Node[];
}

/** Every node of a command's JSON with its path of names. */
function nodes(node: Node, path = node.name): [string, Node][] {
  return [[path, node], ...(node.options ?? []).flatMap((o) => nodes(o, `${path} ${o.name}`))];
}

/** Every described node: a message command has a name and no description. */
const described = (node: Node) => nodes(node).filter(([, n]) => n.description);

const localized = commands.map((c) => localize(c.data) as Node);

/** The message command ("Ask deepseek-bot"), which people pick from the Apps menu by name. */
const MESSAGE_COMMAND = 3;

describe("the commands' zh-CN names and descriptions", () => {
  it("does describe every slash command, subcommand and option in zh-CN", () => {
    const all = localized.flatMap((c) => described(c));
    expect(all.length).toBeGreaterThan(0);
    for (const [path, node] of all) {
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

  it("does name the message command in zh-CN within Discord's 1 to 32 characters", () => {
    const menu = localized.filter((c) => c.type === MESSAGE_COMMAND);
    expect(menu.map((c) => c.name)).toEqual(["Ask deepseek-bot"]);
    for (const command of menu) {
      const name = command.name_localizations?.["zh-CN"] ?? "";
      expect(name).toMatch(/\p{Script=Han}/u);
      expect([...name].length).toBeGreaterThanOrEqual(1);
      expect([...name].length).toBeLessThanOrEqual(32);
    }
  });

  it("does give a command's name as a zh-CN client shows it, and its own name elsewhere", () => {
    const localizedMenuName = localized.find((c) => c.type === MESSAGE_COMMAND)
      ?.name_localizations?.["zh-CN"];
    expect(localizedName("Ask deepseek-bot", "zh-CN")).toBe(localizedMenuName);
    // Discord shows a translation only to its own locale: zh-TW sees the English name.
    expect(localizedName("Ask deepseek-bot", "zh-TW")).toBe("Ask deepseek-bot");
    expect(localizedName("Ask deepseek-bot", undefined)).toBe("Ask deepseek-bot");
  });

  it("does name only commands and options that exist in its table", () => {
    const paths = new Set(localized.flatMap((c) => nodes(c)).map(([p]) => p));
    for (const path of localizedPaths("zh-CN")) expect(paths.has(path), path).toBe(true);
  });

  it("does leave the English names and descriptions as they are", () => {
    const plain = commands.map((c) => c.data as Node);
    const strip = (n: Node): Node => {
      const { name_localizations: _n, description_localizations: _d, options, ...rest } = n;
      return { ...rest, ...(options ? { options: options.map(strip) } : {}) };
    };
    expect(localized.map(strip)).toEqual(plain.map(strip));
  });
});
