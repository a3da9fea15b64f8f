import {
  ApplicationCommandOptionType,
  Client,
  type ClientEvents,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  GatewayOpcodes,
  InteractionResponseType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeDiscord, type FakeDiscordOptions, startFakeDiscord } from "./server.js";

/** Every wait in these tests is bounded well below vitest's 5 s default. */
const EVENT_TIMEOUT_MS = 3_000;

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  // Client first, so it does not try to reconnect to a fake that is going away.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startBot(options: FakeDiscordOptions = {}) {
  const discord = await startFakeDiscord({ waitTimeoutMs: EVENT_TIMEOUT_MS, ...options });
  cleanups.push(() => discord.stop());
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
  cleanups.push(() => client.destroy());
  const ready = nextEvent(client, Events.ClientReady);
  await client.login("fake.bot.token");
  await ready;
  return { client, discord };
}

/** The next `event` from the client, or a rejection after EVENT_TIMEOUT_MS. */
function nextEvent<E extends keyof ClientEvents>(
  client: Client,
  event: E,
): Promise<ClientEvents[E]> {
  return new Promise((resolve, reject) => {
    const listener = (...args: ClientEvents[E]) => {
      clearTimeout(timer);
      resolve(args);
    };
    const timer = setTimeout(() => {
      client.off(event, listener);
      reject(new Error(`discord.js emitted no ${event} within ${EVENT_TIMEOUT_MS} ms`));
    }, EVENT_TIMEOUT_MS);
    client.once(event, listener);
  });
}

async function nextChatInput(client: Client) {
  const [interaction] = await nextEvent(client, Events.InteractionCreate);
  if (!interaction.isChatInputCommand()) {
    throw new Error(`expected a chat input command, got type ${interaction.type}`);
  }
  return interaction;
}

function identifies(discord: FakeDiscord) {
  return discord.gatewayReceived.filter((frame) => frame.op === GatewayOpcodes.Identify);
}

