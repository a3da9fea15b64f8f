import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { ask } from "../../src/engine/ask.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import { ZH } from "../../src/presenters/words/zh.js";
import { runConsole } from "../../src/transports/console/console.js";
import { Dispatcher } from "../../src/transports/dispatch.js";

/** No control character but line breaks and tabs: nothing a terminal would act on. */
const withoutControls = (text: string) =>
  ![...text].some((ch) => {
    const c = ch.charCodeAt(0);
    return (c < 32 && ch !== "\n" && ch !== "\t") || (c >= 127 && c < 160);
  });

async function runLines(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  const dispatcher = new Dispatcher({ commands, logger: createLogger("silent"), cooldown: false });
  const done = runConsole({ knowledge: loadKnowledge(), commands, dispatcher, input, output });
  input.end(`${lines.join("\n")}\n`);
  await done;
  return text;
}

describe("console mode", () => {
  it("does print no terminal escape code when a question carries them", async () => {
    const text = await runLines([
      "/deepseek ask \u001b[2J\u001b]0;pwned\u0007what is MLA?\u001b[31m",
      "/deepseek model \u001b[5mv3",
    ]);
    expect(text).toContain("what is MLA?");
    expect(text).toSatisfy(withoutControls);
  });

  it("does print the same answers as Discord and page with next", async () => {
    const text = await runLines([
      "/deepseek ask when was R1 released?",
      "/deepseek model v3",
      "/deepseek timeline from:2024-06",
      "next",
    ]);
    expect(text).toContain("**January 20, 2025**");
    expect(text).toContain("**DeepSeek-V3**");
    expect(text).toMatch(/Page 1\/\d+/);
    expect(text).toMatch(/Page 2\/\d+/);
    expect(text).toContain("Type `prev` or `next`.");
  });

  it("does show the passages whole and ask a suggestion when their button labels are typed", async () => {
    const text = await runLines([
      "/deepseek ask who founded deepseek?",
      "show passages",
      "/deepseek ask how many params does r1 lite have",
      "DeepSeek-R1-Lite",
    ]);
    expect(text).toContain("Type `show passages`.");
    // Cut in the answer, whole after the press.
    const first = ask(loadKnowledge(), "who founded deepseek?").passages[0]?.text ?? "";
    const [answer, shown] = text.split("Type `show passages`.");
    expect(first.length).toBeGreaterThan(0);
    expect(answer).not.toContain(first);
    expect(shown).toContain(first);
    expect(text).toContain("Not in the documents.");
    expect(text).toMatch(/Type `deepseek-r1-lite`/);
    expect(text).toContain("**DeepSeek-R1-Lite**\n");
  });

  it("does frame a Chinese question in Chinese and show its passages when the Chinese label is typed", async () => {
    const text = await runLines(["R1是什么时候发布的", ZH.showPassages]);
    expect(text).toContain("**January 20, 2025**");
    expect(text).toContain(ZH.quotesFooter);
    expect(text).toContain(`Type \`${ZH.showPassages}\`.`);
    // Once under the answer, once over the whole passage the press shows.
    expect(text.match(/^(\*\*)?\[1\] DeepSeek/gm)).toHaveLength(2);
  });

  it("does explain a bad line and go on when the input is wrong", async () => {
    const text = await runLines(["/frob", "next", "/deepseek timeline to:nope", "name:r1"]);
    expect(text).toContain('unknown command "/frob"');
    expect(text).toContain("There is no next page to show.");
    expect(text).toContain("timeline: to must be a date");
    expect(text).toContain("**DeepSeek-R1**");
  });
});
