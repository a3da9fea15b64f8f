import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/commands/context.js";
import { commands } from "../../src/commands/index.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import type { Reply } from "../../src/presenters/discord/message.js";
import { toMessage } from "../../src/presenters/discord/message.js";
import { hasHan } from "../../src/text/script.js";
import { Dispatcher } from "../../src/transports/dispatch.js";

const knowledge = loadKnowledge();
const dispatcher = new Dispatcher({ commands, logger: createLogger("silent"), cooldown: false });

/** The clients' languages: English framing, and Chinese framing around the same quotes. */
const LOCALES = ["en-US", "zh-CN"] as const;
type TestLocale = (typeof LOCALES)[number];

/** Runs /deepseek <subcommand> with these options; resolves with the message Discord gets. */
async function replyTo(
  subcommand: string,
  options: Record<string, string>,
  locale: TestLocale = "en-US",
) {
  const replies: Reply[] = [];
  const ctx: CommandContext = {
    knowledge,
    user: { id: "123456789012345678", name: "someone" },
    locale,
    options: {
      string: (name) => options[name] ?? null,
      boolean: () => false,
    },
    reply: async (reply) => {
      replies.push(reply);
    },
    defer: async () => {},
  };
  await dispatcher.command({ command: "deepseek", subcommand }, ctx);
  return replies.map(toMessage);
}

/** Every text of a message Discord renders as markdown. */
function textsOf(messages: Awaited<ReturnType<typeof replyTo>>): string[] {
  return messages.flatMap((m) => [
    m.content ?? "",
    ...(m.embeds ?? []).flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      e.footer?.text ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ]);
}

