import { escapeMarkdown, InteractionResponseType, MessageFlags } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { DOCUMENTS_DIR } from "../../src/paths.js";
import { citation } from "../../src/presenters/cite.js";
import { rawDocuments } from "../helpers/raw-documents.js";
import { type Harness, startHarness } from "./harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

type Embed = { title?: string; description?: string; fields?: { name: string }[] };
const embedsOf = (data: unknown) => ((data as { embeds?: Embed[] }).embeds ?? []) as Embed[];
const isEphemeral = (data: { flags?: number | null } | undefined) =>
  ((data?.flags ?? 0) & MessageFlags.Ephemeral) === MessageFlags.Ephemeral;

describe('the "Ask deepseek-bot" message command, through discord.js and a fake Discord', () => {
  it("does answer a message asking how big is deepseek v3 with 671 billion, cited, like /deepseek ask", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const question = "how big is deepseek v3";
    const interaction = discord.messageCommandInteraction({
      user: discord.makeUser({ username: "moderator" }),
      message: { content: question },
    });
    const callback = await harness.call(interaction);
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(callback.data)).toBe(false);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });

    const [embed] = embedsOf(callback.data);
    const expected = ask(loadKnowledge(), question).answerSource;
    expect(expected?.text).toBe("671 billion");
    const source = expected?.source ?? { doc: "", title: "", section: "", start: 0, end: 0 };
    expect(embed?.description).toBe(`**671 billion**\n— *${escapeMarkdown(citation(source))}*`);
    // The citation points at the very words in the document.
    expect(rawDocuments(DOCUMENTS_DIR).get(source.doc)?.slice(source.start, source.end)).toContain(
      "671 billion",
    );
    expect(embed?.fields?.[0]?.name).toMatch(/^\[1\] DeepSeek/);

    // The same reply /deepseek ask gives the same question, 👍/👎 included.
    const slash = await harness.call(
      discord.chatInputInteraction({ subcommand: "ask", options: { question } }),
    );
    expect(callback.data?.embeds).toEqual(slash.data?.embeds);
    expect(callback.data?.components).toEqual(slash.data?.components);
  });

  it("does answer when used in a DM, where the app is user-installed", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const callback = await harness.call(
      discord.messageCommandInteraction({
        guild: false,
        message: { content: "<@123456789012345678> when was DeepSeek-R1 released?" },
      }),
    );
    const [embed] = embedsOf(callback.data);
    expect(embed?.title).toBe("when was DeepSeek-R1 released?");
    expect(embed?.description).toContain("**January 20, 2025**");
  });

  it("does explain privately when the message has no text, or only attachments", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const attachment = {
      id: "1300000000000000009",
      filename: "question.png",
      size: 1024,
      url: "https://cdn.example/question.png",
      proxy_url: "https://cdn.example/question.png",
    };
    const onlyFile = await harness.call(
      discord.messageCommandInteraction({ message: { content: "", attachments: [attachment] } }),
    );
    expect(isEphemeral(onlyFile.data)).toBe(true);
    expect(onlyFile.data?.content).toMatch(/^That message has only attachments/);
    expect(embedsOf(onlyFile.data)).toEqual([]);

    const empty = await harness.call(
      discord.messageCommandInteraction({ message: { content: "  @everyone  " } }),
    );
    expect(isEphemeral(empty.data)).toBe(true);
    expect(empty.data?.content).toMatch(/^That message has no text to answer/);
  });
});
