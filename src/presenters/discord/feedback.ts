import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
} from "discord-api-types/v10";
import { type Language, wordsFor } from "../words/language.js";
import { ButtonStyle, ComponentType } from "./api-enums.js";
import type { Reply } from "./message.js";

/**
 * The 👍/👎 buttons under an answer, and how a vote reads the answer back from the message it
 * is on. The custom ids carry only the verdict: the vote is keyed by the answer message's id and
 * reads the question and the answer from that message's embed, which Discord sends with every
 * button press. So nothing is kept between the answer and the vote, and a vote after a restart
 * (or on another HTTP instance) records exactly what was shown.
 */

export type Verdict = "up" | "down";

const PREFIX = "vote|";
const EMOJI: Record<Verdict, string> = { up: "👍", down: "👎" };

export const voteCustomId = (verdict: Verdict) => `${PREFIX}${verdict}`;
export const isVoteButton = (customId: string) => customId.startsWith(PREFIX);

/** The verdict a vote button's custom id carries, or null for anything else. */
export function verdictOf(customId: string): Verdict | null {
  const verdict = customId.slice(PREFIX.length);
  return isVoteButton(customId) && (verdict === "up" || verdict === "down") ? verdict : null;
}

/** 👍 and 👎, emoji only: the console, which has no votes, lists only labelled buttons. */
export function voteRow(): APIActionRowComponent<APIButtonComponentWithCustomId> {
  const button = (verdict: Verdict): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: voteCustomId(verdict),
    emoji: { name: EMOJI[verdict] },
  });
  return { type: ComponentType.ActionRow, components: [button("up"), button("down")] };
}

/** An answer as it was shown, read back from its embed: plain text, no Markdown. */
export interface ShownAnswer {
  question: string;
  /** The description: the direct answer with its citation, or the abstention. */
  answer: string;
  /** The passages' citations ("[1] Title › Section"). */
  sources: string[];
}

/** Discord Markdown as the reader saw it: emphasis markers and escapes removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\*\*([\s\S]+?)\*\*/g, "$1")
    .replace(/(^|[^\\*])\*([^*\n]+?)\*/g, "$1$2")
    .replace(/\\([\\*_~`|>#-])/g, "$1")
    .trim();
}

/** Reads the answer an `askReply` embed shows; null when the embeds are not an answer. */
export function readShownAnswer(embeds: readonly APIEmbed[]): ShownAnswer | null {
  const [embed] = embeds;
  if (!embed?.title) return null;
  return {
    // The title echoes the question escaped (escapeUserText): read back as typed.
    question: embed.title.replace(/\\([^\s\w])/g, "$1"),
    answer: plainText(embed.description ?? ""),
    sources: (embed.fields ?? []).map((field) => field.name),
  };
}

/** The private note a voter gets, in the voter's words. */
export function voteRecordedReply(
  verdict: Verdict,
  replaced: Verdict | null,
  language: Language,
): Reply {
  const words = wordsFor(language);
  const content =
    replaced === null
      ? words.voteRecorded(EMOJI[verdict])
      : replaced === verdict
        ? words.voteAlreadyRecorded(EMOJI[verdict])
        : words.voteChanged(EMOJI[replaced], EMOJI[verdict]);
  return { content, ephemeral: true };
}
