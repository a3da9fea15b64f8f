import { escapeMarkdown } from "@discordjs/formatters";
import { type APIEmbed, ButtonStyle, ComponentType } from "discord-api-types/v10";
import type { TimelineResult } from "../../engine/timeline.js";
import { citation } from "../cite.js";
import { escapeMarkdownCached, escapeUserText } from "./escape.js";
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
  topic?: string;
}

const PREFIX = "timeline";

/** `timeline|owner|page|from|to|topic`, within Discord's 100 characters (topic is ≤ 40). */
export function encodePageState(state: TimelinePageState): string {
  return [
    PREFIX,
    state.owner,
    state.page,
    state.from ?? "",
    state.to ?? "",
    state.topic ?? "",
  ].join("|");
}

export function decodePageState(customId: string): TimelinePageState | null {
  const [prefix, owner, page, from, to, ...topic] = customId.split("|");
  if (prefix !== PREFIX || !owner || !/^\d+$/.test(page ?? "")) return null;
  return {
    owner,
    page: Number(page),
    from: from || undefined,
    to: to || undefined,
    topic: topic.join("|") || undefined,
  };
}

export const isTimelineButton = (customId: string) => customId.startsWith(`${PREFIX}|`);

export function pageCount(result: TimelineResult): number {
  return Math.max(1, Math.ceil(result.events.length / TIMELINE_PAGE_SIZE));
}

/** One page of the timeline, each event with its sources, and Previous/Next buttons. */
export function timelineReply(
  result: TimelineResult,
  state: TimelinePageState,
  ephemeral: boolean,
): Reply {
  const pages = pageCount(result);
  const page = Math.min(Math.max(0, state.page), pages - 1);
  const events = result.events.slice(page * TIMELINE_PAGE_SIZE, (page + 1) * TIMELINE_PAGE_SIZE);
  const filters = [
    state.from && `from ${escapeUserText(state.from)}`,
    state.to && `to ${escapeUserText(state.to)}`,
    state.topic && `topic “${escapeUserText(state.topic)}”`,
  ].filter(Boolean);
  const embed: APIEmbed = {
    title: "DeepSeek timeline",
    description: events.length
      ? filters.length
        ? `Events ${filters.join(", ")}.`
        : undefined
      : `No dated events ${filters.join(", ") || "in the documents"}.`,
    color: EMBED_COLOR,
    fields: events.map((event) => ({
      name: `${event.date} · ${event.category}`,
      value: [
        escapeMarkdownCached(truncate(event.text, EVENT_TEXT_CHARS)),
        ...event.sources.map((s) => `— *${escapeMarkdown(citation(s))}*`),
      ].join("\n"),
    })),
    footer: { text: `Page ${page + 1}/${pages} · ${result.events.length} events` },
  };
  // Targets stay in range, so the two buttons never share a custom id (Discord requires it).
  const button = (label: string, target: number, disabled: boolean) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label,
    custom_id: encodePageState({ ...state, page: target }),
    disabled,
  });
  const previous = button("Previous", Math.max(0, page - 1), page === 0);
  const next = button("Next", Math.min(pages - 1, page + 1), page >= pages - 1);
  return {
    embeds: [embed],
    components: pages > 1 ? [{ type: ComponentType.ActionRow, components: [previous, next] }] : [],
    ephemeral,
  };
}
