import { describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import {
  consoleGrammar,
  consoleHelp,
  parseConsoleLine,
} from "../../src/transports/console/parse.js";

const grammar = consoleGrammar(commands);
const parse = (line: string) => parseConsoleLine(line, grammar);

describe("parseConsoleLine", () => {
  it("does read the slash command and its main option when typed as in Discord", () => {
    expect(parse("/deepseek ask what is MLA?")).toEqual({
      kind: "command",
      command: "deepseek",
      subcommand: "ask",
      options: { question: "what is MLA?" },
    });
    expect(parse("/deepseek model v3")).toEqual({
      kind: "command",
      command: "deepseek",
      subcommand: "model",
      options: { name: "v3" },
    });
  });

  it("does read name:value options and infer the subcommand from them", () => {
    expect(parse("question:what is MLA? private:true")).toMatchObject({
      subcommand: "ask",
      options: { question: "what is MLA?", private: "true" },
    });
    expect(parse("/deepseek timeline from:2024-06 topic:api")).toMatchObject({
      subcommand: "timeline",
      options: { from: "2024-06", topic: "api" },
    });
    expect(parse("name:r1")).toMatchObject({ subcommand: "model", options: { name: "r1" } });
    expect(parse("from:2025")).toMatchObject({ subcommand: "timeline", options: { from: "2025" } });
  });

  it("does keep a colon inside a question when it names no option", () => {
    expect(parse("/deepseek ask what does note: mean at https://example.com?")).toMatchObject({
      subcommand: "ask",
      options: { question: "what does note: mean at https://example.com?" },
    });
  });

  it("does read buttons, help and quit when typed as words", () => {
    expect(parse("next")).toEqual({ kind: "button", label: "next" });
    expect(parse("prev")).toEqual({ kind: "button", label: "previous" });
    expect(parse("help").kind).toBe("help");
    expect(parse("quit").kind).toBe("quit");
  });

  it("does take a plain sentence as a question and reject an unknown slash command", () => {
    expect(parse("who founded deepseek")).toMatchObject({
      subcommand: "ask",
      options: { question: "who founded deepseek" },
    });
    expect(parse("/frob x")).toEqual({ kind: "invalid", problem: 'unknown command "/frob"' });
  });

  it("does explain what is missing when a line lacks what Discord would require", () => {
    expect(parse("/deepseek model")).toEqual({
      kind: "invalid",
      problem: "model needs name: /deepseek model <name> [compare:…] [private:true]",
    });
    expect(parse("/deepseek frob")).toMatchObject({
      problem: "/deepseek needs a subcommand: ask, model, timeline",
    });
    expect(parse("/deepseek timeline 2024")).toMatchObject({
      problem: expect.stringContaining("timeline takes name:value options"),
    });
    expect(parse("/deepseek ask hi private:maybe")).toMatchObject({
      problem: "private must be true or false",
    });
  });

  it("does list every subcommand in the help when asked, read from the command definitions", () => {
    const help = consoleHelp(grammar);
    expect(help).toContain("/deepseek ask <question> [private:true]");
    expect(help).toContain("/deepseek timeline [from:…] [to:…] [model:…] [topic:…] [private:true]");
  });
});
