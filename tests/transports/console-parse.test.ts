import { describe, expect, it } from "vitest";
import { parseConsoleLine } from "../../src/transports/console/parse.js";

describe("parseConsoleLine", () => {
  it("does read the slash command and its main option when typed as in Discord", () => {
    expect(parseConsoleLine("/deepseek ask what is MLA?")).toEqual({
      kind: "command",
      subcommand: "ask",
      options: { question: "what is MLA?" },
    });
    expect(parseConsoleLine("/deepseek model v3")).toEqual({
      kind: "command",
      subcommand: "model",
      options: { name: "v3" },
    });
  });

  it("does read name:value options and infer the subcommand from them", () => {
    expect(parseConsoleLine("question:what is MLA? private:true")).toEqual({
      kind: "command",
      subcommand: "ask",
      options: { question: "what is MLA?", private: "true" },
    });
    expect(parseConsoleLine("/deepseek timeline from:2024-06 topic:api")).toEqual({
      kind: "command",
      subcommand: "timeline",
      options: { from: "2024-06", topic: "api" },
    });
  });

  it("does read buttons, help and quit when typed as words", () => {
    expect(parseConsoleLine("next")).toEqual({ kind: "button", label: "next" });
    expect(parseConsoleLine("prev")).toEqual({ kind: "button", label: "previous" });
    expect(parseConsoleLine("help").kind).toBe("help");
    expect(parseConsoleLine("quit").kind).toBe("quit");
  });

  it("does take a plain sentence as a question and reject an unknown slash command", () => {
    expect(parseConsoleLine("who founded deepseek")).toMatchObject({
      subcommand: "ask",
      options: { question: "who founded deepseek" },
    });
    expect(parseConsoleLine("/frob x")).toEqual({
      kind: "invalid",
      problem: 'unknown command "/frob"',
    });
  });
});
