import type { APIApplicationCommandSubcommandOption } from "discord-api-types/v10";
import { InputError } from "../../engine/errors.js";
import { queryTimeline, TimelineFilterError } from "../../engine/timeline.js";
import { ApplicationCommandOptionType } from "../../presenters/discord/api-enums.js";
import {
  badFiltersText,
  decodePageState,
  isTimelineButton,
  type TimelinePageState,
  timelineReply,
} from "../../presenters/discord/timeline.js";
import { type Language, replyLanguage, wordsFor } from "../../presenters/words/language.js";
import type { ButtonContext, CommandContext } from "../context.js";
import { PRIVATE_OPTION } from "../options.js";

/** Kept short so the page state fits a button's 100-character custom id. */
export const TOPIC_MAX_LENGTH = 40;

export const data: APIApplicationCommandSubcommandOption = {
  type: ApplicationCommandOptionType.Subcommand,
  name: "timeline",
  description: "Dated events from the documents, oldest first, each with its sources.",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "from",
      description: "From date: YYYY, YYYY-MM or YYYY-MM-DD",
      max_length: 10,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "to",
      description: "To date: YYYY, YYYY-MM or YYYY-MM-DD",
      max_length: 10,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "model",
      description: "One model's events, e.g. R1, coder, llm 67b",
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "topic",
      description: "A word, model or category (model, api, market, …)",
      max_length: TOPIC_MAX_LENGTH,
    },
    PRIVATE_OPTION,
  ],
};

/**
 * Filters as typed; invalid dates throw an input error, in `language`, the dispatcher shows
 * privately.
 * The page buttons keep the model by its shortest name, which reads as the same model again.
 */
function render(
  ctx: { knowledge: CommandContext["knowledge"] },
  state: TimelinePageState,
  ephemeral: boolean,
  language: Language,
) {
  const result = inLanguage(language, () =>
    queryTimeline(ctx.knowledge, {
      from: state.from,
      to: state.to,
      topic: state.topic,
      model: state.model,
    }),
  );
  const model = result.model?.model?.key ?? state.model;
  return timelineReply(result, { ...state, model }, ephemeral, language);
}

/** Filters the engine cannot read: an input error the dispatcher shows, in `language`. */
function inLanguage<T>(language: Language, query: () => T): T {
  try {
    return query();
  } catch (error) {
    if (error instanceof TimelineFilterError)
      throw new InputError(badFiltersText(error.problems, language), { cause: error });
    throw error;
  }
}

export async function execute(ctx: CommandContext): Promise<void> {
  const state: TimelinePageState = {
    owner: ctx.user.id,
    page: 0,
    from: ctx.options.string("from")?.trim() || undefined,
    to: ctx.options.string("to")?.trim() || undefined,
    topic: ctx.options.string("topic")?.trim().slice(0, TOPIC_MAX_LENGTH) || undefined,
    model: ctx.options.string("model")?.trim() || undefined,
  };
  // Chinese from a Chinese client, or when the model or topic is typed in Chinese characters.
  const language = replyLanguage(ctx.locale, `${state.model ?? ""} ${state.topic ?? ""}`);
  await ctx.reply(render(ctx, state, ctx.options.boolean("private") ?? false, language));
}

/** The model option suggests names the way `/deepseek model` reads them. */
export { autocomplete } from "./model.js";

export const button = {
  owns: isTimelineButton,
  async press(ctx: ButtonContext): Promise<void> {
    const state = decodePageState(ctx.customId);
    if (!state) throw new Error(`timeline: malformed button id "${ctx.customId.slice(0, 100)}"`);
    // A page is drawn in the presser's language; the model is kept by its English name, so
    // only the topic the button carries can still say it was typed in Chinese.
    const language = replyLanguage(ctx.locale, state.topic);
    if (state.owner !== ctx.user.id) {
      await ctx.reply({ content: wordsFor(language).notYourTimeline, ephemeral: true });
      return;
    }
    await ctx.update(render(ctx, state, false, language));
  },
};
