import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { ROOT } from "../../src/paths.js";
import { ASK_EMBED_BUDGET, askReply } from "../../src/presenters/discord/ask.js";
import { embedCharacters, messagePayloadSchema } from "../../src/presenters/discord/limits.js";
import { toMessage } from "../../src/presenters/discord/message.js";
import { hasHan } from "../../src/text/script.js";

/**
 * Every dev question: the shared sets (when checked out beside the repo, Chinese ones among
 * them), our own, and a few Chinese ones for when the shared sets are not there.
 */
function devQuestions(): string[] {
  const folders = [join(ROOT, "..", "shared", "eval"), join(ROOT, "tests", "fixtures", "dev")];
  const own = folders
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      readdirSync(folder)
        .filter((file) => file.endsWith(".jsonl"))
        .flatMap((file) => readFileSync(join(folder, file), "utf8").split("\n")),
    )
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { q: string }).q);
  return [...own, ...CHINESE];
}

/** Chinese questions answered, abstained on and naming an unknown model. */
const CHINESE = [
  "R1是什么时候发布的",
  "DeepSeek-V3有多少参数？",
  "梁文锋是谁",
  "R2什么时候发布",
  "深度求索的总部在哪个城市，员工食堂好吃吗",
];

/** A field value as read: escapes, bold marks and cut marks removed. */
const quoted = (value: string) =>
  value
    .replace(/\*\*/g, "")
    .replace(/\\([^\s\w])/g, "$1")
    .split("…")
    .filter((piece) => piece !== "");

describe("ask replies over every dev question", () => {
  const knowledge = loadKnowledge();
  const questions = devQuestions();

  it("does keep every reply within 1,200 characters of embed text, three sources at most, each quoted verbatim, in English and in Chinese framing", () => {
    expect(questions.length).toBeGreaterThanOrEqual(200);
    expect(questions.filter(hasHan).length).toBeGreaterThanOrEqual(CHINESE.length);
    // Every question in both framings: a Chinese question from an English client is framed in
    // Chinese, and an English one from a Chinese client too.
    const framed = questions.flatMap((question) =>
      (["en", "zh"] as const).map((language) => ({ question, language })),
    );
    for (const { question, language } of framed) {
      const result = ask(knowledge, question);
      const message = toMessage(askReply(result, false, language));
      expect(messagePayloadSchema.safeParse(message).error).toBeUndefined();
      const [embed] = message.embeds ?? [];
      expect(embedCharacters(embed ?? {}), question).toBeLessThanOrEqual(ASK_EMBED_BUDGET);
      const fields = embed?.fields ?? [];
      expect(fields.length).toBeLessThanOrEqual(3);
      if (result.answered) expect(fields.length, question).toBeGreaterThan(0);
      for (const field of fields) {
        // Two passages of one section share a citation: one of them holds every piece.
        const pieces = quoted(field.value);
        const cited = result.passages.filter(
          (p) =>
            field.name.endsWith(citationOf(p.source)) &&
            pieces.every((piece) => p.text.includes(piece)),
        );
        expect(cited.length, `${question}: ${field.value}`).toBeGreaterThan(0);
      }
    }
  });
});

const citationOf = (source: { title: string; section: string }) =>
  source.section ? `${source.title} › ${source.section}` : source.title;
