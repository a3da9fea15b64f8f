import type { APIButtonComponentWithCustomId, APIEmbed } from "discord-api-types/v10";
import { passageKey } from "../../engine/ask.js";
import type { AskPassage } from "../../engine/result.js";
import { citation } from "../cite.js";
import type { Words } from "../words/en.js";
import { type Language, wordsFor } from "../words/language.js";
import { ButtonStyle, ComponentType } from "./api-enums.js";
import { escapeMarkdownCached } from "./escape.js";
import type { Reply } from "./message.js";
import { EMBED_COLOR } from "./style.js";

/**
 * The Show passages button under a short answer, and the private reply it gives. Its custom id
 * names the passages cited by key (`passages|k1,k2,k3`, at most 32 characters): nothing is kept
 * between the answer and the press, so the button works after a restart, on another instance
 * and in the console (which has no message to read back). Keys rather than the question,
 * because asking again could cite other passages once the ranking changes, and a question of
 * 300 characters fits neither a custom id nor, whole, an embed title.
 */

const PREFIX = "passages|";
const KEY = /^[0-9a-z]{1,7}$/;

export const isShowPassagesButton = (customId: string) => customId.startsWith(PREFIX);

export function showPassagesButton(
  passages: readonly Pick<AskPassage, "text" | "source">[],
  words: Words,
): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: words.showPassages,
    custom_id: `${PREFIX}${passages.map(passageKey).join(",")}`,
  };
}

/** The passage keys a Show passages custom id carries, or null for anything else. */
export function passageKeysOf(customId: string): string[] | null {
  if (!isShowPassagesButton(customId)) return null;
  const keys = customId.slice(PREFIX.length).split(",");
  return keys.length > 0 && keys.every((key) => KEY.test(key)) ? keys : null;
}

/**
 * The cited passages in full, one embed each titled by its source, for the presser alone. Fewer
 * than were cited when the documents changed since (the rest are gone, and it says so), in the
 * presser's words: the passages themselves are the documents' English.
 */
export function passagesReply(
  passages: readonly Pick<AskPassage, "text" | "source">[],
  cited: number,
  language: Language,
): Reply {
  const words = wordsFor(language);
  if (passages.length === 0) return { content: words.passagesGone, ephemeral: true };
  const embeds: APIEmbed[] = passages.map((passage, i) => ({
    title: `[${i + 1}] ${citation(passage.source)}`,
    description: escapeMarkdownCached(passage.text),
    color: EMBED_COLOR,
  }));
  const last = embeds.at(-1) as APIEmbed;
  last.footer = { text: words.quotesFooter };
  const content =
    passages.length < cited ? words.passagesLeftOut(cited - passages.length, cited) : undefined;
  return { content, embeds, ephemeral: true };
}
