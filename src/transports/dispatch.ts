import type { AutocompleteContext, ButtonPress, CommandContext } from "../commands/context.js";
import { NoticeError } from "../commands/errors.js";
import { type Command, hasSubcommands } from "../commands/index.js";
import { commandLanguage } from "../commands/language.js";
import { InputError } from "../engine/errors.js";
import { type FeedbackStore, unavailableStore } from "../feedback/store.js";
import type { Logger } from "../log.js";
import { shortId } from "../ops/ids.js";
import { errorReply } from "../presenters/discord/error.js";
import type { Reply } from "../presenters/discord/message.js";
import { type Language, replyLanguage, wordsFor } from "../presenters/words/language.js";
import {
  BUTTON_COOLDOWN_DEFAULTS,
  COOLDOWN_DEFAULTS,
  Cooldown,
  type CooldownOptions,
  type RateLimit,
} from "./cooldown.js";
import { DEADLINE } from "./deadline.js";

export interface Route {
  command: string;
  /** "" for a command without subcommands (the message command). */
  subcommand: string;
}

export interface DispatcherOptions {
  commands: readonly Command[];
  logger: Logger;
  /** Per-user rate limit; `false` for a single trusted user (the console). */
  cooldown?: Partial<CooldownOptions> | RateLimit | false;
  /** Per-user limit on button presses, apart from commands; `false` as above. */
  buttonCooldown?: Partial<CooldownOptions> | RateLimit | false;
  /** Where votes on answers go; unset, a vote is refused (the console has none). */
  feedback?: FeedbackStore;
  /** Default DEADLINE.deferAfterMs; tests shorten it to see a deferral. */
  deferAfterMs?: number;
}

/**
 * Routes interactions to subcommands, whatever the transport: applies the per-user cooldown,
 * defers slow commands, and turns any error into a private message with an error id that the
 * log line carries too. Handlers just throw.
 */
/**
 * Whether a person is over a rate limit: if so they are told privately how long to wait, in
 * `language` (the operator sees a log line), and nothing else runs.
 */
async function throttled(
  limit: RateLimit | null,
  ctx: { user: { id: string }; reply(reply: Reply): Promise<void> },
  log: Logger,
  doing: "asking" | "pressing",
  language: Language,
): Promise<boolean> {
  const wait = (await limit?.take(ctx.user.id)) ?? 0;
  if (wait <= 0) return false;
  log.info({ waitMs: wait }, doing === "asking" ? "cooldown" : "button cooldown");
  const words = wordsFor(language);
  const seconds = Math.ceil(wait / 1000);
  await ctx.reply({
    content: doing === "asking" ? words.askingTooFast(seconds) : words.pressingTooFast(seconds),
    ephemeral: true,
  });
  return true;
}

export class Dispatcher {
  private readonly cooldown: RateLimit | null;
  private readonly buttonCooldown: RateLimit | null;
  private readonly logger: Logger;
  private readonly commands: readonly Command[];
  private readonly deferAfterMs: number;
  private readonly feedback: FeedbackStore;

  constructor(options: DispatcherOptions) {
    this.feedback = options.feedback ?? unavailableStore(new Error("no feedback store given"));
    this.commands = options.commands;
    this.deferAfterMs = options.deferAfterMs ?? DEADLINE.deferAfterMs;
    this.logger = options.logger;
    this.cooldown = limitOf(options.cooldown, COOLDOWN_DEFAULTS);
    this.buttonCooldown = limitOf(
      options.buttonCooldown ?? (options.cooldown === false ? false : undefined),
      BUTTON_COOLDOWN_DEFAULTS,
    );
  }

  /** The subcommand the route names, or the command itself when it has none. */
  private find(route: Route): { execute: (ctx: CommandContext) => Promise<void> } | undefined {
    const command = this.commands.find((c) => c.data.name === route.command);
    if (!command || !hasSubcommands(command)) return command;
    return command.subcommands.find((s) => s.data.name === route.subcommand);
  }

