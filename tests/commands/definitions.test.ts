import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";

/** Discord's rule for chat-input command and option names (its API reference, "Application Commands"). */
const CHAT_INPUT_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

interface Node {
  name: string;
  description?: string;
  type?: number;
  required?: boolean;
  max_length?: number;
  options?: Node[];
}

/** Every option below a command, with its path of names. */
function optionsOf(node: Node, path: string): [string, Node][] {
  return (node.options ?? []).flatMap((o) => {
    const at = `${path} ${o.name}`;
    return [[at, o] as [string, Node], ...optionsOf(o, at)];
  });
}

describe("the command definitions Discord is sent", () => {
  const slash = commands.filter((c) => c.data.type === ApplicationCommandType.ChatInput);
  const nodes = slash.flatMap((c) => [
    [c.data.name, c.data as Node] as [string, Node],
    ...optionsOf(c.data as Node, c.data.name),
  ]);

  it("does name every chat-input command and option in lower case within Discord's pattern", () => {
    expect(nodes.length).toBeGreaterThan(10);
    for (const [path, node] of nodes) {
      expect(node.name, path).toMatch(CHAT_INPUT_NAME);
      expect(node.name, path).toBe(node.name.toLowerCase());
    }
  });

  it("does describe every one in 1 to 100 characters", () => {
    for (const [path, node] of nodes) {
      expect(node.description?.length ?? 0, path).toBeGreaterThanOrEqual(1);
      expect(node.description?.length ?? 0, path).toBeLessThanOrEqual(100);
    }
  });

  it("does list required options before optional ones, at most 25 per level", () => {
    for (const [path, node] of nodes) {
      const options = node.options ?? [];
      expect(options.length, path).toBeLessThanOrEqual(25);
      const firstOptional = options.findIndex((o) => !o.required);
      if (firstOptional >= 0)
        expect(
          options.slice(firstOptional).some((o) => o.required),
          path,
        ).toBe(false);
    }
  });

  it("does give string options a maximum length Discord accepts", () => {
    const strings = nodes.filter(([, n]) => n.type === ApplicationCommandOptionType.String);
    expect(strings.length).toBeGreaterThan(0);
    for (const [path, node] of strings) {
      expect(node.max_length ?? 0, path).toBeGreaterThanOrEqual(1);
      expect(node.max_length ?? 0, path).toBeLessThanOrEqual(6000);
    }
  });

  it("does name a message command in 1 to 32 characters", () => {
    const menus = commands.filter((c) => c.data.type === ApplicationCommandType.Message);
    expect(menus.length).toBe(1);
    for (const c of menus) expect(c.data.name.length).toBeLessThanOrEqual(32);
  });
});
