import { ApplicationCommandOptionType } from "discord.js";
import { describe, expect, it } from "vitest";
import type { ButtonPress } from "../../src/commands/context.js";
import type { Command } from "../../src/commands/index.js";
import { createLogger } from "../../src/log.js";
import type { Reply } from "../../src/presenters/discord/message.js";
import { Dispatcher } from "../../src/transports/dispatch.js";
import { MemorySeenInteractions } from "../../src/transports/seen.js";
import { fixtureKnowledge } from "../helpers/fixture-knowledge.js";

describe("MemorySeenInteractions", () => {
  it("does refuse an id the second time when its signature is still valid", () => {
    let now = 0;
    const seen = new MemorySeenInteractions(100, () => now);
    expect(seen.firstTime("1", 300_000)).toBe(true);
    expect(seen.firstTime("1", 300_000)).toBe(false);
    now = 299_999;
    expect(seen.firstTime("1", 300_000)).toBe(false);
    now = 300_001;
    expect(seen.firstTime("1", 600_000)).toBe(true);
  });

  it("does keep at most its bound of ids when a flood of new ids comes", () => {
    const seen = new MemorySeenInteractions(1_000, () => 0);
    for (let i = 0; i < 50_000; i++) seen.firstTime(String(i), 300_000);
    expect(seen.size).toBe(1_000);
    // The newest are remembered.
    expect(seen.firstTime("49999", 300_000)).toBe(false);
  });
});

describe("button presses", () => {
  let pressed = 0;
  const paging: Command = {
    data: { name: "test", description: "test" },
    subcommands: [
      {
        data: { type: ApplicationCommandOptionType.Subcommand, name: "page", description: "page" },
        execute: async () => {},
        button: {
          owns: (id) => id.startsWith("page|"),
          press: async (ctx) => {
            pressed++;
            await ctx.update({ content: "next page" });
          },
        },
      },
    ],
  };

  function press(dispatcher: Dispatcher, userId: string) {
    const replies: Reply[] = [];
    const ctx: ButtonPress = {
      knowledge: fixtureKnowledge(),
      user: { id: userId, name: userId },
      locale: "en-US",
      customId: "page|1",
      message: null,
      update: async (reply) => {
        replies.push(reply);
      },
      reply: async (reply) => {
        replies.push(reply);
      },
    };
    return dispatcher.button(ctx).then(() => replies[0]);
  }

  it("does refuse one person's presses past their own limit, not another's, when they spam a button", async () => {
    const dispatcher = new Dispatcher({
      commands: [paging],
      logger: createLogger("silent"),
      cooldown: { uses: 100 },
      buttonCooldown: { uses: 3, windowMs: 60_000 },
    });
    pressed = 0;
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await press(dispatcher, "spammer"));
    expect(pressed).toBe(3);
    expect(answers.slice(0, 3).map((a) => a?.content)).toEqual(Array(3).fill("next page"));
    for (const answer of answers.slice(3)) {
      expect(answer?.ephemeral).toBe(true);
      expect(answer?.content).toMatch(/pressing quickly: please wait \d+ s/);
    }
    expect((await press(dispatcher, "calm"))?.content).toBe("next page");
  });
});
