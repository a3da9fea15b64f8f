import type { APIApplicationCommandOptionChoice, APIEmbed } from "discord-api-types/v10";
import type { FeedbackStore } from "../feedback/store.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import type { Reply } from "../presenters/discord/message.js";

/** The person who used a command or pressed a button. */
export interface Invoker {
  id: string;
  name: string;
}

/** A command's options by name, whatever transport delivered them. */
export interface CommandOptions {
  string(name: string): string | null;
  boolean(name: string): boolean | null;
}

/**
 * What a command handler sees: no discord.js object, so the gateway, the HTTP endpoint and the
 * console each adapt their own interaction into it and run the same handlers.
 */
export interface CommandContext {
  knowledge: Knowledge;
  user: Invoker;
  /** The person's Discord client language ("en-US", "zh-CN"); undefined in the console. */
  locale: string | undefined;
  options: CommandOptions;
  /** A message command's message (Apps → "Ask deepseek-bot"); absent for slash commands. */
  target?: TargetMessage;
  /** Answers the interaction (or edits the deferred answer). */
  reply(reply: Reply): Promise<void>;
  /** Acknowledges now and answers later: for work that might outlast Discord's 3 seconds. */
  defer(ephemeral: boolean): Promise<void>;
}

export interface AutocompleteContext {
  knowledge: Knowledge;
  user: Invoker;
  /** The option being typed and what is typed so far. */
  focused: { name: string; value: string };
  respond(choices: APIApplicationCommandOptionChoice<string>[]): Promise<void>;
}

/** The message a message command was used on. */
export interface TargetMessage {
  id: string;
  /** Its text; empty for a message of attachments, embeds or stickers only. */
  content: string;
  attachments: number;
}

/** The message a button is on, as Discord sends it with the press. */
export interface ButtonMessage {
  id: string;
  embeds: readonly APIEmbed[];
}

/** A button press as a transport delivers it. */
export interface ButtonPress {
  knowledge: Knowledge;
  user: Invoker;
  /** The presser's Discord client language: a press answers in it; undefined in the console. */
  locale: string | undefined;
  customId: string;
  /** The message the button is on; null where there is none (the console). */
  message: ButtonMessage | null;
  /** Replaces the message the button is on. */
  update(reply: Reply): Promise<void>;
  /** Answers with a new message (private notes to someone else pressing the button). */
  reply(reply: Reply): Promise<void>;
}

/** What a button handler sees: the press, and the store the dispatcher holds for votes. */
export interface ButtonContext extends ButtonPress {
  feedback: FeedbackStore;
}