describe("fake Discord with the real discord.js Client", () => {
  it("emits ready when the client logs in with a fake token", async () => {
    const { client, discord } = await startBot();

    expect(client.user?.id).toBe(discord.botUser.id);
    expect(client.application?.id).toBe(discord.applicationId);
    expect(client.guilds.cache.get(discord.guildId)?.available).toBe(true);
    expect(client.channels.cache.get(discord.channelId)?.isTextBased()).toBe(true);
    expect(discord.captured.map((r) => `${r.method} ${r.path} ${r.status}`)).toContain(
      "GET /gateway/bot 200",
    );
    const [identify] = identifies(discord);
    expect(identify?.d).toMatchObject({
      token: "fake.bot.token",
      intents: GatewayIntentBits.Guilds,
    });
  });

  it("captures content and allowed_mentions when an interaction is replied to", async () => {
    const { client, discord } = await startBot();
    const payload = discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "What is MLA?" },
    });

    const received = nextChatInput(client);
    expect(discord.sendInteraction(payload).delivered).toBe(true);
    const interaction = await received;
    expect(interaction.commandName).toBe("deepseek");
    expect(interaction.options.getSubcommand()).toBe("ask");
    expect(interaction.options.getString("question")).toBe("What is MLA?");
    expect(interaction.inCachedGuild()).toBe(true);
    await interaction.reply({ content: "hi", allowedMentions: { parse: [] } });

    const callback = await discord.waitForCallback(payload.id);
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data?.content).toBe("hi");
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(discord.originalMessage(payload.id)?.content).toBe("hi");
  });

  it("captures the edit when a deferred reply is edited", async () => {
    const { client, discord } = await startBot();
    const payload = discord.chatInputInteraction({ subcommand: "ask", options: { question: "q" } });

    const received = nextChatInput(client);
    discord.sendInteraction(payload);
    const interaction = await received;
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    expect(discord.originalMessage(payload.id)?.flags).toBe(
      MessageFlags.Loading | MessageFlags.Ephemeral,
    );
    const edited = await interaction.editReply({ content: "done", allowedMentions: { parse: [] } });

    expect((await discord.waitForCallback(payload.id)).type).toBe(
      InteractionResponseType.DeferredChannelMessageWithSource,
    );
    const patch = await discord.waitForRequest({
      method: "PATCH",
      path: `/webhooks/${discord.applicationId}/${payload.token}/messages/@original`,
    });
    expect(patch.body).toMatchObject({ content: "done", allowed_mentions: { parse: [] } });
    expect(edited.content).toBe("done");
    expect(edited.flags.has(MessageFlags.Loading)).toBe(false);
    expect(discord.originalMessage(payload.id)?.flags).toBe(MessageFlags.Ephemeral);
  });

  it("resumes and delivers an interaction sent during the outage when the gateway closes with 4000", async () => {
    const { client, discord } = await startBot();
    const resumed = nextEvent(client, Events.ShardResume);

    await discord.closeGateway(4000);
    const payload = discord.chatInputInteraction({
      subcommand: "ask",
      options: { question: "still there?" },
    });
    const received = nextChatInput(client);
    const dispatch = discord.sendInteraction(payload);
    expect(dispatch.delivered).toBe(false);

    const interaction = await received;
    await interaction.reply({ content: "yes", allowedMentions: { parse: [] } });
    await resumed;

    expect((await discord.waitForCallback(payload.id)).data?.content).toBe("yes");
    const resume = await discord.waitForGatewayOp(GatewayOpcodes.Resume);
    expect(resume.d).toMatchObject({ token: "fake.bot.token", seq: (dispatch.sequence ?? 0) - 1 });
    expect(identifies(discord)).toHaveLength(1);
    expect(discord.gatewayConnections).toBe(2);
    // The queued interaction is replayed with its own sequence number, then RESUMED follows.
    expect(discord.gatewaySent.slice(-2).map((frame) => [frame.t, frame.s])).toEqual([
      ["INTERACTION_CREATE", dispatch.sequence],
      ["RESUMED", (dispatch.sequence ?? 0) + 1],
    ]);
  });

  it("acks heartbeats when the interval is short", async () => {
    const { discord } = await startBot({ heartbeatIntervalMs: 50 });

    const first = await discord.waitForGatewayOp(GatewayOpcodes.Heartbeat);
    // discord.js resumes instead of beating again if the previous beat was not acked.
    await discord.waitForGatewayOp(GatewayOpcodes.Heartbeat, {
      fromIndex: discord.gatewayReceived.indexOf(first) + 1,
    });
    expect(
      discord.gatewaySent.filter((frame) => frame.op === GatewayOpcodes.HeartbeatAck).length,
    ).toBeGreaterThan(0);
    expect(discord.gatewayReceived.some((frame) => frame.op === GatewayOpcodes.Resume)).toBe(false);
  });

  it("returns the reply message when discord.js asks for with_response", async () => {
    const { client, discord } = await startBot();
    const payload = discord.chatInputInteraction({ subcommand: "ask" });

    const received = nextChatInput(client);
    discord.sendInteraction(payload);
    const interaction = await received;
    const response = await interaction.reply({ content: "with response", withResponse: true });

    expect(response.resource?.message?.content).toBe("with response");
    expect(response.interaction.responseMessageId).toBe(discord.originalMessage(payload.id)?.id);
    expect((await discord.waitForCallback(payload.id)).withResponse).toBe(true);
  });

  it("stores follow-ups with uploaded files when a bot follows up with an attachment", async () => {
    const { client, discord } = await startBot();
    const payload = discord.chatInputInteraction({ subcommand: "ask" });

    const received = nextChatInput(client);
    discord.sendInteraction(payload);
    const interaction = await received;
    await interaction.reply({ content: "answer" });
    const followUp = await interaction.followUp({
      content: "sources",
      files: [{ attachment: Buffer.from("passage 1"), name: "sources.txt" }],
    });

    const request = await discord.waitForRequest({
      method: "POST",
      path: `/webhooks/${discord.applicationId}/${payload.token}`,
    });
    expect(request.body).toMatchObject({ content: "sources" });
    expect(request.files.map((file) => [file.filename, Buffer.from(file.data).toString()])).toEqual(
      [["sources.txt", "passage 1"]],
    );
    expect(followUp.attachments.first()?.name).toBe("sources.txt");
    expect(discord.message(followUp.id)?.interaction_metadata?.original_response_message_id).toBe(
      discord.originalMessage(payload.id)?.id,
    );
  });

  it("sends choices when an autocomplete interaction is answered", async () => {
    const { client, discord } = await startBot();
    const payload = discord.autocompleteInteraction({
      subcommand: "ask",
      focused: "topic",
      value: "mo",
      options: { limit: 3 },
    });

    const received = nextEvent(client, Events.InteractionCreate);
    discord.sendInteraction(payload);
    const [interaction] = await received;
    if (!interaction.isAutocomplete()) throw new Error("expected autocomplete");
    expect(interaction.options.getFocused(true)).toMatchObject({ name: "topic", value: "mo" });
    expect(interaction.options.getInteger("limit")).toBe(3);
    await interaction.respond([{ name: "MoE", value: "moe" }]);

    const callback = await discord.waitForCallback(payload.id);
    expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(callback.data?.choices).toEqual([{ name: "MoE", value: "moe" }]);
  });

  it("updates the clicked message when a button interaction is answered with update", async () => {
    const { client, discord } = await startBot();
    const payload = discord.buttonInteraction({ customId: "sources:1" });

    const received = nextEvent(client, Events.InteractionCreate);
    discord.sendInteraction(payload);
    const [interaction] = await received;
    if (!interaction.isButton()) throw new Error("expected a button");
    expect(interaction.customId).toBe("sources:1");
    expect(interaction.message.id).toBe(payload.message.id);
    await interaction.update({ content: "expanded", components: [] });

    expect((await discord.waitForCallback(payload.id)).type).toBe(
      InteractionResponseType.UpdateMessage,
    );
    expect(discord.message(payload.message.id)).toMatchObject({
      content: "expanded",
      components: [],
    });
  });

  it("replies in the DM channel when an interaction comes from a DM", async () => {
    const { client, discord } = await startBot();
    const user = discord.makeUser({ username: "dm-user" });
    const payload = discord.chatInputInteraction({ subcommand: "ask", user, guild: false });

    const received = nextChatInput(client);
    discord.sendInteraction(payload);
    const interaction = await received;
    expect(interaction.inGuild()).toBe(false);
    expect(interaction.user.username).toBe("dm-user");
    await interaction.reply({ content: "hello in DM" });

    expect(discord.originalMessage(payload.id)?.channel_id).toBe(payload.channel?.id);
  });

  it("echoes commands with stable ids when commands are registered", async () => {
    const { client, discord } = await startBot();
    const command: RESTPostAPIChatInputApplicationCommandsJSONBody = {
      name: "deepseek",
      description: "Ask about DeepSeek",
      options: [{ type: ApplicationCommandOptionType.Subcommand, name: "ask", description: "Ask" }],
    };

    const global = await client.application?.commands.set([command]);
    const inGuild = await client.guilds.cache.get(discord.guildId)?.commands.set([command]);
    const again = await client.application?.commands.set([command]);

    const globalId = global?.first()?.id;
    expect(globalId).toMatch(/^\d+$/);
    expect(again?.first()?.id).toBe(globalId);
    expect(inGuild?.first()?.guildId).toBe(discord.guildId);
    // Interactions carry the id of the command the bot registered.
    expect(discord.chatInputInteraction().data.id).toBe(inGuild?.first()?.id);
  });

  it("answers with the interceptor's reply when a test intercepts a route", async () => {
    const { client, discord } = await startBot();
    const payload = discord.chatInputInteraction({ subcommand: "ask" });
    const stopIntercepting = discord.interceptRest((request) =>
      request.method === "PATCH" && request.path.endsWith("/messages/@original")
        ? { status: 403, body: { message: "Missing Permissions", code: 50013 } }
        : undefined,
    );

    const received = nextChatInput(client);
    discord.sendInteraction(payload);
    const interaction = await received;
    await interaction.deferReply();
    await expect(interaction.editReply("blocked")).rejects.toMatchObject({ code: 50013 });
    stopIntercepting();
    await interaction.editReply("allowed");

    expect(discord.originalMessage(payload.id)?.content).toBe("allowed");
    expect(discord.captured.filter((r) => r.method === "PATCH").map((r) => r.status)).toEqual([
      403, 200,
    ]);
  });

  it("rejects with Discord-style errors when requests are invalid", async () => {
    const { client, discord } = await startBot();
    const payload = discord.chatInputInteraction({ subcommand: "ask" });
    const received = nextChatInput(client);
    discord.sendInteraction(payload);
    const interaction = await received;

    const tooLong = interaction.reply({ content: "x".repeat(2001) });
    await expect(tooLong).rejects.toMatchObject({ status: 400, code: 50035 });
    await interaction.reply({ content: "ok" });
    const second = client.rest.post(Routes.interactionCallback(payload.id, payload.token), {
      body: { type: InteractionResponseType.ChannelMessageWithSource, data: { content: "again" } },
      auth: false,
    });
    await expect(second).rejects.toMatchObject({ status: 400, code: 40060 });
    const unknown = client.rest.get("/no/such/route");
    await expect(unknown).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(unknown).rejects.toMatchObject({ status: 404, code: 0 });

    expect(discord.captured.at(-1)).toMatchObject({
      method: "GET",
      path: "/no/such/route",
      status: 404,
    });
  });
});