  async command(route: Route, ctx: CommandContext): Promise<void> {
    const log = this.logger.child({
      user: ctx.user.id,
      command: `${route.command} ${route.subcommand}`.trim(),
    });
    const language = commandLanguage(ctx);
    if (await throttled(this.cooldown, ctx, log, "asking", language)) return;
    const subcommand = this.find(route);
    let answered = false;
    let deferring: Promise<void> | undefined;
    const timer = setTimeout(() => {
      if (answered) return;
      deferring = ctx
        .defer(ctx.options.boolean("private") ?? false)
        .catch((e) => log.warn({ err: e }, "defer failed"));
    }, this.deferAfterMs);
    const replying: CommandContext = {
      ...ctx,
      // An answer that comes while the defer is on its way waits for it, or the two would race.
      reply: async (reply) => {
        answered = true;
        await deferring;
        await ctx.reply(reply);
      },
    };
    const started = performance.now();
    try {
      if (!subcommand)
        throw new Error(`dispatch: no command ${route.command} ${route.subcommand}`.trim());
      await subcommand.execute(replying);
      log.info({ ms: Math.round(performance.now() - started) }, "answered");
    } catch (error) {
      await this.fail(error, log, language, (reply) => replying.reply(reply));
    } finally {
      clearTimeout(timer);
    }
  }

  async autocomplete(route: Route, ctx: AutocompleteContext): Promise<void> {
    const log = this.logger.child({
      user: ctx.user.id,
      command: `${route.command} ${route.subcommand}`,
      autocomplete: true,
    });
    try {
      const command = this.commands.find((c) => c.data.name === route.command);
      const subcommand =
        command && hasSubcommands(command)
          ? command.subcommands.find((s) => s.data.name === route.subcommand)
          : undefined;
      if (!subcommand?.autocomplete)
        throw new Error(`dispatch: no autocomplete for ${route.subcommand}`);
      await subcommand.autocomplete(ctx);
    } catch (error) {
      // Autocomplete has no message to carry an error: answer with no choices, log the cause.
      log.error({ err: error }, "autocomplete failed");
      await ctx.respond([]).catch(() => {});
    }
  }

  async button(ctx: ButtonPress): Promise<void> {
    const log = this.logger.child({ user: ctx.user.id, button: ctx.customId.slice(0, 100) });
    // A press answers in the presser's language, whoever asked the question.
    const language = replyLanguage(ctx.locale);
    try {
      if (await throttled(this.buttonCooldown, ctx, log, "pressing", language)) return;
      const owner = this.commands
        .flatMap((c) => (hasSubcommands(c) ? c.subcommands : []))
        .find((s) => s.button?.owns(ctx.customId));
      if (!owner?.button)
        throw new Error(`dispatch: no handler for button "${ctx.customId.slice(0, 100)}"`);
      await owner.button.press({ ...ctx, feedback: this.feedback });
    } catch (error) {
      await this.fail(error, log, language, (reply) => ctx.reply(reply));
    }
  }

  private async fail(
    error: unknown,
    log: Logger,
    language: Language,
    reply: CommandContext["reply"],
  ): Promise<void> {
    if (error instanceof InputError) {
      log.info({ problem: error.message }, "bad input");
      await reply({ content: error.message, ephemeral: true }).catch((e) =>
        log.warn({ err: e }, "reply failed"),
      );
      return;
    }
    const id = shortId();
    log.error({ err: error, errorId: id }, "handler failed");
    const notice = error instanceof NoticeError ? error.notice : undefined;
    await reply(errorReply(id, language, notice)).catch((e) =>
      log.warn({ err: e, errorId: id }, "could not send the error reply"),
    );
  }
}

/** A limit as configured: none, one given ready-made (shared, e.g. in Redis), or in process. */
function limitOf(
  option: Partial<CooldownOptions> | RateLimit | false | undefined,
  defaults: CooldownOptions,
): RateLimit | null {
  if (option === false) return null;
  if (option && "take" in option) return option;
  return new Cooldown({ ...defaults, ...option });
}