/** What Discord would render as something other than text, outside backslash escapes. */
const HAZARDS: Record<string, RegExp> = {
  maskedLink: /\[[^\]]*\]\([^)]*\)/g,
  url: /[a-z][a-z0-9+.-]*:\/\/|discord\.gg\/|discord(app)?\.com\/invite/gi,
  mention: /<[@#][!&]?\d*>?|@everyone|@here|<\/|<a?:\w*:\d*>?|<t:/g,
  heading: /^\s*(#{1,3}|-#)\s/gm,
  quote: /^\s*>/gm,
  spoiler: /\|\|/g,
  code: /`/g,
};

/** The text with each escaped character replaced by a letter, as Discord's parser sees it. */
const unescaped = (text: string) => text.replace(/\\[^0-9A-Za-z\s]/g, "e");

function hazards(texts: string[]): Record<string, number> {
  const view = texts.map(unescaped);
  return Object.fromEntries(
    Object.entries(HAZARDS).map(([name, re]) => [
      name,
      view.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0),
    ]),
  );
}

/** What Discord's markdown is made of: headings, quotes, spoilers, code, escapes, emphasis. */
const MARKDOWN = ["# ", "-# ", "> ", "||", "`", "```", "\\", "\n", "*", "_"];

/** Arbitrary text, heavy on the characters Discord's markdown and links are made of. */
const hostile = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        "[Free Nitro](https://evil.example/n)",
        "https://evil.example",
        "discord.gg/abc",
        "www.x.com",
        "<@123456789012345678>",
        "<#1>",
        "<@&1>",
        "@everyone",
        "@here",
        "</deepseek ask:1>",
        "<t:1:R>",
        "<:e:1>",
        ...MARKDOWN,
        "\r",
        " ",
        "a",
        "2024",
        // Chinese words frame the reply in Chinese whatever the client's language.
        "是什么",
        "R1是什么时候发布的",
        "（",
        "：",
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join("")),
);

describe("user text echoed in replies", () => {
  it("does show the masked link as text when a timeline topic is a masked link", async () => {
    const [message] = await replyTo("timeline", { topic: "[Free Nitro](https://evil.example/n)" });
    const texts = textsOf(message ? [message] : []);
    expect(texts.join("\n")).toContain("Free Nitro");
    expect(hazards(texts)).toMatchObject({ maskedLink: 0, url: 0 });
  });

  /** A model name that matches nothing: the property compares replies of the same shape. */
  const places: [string, (text: string) => Record<string, string>][] = [
    ["ask question", (text) => ({ question: text })],
    ["model name", (text) => ({ name: `qqzj ${text}` })],
    ["model compare", (text) => ({ name: "v3", compare: `qqzj ${text}` })],
    ["timeline model", (text) => ({ model: `qqzj ${text}` })],
    ["timeline topic", (text) => ({ topic: text })],
    ["timeline from", (text) => ({ from: text })],
    ["timeline to", (text) => ({ to: text })],
  ];
  // Only ask replies are framed in Chinese: the others are checked from an English client.
  const cases = places.flatMap(([place, options]) =>
    (place.startsWith("ask") ? LOCALES : (["en-US"] as const)).map(
      (locale) => [place, options, locale] as const,
    ),
  );
  for (const [place, options, locale] of cases) {
    const subcommand = place.split(" ")[0] ?? "";
    it(`does render no link, heading, mention, spoiler or code when the ${place} is arbitrary from a ${locale} client`, async () => {
      const framed = textsOf(await replyTo(subcommand, options("x"), locale));
      // The property holds for the framing it means to check: Chinese from a zh-CN client.
      if (place.startsWith("ask")) expect(hasHan(framed.join("\n"))).toBe(locale === "zh-CN");
      const baseline = hazards(framed);
      await fc.assert(
        fc.asyncProperty(hostile, async (text) => {
          const texts = textsOf(await replyTo(subcommand, options(text), locale));
          // Suggested names (from the corpus) make another shape of reply: compare like with like.
          fc.pre(!texts.some((t) => t.includes("Did you mean")));
          expect(hazards(texts)).toEqual(baseline);
        }),
        { numRuns: 150 },
      );
    });
  }

  /** Presses a button with this custom id; resolves with the messages Discord gets. */
  async function pressButton(customId: string, locale: TestLocale) {
    const replies: Reply[] = [];
    const reply = async (r: Reply) => {
      replies.push(r);
    };
    await dispatcher.button({
      knowledge,
      user: { id: "123456789012345678", name: "someone" },
      locale,
      customId,
      message: null,
      update: reply,
      reply,
    });
    return replies.map(toMessage);
  }

  for (const locale of LOCALES)
    it(`does render no link, heading, mention, spoiler or code when a suggestion button's question is arbitrary and a ${locale} client presses it`, async () => {
      // The id comes from the bot's own reply, but the answer echoes it as its question.
      const framed = textsOf(await pressButton("ask|x", locale));
      expect(hasHan(framed.join("\n"))).toBe(locale === "zh-CN");
      const baseline = hazards(framed);
      await fc.assert(
        fc.asyncProperty(hostile, async (text) => {
          fc.pre(text.trim() !== "");
          const texts = textsOf(await pressButton(`ask|${text}`.slice(0, 100), locale));
          fc.pre(!texts.some((t) => t.includes("Did you mean")));
          expect(hazards(texts)).toEqual(baseline);
        }),
        { numRuns: 150 },
      );
    });

  /** Marks only, no letters or digits: around a short name, the name still reads as the model. */
  const marks = fc
    .array(
      fc.constantFrom("[", "](", "://", "<@", "<#", "<:", ">", ...MARKDOWN, "@", " ", "-", "~"),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(""));

  it("does render no link, heading, mention, spoiler or code when a short name is read from text full of marks", async () => {
    const baseline = hazards(textsOf(await replyTo("model", { name: "coder" })));
    await fc.assert(
      fc.asyncProperty(marks, marks, async (before, after) => {
        const messages = await replyTo("model", { name: `${before}coder${after}` });
        expect(messages[0]?.embeds?.[0]?.title).toBe("DeepSeek Coder");
        expect(hazards(textsOf(messages))).toEqual(baseline);
      }),
      { numRuns: 150 },
    );
  });
});
