import { escapeMarkdown } from "@discordjs/formatters";
import type { APIEmbed } from "discord-api-types/v10";
import type { TimelineModel, TimelineProblem, TimelineResult } from "../../engine/timeline.js";
import { citation } from "../cite.js";
import type { Words } from "../words/en.js";
import { type Language, wordsFor } from "../words/language.js";
import { ButtonStyle, ComponentType } from "./api-enums.js";
import { escapeMarkdownCached, escapeUserText } from "./escape.js";
import { DISCORD_LIMITS } from "./limits.js";
import type { Reply } from "./message.js";
import { EMBED_COLOR } from "./style.js";
import { truncate } from "./truncate.js";

/** Events per page: six fields of quoted text stay well inside 6,000 characters. */
export const TIMELINE_PAGE_SIZE = 6;
const EVENT_TEXT_CHARS = 600;

/** Everything a page button needs to redraw its page after a restart: no server state. */
export interface TimelinePageState {
  owner: string;
  page: number;
  from?: string;
  to?: string;
  /** The model filter as its shortest name (engine's modelKey), read again on each press. */
  model?: string;
  topic?: string;
}

const PREFIX = "tl";
/** Buttons made before the model filter: `timeline|owner|page|from|to|topic`. */
const OLD_PREFIX = "timeline";

/**
 * `tl|owner|page|from|to|model|topic`, the owner's snowflake in base 36 so a model name fits
 * beside a 40-character topic within Discord's 100 characters; null when it still does not.
 */
export function encodePageState(state: TimelinePageState): string | null {
  const id = [
    PREFIX,
    packOwner(state.owner),
    state.page,
    state.from ?? "",
    state.to ?? "",
    state.model ?? "",
    state.topic ?? "",
  ].join("|");
  return id.length <= DISCORD_LIMITS.customId ? id : null;
}

/** A snowflake in base 36; any other id (the console's user) kept as it is after a "_". */
const packOwner = (owner: string) =>
  /^\d+$/.test(owner) ? BigInt(owner).toString(36) : `_${owner}`;

function unpackOwner(packed: string): string | null {
  if (packed.startsWith("_")) return packed.slice(1) || null;
  if (!/^[0-9a-z]+$/.test(packed)) return null;
  let value = 0n;
  for (const c of packed) value = value * 36n + BigInt(Number.parseInt(c, 36));
  return value.toString();
}

export function decodePageState(customId: string): TimelinePageState | null {
  const [prefix, owner, page, from, to, ...rest] = customId.split("|");
  if (!owner || !/^\d+$/.test(page ?? "")) return null;
  const common = { page: Number(page), from: from || undefined, to: to || undefined };
  if (prefix === OLD_PREFIX && /^\d+$/.test(owner))
    return { owner, ...common, topic: rest.join("|") || undefined };
  const decoded = prefix === PREFIX ? unpackOwner(owner) : null;
  if (!decoded) return null;
  const [model, ...topic] = rest;
  return {
    owner: decoded,
    ...common,
    model: model || undefined,
    topic: topic.join("|") || undefined,
  };
}

export const isTimelineButton = (customId: string) =>
  customId.startsWith(`${PREFIX}|`) || customId.startsWith(`${OLD_PREFIX}|`);

export function pageCount(result: TimelineResult): number {
  return Math.max(1, Math.ceil(result.events.length / TIMELINE_PAGE_SIZE));
}

/**
 * One page of the timeline, each event with its sources, and Previous/Next buttons. The bot's
 * own words (title, filters, categories, page, buttons) are in `language`; the events stay the
 * documents' English.
 */
export function timelineReply(
  result: TimelineResult,
  state: TimelinePageState,
  ephemeral: boolean,
  language: Language,
): Reply {
  const words = wordsFor(language);
  const pages = pageCount(result);
  const page = Math.min(Math.max(0, state.page), pages - 1);
  const events = result.events.slice(page * TIMELINE_PAGE_SIZE, (page + 1) * TIMELINE_PAGE_SIZE);
  const model = result.model?.model;
  const filters = [
    model && words.aboutModel(`**${escapeMarkdown(model.name)}**`),
    state.from && words.fromDate(escapeUserText(state.from)),
    state.to && words.toDate(escapeUserText(state.to)),
    state.topic && words.onTopic(escapeUserText(state.topic)),
  ].filter((filter): filter is string => Boolean(filter));
  const filtered = filters.join(words.filterSeparator);
  const embed: APIEmbed = {
    title: words.timelineTitle,
    description:
      result.model && !model
        ? unknownModel(result.model, words)
        : events.length
          ? filters.length
            ? words.eventsFiltered(filtered)
            : undefined
          : filters.length
            ? words.noEventsFiltered(filtered)
            : words.noEvents,
    color: EMBED_COLOR,
    fields: events.map((event) => ({
      name: `${event.date} · ${words.eventCategories[event.category]}`,
      value: [
        escapeMarkdownCached(truncate(event.text, EVENT_TEXT_CHARS)),
        ...event.sources.map((s) => `— *${escapeMarkdown(citation(s))}*`),
      ].join("\n"),
    })),
    footer: { text: words.timelinePage(page + 1, pages, result.events.length) },
  };
  // Targets stay in range, so the two buttons never share a custom id (Discord requires it).
  const previousId = encodePageState({ ...state, page: Math.max(0, page - 1) });
  const nextId = encodePageState({ ...state, page: Math.min(pages - 1, page + 1) });
  const button = (label: string, customId: string, disabled: boolean) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: customId,
    disabled,
  });
  const paged = pages > 1 && previousId !== null && nextId !== null;
  if (pages > 1 && !paged) embed.footer = { text: `${embed.footer?.text} · ${words.narrowToPage}` };
  return {
    embeds: [embed],
    components: paged
      ? [
          {
            type: ComponentType.ActionRow,
            components: [
              button(words.previousPage, previousId, page === 0),
              button(words.nextPage, nextId, page >= pages - 1),
            ],
          },
        ]
      : [],
    ephemeral,
  };
}

/** A model filter that names no one model: the models it could mean, or none. */
function unknownModel(filter: TimelineModel, words: Words): string {
  const typed = escapeUserText(filter.query);
  if (filter.choices.length === 0) return words.modelNotFound(typed);
  const names = filter.choices.map((c) => `**${escapeMarkdown(c.name)}**`).join(", ");
  return words.timelineWhichModel(typed, names);
}

/**
 * Filters the timeline cannot read, said in `language`: the option's name as typed (`from`), what
 * it must be. A problem no Discord option can cause stays the engine's English.
 */
export function badFiltersText(problems: readonly TimelineProblem[], language: Language): string {
  const words = wordsFor(language);
  const phrases = problems.map((problem) =>
    problem.kind === "date"
      ? words.notADate(problem.filter)
      : problem.kind === "order"
        ? words.fromAfterTo
        : problem.text,
  );
  return words.badFilters(phrases.join(words.problemSeparator));
}
