import type { KeyObject } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type APIInteraction,
  type APIInteractionResponse,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  type REST,
} from "discord.js";
import type { Knowledge } from "../../knowledge-base/knowledge-base.js";
import type { Logger } from "../../log.js";
import { shortId } from "../../ops/ids.js";
import type { Metrics } from "../../ops/metrics.js";
import { sendHttp } from "../../ops/reply.js";
import { errorReply } from "../../presenters/discord/error.js";
import { toMessage } from "../../presenters/discord/message.js";
import { type Language, replyLanguage, wordsFor } from "../../presenters/words/language.js";
import type { Dispatcher } from "../dispatch.js";
import type { SeenInteractions } from "../seen.js";
import { acceptInteraction } from "./accept.js";
import {
  autocompleteContext,
  buttonContext,
  commandContext,
  describeInteraction,
  invokerOf,
  kindOf,
  lateAcknowledgement,
  localeOf,
  messageCommandContext,
} from "./adapt.js";
import type { RequestLog } from "./request-log.js";
import { HttpResponder } from "./respond.js";

export interface InteractionHandlerOptions {
  knowledge: Knowledge;
  dispatcher: Dispatcher;
  publicKey: KeyObject;
  applicationId: string;
  logger: Logger;
  metrics: Metrics;
  /** REST client for what comes after the first answer: edits and follow-ups. */
  rest: REST;
  maxBodyBytes: number;
  /** When to acknowledge an interaction nothing has answered: an offset of the 3 s deadline. */
  acknowledgeAfterMs: number;
  /** Interaction ids already answered: a replayed one is refused (409). */
  seen: SeenInteractions;
}

/** The error message a user sees when the transport itself failed; the log has the same id. */
const failure = (id: string, language: Language): APIInteractionResponse => ({
  type: InteractionResponseType.ChannelMessageWithSource,
  data: toMessage(errorReply(id, language)),
});

const unsupported = (language: Language): APIInteractionResponse => ({
  type: InteractionResponseType.ChannelMessageWithSource,
  data: toMessage({ content: wordsFor(language).unsupportedInteraction, ephemeral: true }),
});

/** The language of the transport's own messages: the person's locale (it reads no question). */
const languageOf = (interaction: APIInteraction): Language =>
  replyLanguage("locale" in interaction ? localeOf(interaction) : undefined);

/**
 * POST /interactions: lets in only a capped, signed, well-formed body, answers PING, and runs
 * commands, autocomplete and buttons through the same dispatcher as the gateway. The first answer
 * is the HTTP response; whatever nothing has answered by the acknowledgement deadline is
 * acknowledged, and a handler that fails or returns without answering still gets the user a reply.
 */
export class InteractionHandler {
  /** Interactions whose handler is still running, answered or not: stopping waits for them. */
  readonly working = new Set<Promise<void>>();

  constructor(private readonly options: InteractionHandlerOptions) {}

  /** Answers one POST /interactions; resolves with the HTTP status sent. */
  async handle(req: IncomingMessage, res: ServerResponse, log: RequestLog): Promise<number> {
    const { metrics, logger, publicKey, maxBodyBytes } = this.options;
    const accepted = await acceptInteraction(req, publicKey, maxBodyBytes);
    if (!accepted.ok) {
      log.problem = accepted.problem;
      if (accepted.unread) req.pause();
      sendHttp(res, accepted.status, { error: accepted.error }, { close: accepted.unread });
      return accepted.status;
    }
    const { interaction } = accepted;
    if (interaction.type === InteractionType.Ping) {
      log.kind = "ping";
      sendHttp(res, 200, { type: InteractionResponseType.Pong });
      return 200;
    }
    log.interaction = interaction.id;
    log.user = invokerOf(interaction).id;
    log.command = describeInteraction(interaction);
    if (!(await this.options.seen.firstTime(interaction.id, accepted.validUntilMs))) {
      // The same signed body again (a replay): it was answered once, and only once.
      log.problem = "replayed interaction";
      sendHttp(res, 409, { error: "interaction already received" });
      return 409;
    }
    const started = performance.now();
    // The signed payload names its application; a different configured id would make every
    // follow-up fail, so say so (the public key matched, so the payload's id is the right one).
    if (interaction.application_id !== this.options.applicationId)
      logger.warn(log, "http: interaction for another application id than DISCORD_CLIENT_ID");
    const { rest } = this.options;
    const responder = new HttpResponder(rest, interaction.application_id, interaction.token);
    const kind = kindOf(interaction);
    log.kind = kind;
    metrics.interactions.inc({ kind });
    const work = this.answer(interaction, responder, log);
    this.working.add(work);
    void work.finally(() => this.working.delete(work));

    const response = await responder.first;
    metrics.latency.observe({ kind }, (performance.now() - started) / 1000);
    res.once("close", () => responder.markSent());
    sendHttp(res, 200, response);
    return 200;
  }

