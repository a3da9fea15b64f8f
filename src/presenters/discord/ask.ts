import { escapeMarkdown } from "@discordjs/formatters";
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
} from "discord-api-types/v10";
import type { AskPassage, AskResult } from "../../engine/result.js";
import { citation } from "../cite.js";
import { EXCERPT_MAX, passageExcerpt } from "../excerpt.js";
import type { Words } from "../words/en.js";
import { type Language, wordsFor } from "../words/language.js";
import { ComponentType } from "./api-enums.js";
import { escapeMarkdownCached, escapeUserText } from "./escape.js";
import { voteRow } from "./feedback.js";
import { DISCORD_LIMITS, embedCharacters } from "./limits.js";
import type { Reply } from "./message.js";
import { showPassagesButton } from "./show-passages.js";
import { conflictLines, EMBED_COLOR } from "./style.js";
import { suggestionLines, suggestionRow } from "./suggestions.js";
import { truncate } from "./truncate.js";

/** Embed text an answer may take in all: a short reply reads in a channel without scrolling. */
export const ASK_EMBED_BUDGET = 1_200;
/** An excerpt shorter than this says too little: the source is left to Show passages instead. */
const MIN_EXCERPT = 80;

/** A passage's excerpt of at most `max` characters before escaping, its best sentence in bold. */
function excerptValue(passage: AskPassage, max: number): string {
  const { text, focus } = passageExcerpt(passage, max);
  if (!focus || focus.end <= focus.start) return escapeMarkdownCached(text);
  const part = (from: number, to: number) => escapeMarkdownCached(text.slice(from, to));
  return `${part(0, focus.start)}**${part(focus.start, focus.end)}**${part(focus.end, text.length)}`;
}

/** The longest excerpt value that fits `room` characters once escaped and marked, or null. */
function fittedValue(passage: AskPassage, room: number): string | null {
  let max = Math.min(EXCERPT_MAX, room);
  while (max >= MIN_EXCERPT) {
    const value = excerptValue(passage, max);
    if (value.length <= room) return value;
    max -= value.length - room;
  }
  return null;
}

/**
 * One field per passage, "[n] Document › Section" over its excerpt, sharing `room` characters:
 * each takes an equal share of what is left, so a short excerpt leaves more to the next. Sources
 * are dropped from the last when there is no room for a useful excerpt.
 */
function sourceFields(passages: readonly AskPassage[], room: number): APIEmbedField[] {
  for (let count = passages.length; count > 0; count--) {
    const shown = passages.slice(0, count);
    const names = shown.map((p, i) => `[${i + 1}] ${citation(p.source)}`);
    let left = room - names.reduce((n, name) => n + name.length, 0);
    const fields: APIEmbedField[] = [];
    for (const [i, passage] of shown.entries()) {
      const value = fittedValue(passage, Math.floor(left / (count - i)));
      if (value === null) break;
      left -= value.length;
      fields.push({ name: names[i] as string, value });
    }
    if (fields.length === count) return fields;
  }
  return [];
}

/**
 * The passage that gave the bold answer first: it states what the answer says, which the others
 * may only mention in passing. The engine's order otherwise.
 */
function answerFirst(result: AskResult): AskPassage[] {
  const quoted = result.answerSource?.source;
  const at = quoted
    ? result.passages.findIndex(
        (p) =>
          p.source.doc === quoted.doc &&
          p.source.start <= quoted.start &&
          quoted.end <= p.source.end,
      )
    : -1;
  if (at <= 0) return [...result.passages];
  return [result.passages[at] as AskPassage, ...result.passages.filter((_, i) => i !== at)];
}

/** The description: the abstention or the bold answers with their sources, then disagreements. */
function descriptionLines(result: AskResult, words: Words): string[] {
  const lines: string[] = [];
  // "Which day…" met by "May 2024", "in dollars" by "1 billion yuan": what the documents do say,
  // with its source.
  const said = result.lessPrecise ?? result.otherCurrency;
  // "No model called X": the name is the question's own words, so escaped as user text.
  if (result.unknownModel) lines.push(words.unknownModel(escapeUserText(result.unknownModel.name)));
  else if (said) {
    const say = result.lessPrecise ? words.lessPrecise : words.otherCurrency;
    lines.push(
      say(`**${escapeMarkdown(said.text)}**`),
      `— *${escapeMarkdown(citation(said.source))}*`,
    );
  } else if (!result.answered) lines.push(words.notInDocuments);
  // A two-part question has a bold answer for each part, or none at all.
  const answers = result.parts?.map((p) => p.answer) ?? [result.answerSource];
  if (result.answer) {
    for (const answer of answers) {
      if (!answer) continue;
      lines.push(
        `**${escapeMarkdown(answer.text)}**`,
        `— *${escapeMarkdown(citation(answer.source))}*`,
      );
    }
  }
  if (result.conflicts.length > 0) lines.push("", ...conflictLines(result.conflicts, words));
  if (!result.answered) lines.push(...suggestionLines(result.suggestions ?? [], words));
  return lines;
}

/**
 * An answer, short: the bold answer (when safe) with its source, disagreements between sources,
 * then up to three sources, each "[n] Document › Section" over an excerpt around its best
 * sentence (in bold), in at most ASK_EMBED_BUDGET characters of embed text; Show passages gives
 * the passages whole, privately; 👍/👎 under it (`readShownAnswer` in ./feedback.ts reads this
 * embed back for a vote). Show passages gives every passage, those left out for room too. An
 * abstention offers what the documents cover nearby, as buttons. The bot's own words are in
 * `language`; the quotes, citations and bold answers stay the documents' English.
 */
export function askReply(result: AskResult, ephemeral: boolean, language: Language): Reply {
  const words = wordsFor(language);
  const title = truncate(
    escapeUserText(result.question) || words.emptyQuestion,
    DISCORD_LIMITS.embedTitle,
  );
  const description = truncate(
    descriptionLines(result, words).join("\n"),
    ASK_EMBED_BUDGET - title.length - words.quotesFooter.length,
  );
  const passages = answerFirst(result);
  const embed: APIEmbed = {
    title,
    description: description || undefined,
    color: EMBED_COLOR,
    // Only quotes need saying so: an abstention quotes nothing.
    footer: passages.length > 0 ? { text: words.quotesFooter } : undefined,
  };
  embed.fields = sourceFields(passages, ASK_EMBED_BUDGET - embedCharacters(embed));

  const votes = voteRow();
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  const suggestions = result.answered ? null : suggestionRow(result.suggestions ?? []);
  if (suggestions) rows.push(suggestions);
  rows.push(
    passages.length > 0
      ? {
          type: ComponentType.ActionRow,
          components: [showPassagesButton(passages, words), ...votes.components],
        }
      : votes,
  );
  return { embeds: [embed], components: rows, ephemeral };
}