  /** Runs the handler under the acknowledgement deadline; the user gets an answer whatever happens. */
  private async answer(interaction: APIInteraction, responder: HttpResponder, log: RequestLog) {
    const acknowledge = setTimeout(() => {
      if (acknowledgeLate(interaction, responder)) log.problem = "acknowledged late";
    }, this.options.acknowledgeAfterMs);
    try {
      await route(this.options.knowledge, this.options.dispatcher, interaction, responder);
    } catch (error) {
      // Only a failure of this transport's own code lands here: the dispatcher answers the rest.
      this.fail(interaction, responder, log, "interaction", "http: interaction failed", error);
    } finally {
      clearTimeout(acknowledge);
      // The handler returned without answering: a bug, but the user still gets an answer.
      if (responder.state === "open")
        this.fail(
          interaction,
          responder,
          log,
          "unanswered",
          "http: handler finished without answering",
        );
    }
  }

  private fail(
    interaction: APIInteraction,
    responder: HttpResponder,
    log: RequestLog,
    where: "interaction" | "unanswered",
    message: string,
    error?: unknown,
  ): void {
    const errorId = shortId();
    this.options.metrics.errors.inc({ where });
    const err = error === undefined ? {} : { err: error };
    this.options.logger.error({ ...log, ...err, errorId }, message);
    responder.respond(failure(errorId, languageOf(interaction)));
  }
}

/** Sends the acknowledgement for an interaction still unanswered; false when it had an answer. */
function acknowledgeLate(interaction: APIInteraction, responder: HttpResponder): boolean {
  const late = lateAcknowledgement(interaction);
  const deferred =
    late.type === InteractionResponseType.DeferredChannelMessageWithSource ||
    late.type === InteractionResponseType.DeferredMessageUpdate;
  return responder.respond(late, deferred);
}

/** Hands the interaction to the dispatcher as the command, autocomplete or button it is. */
async function route(
  knowledge: Knowledge,
  dispatcher: Dispatcher,
  interaction: APIInteraction,
  responder: HttpResponder,
): Promise<void> {
  if (
    interaction.type === InteractionType.ApplicationCommand &&
    interaction.data.type === ApplicationCommandType.ChatInput
  ) {
    const { route, ctx } = commandContext(knowledge, interaction, responder);
    await dispatcher.command(route, ctx);
  } else if (
    interaction.type === InteractionType.ApplicationCommand &&
    interaction.data.type === ApplicationCommandType.Message
  ) {
    const { route, ctx } = messageCommandContext(knowledge, interaction, responder);
    await dispatcher.command(route, ctx);
  } else if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
    const { route, ctx } = autocompleteContext(knowledge, interaction, responder);
    await dispatcher.autocomplete(route, ctx);
  } else if (
    interaction.type === InteractionType.MessageComponent &&
    interaction.data.component_type === ComponentType.Button
  ) {
    await dispatcher.button(buttonContext(knowledge, interaction, responder));
  } else {
    responder.respond(unsupported(languageOf(interaction)));
  }
}
