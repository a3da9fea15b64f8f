import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIEmbedField,
  APIInteractionResponseCallbackData,
} from "discord-api-types/v10";
import { MessageFlags } from "./api-enums.js";
import { embedCharacters, DISCORD_LIMITS as L } from "./limits.js";
import { truncate } from "./truncate.js";

/** What a command answers with: embeds, buttons, and whether only the asker sees it. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  ephemeral?: boolean;
}

/** Discord rejects an empty field name or value; a zero-width space stands in. */
const nonEmpty = (text: string) => text || "\u200b";

function fitField(field: APIEmbedField): APIEmbedField {
  return {
    name: truncate(nonEmpty(field.name), L.fieldName),
    value: truncate(nonEmpty(field.value), L.fieldValue),
    inline: field.inline ?? false,
  };
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title) fitted.title = truncate(embed.title, L.embedTitle);
  if (embed.description) fitted.description = truncate(embed.description, L.embedDescription);
  if (embed.fields) fitted.fields = embed.fields.slice(0, L.embedFields).map(fitField);
  if (embed.footer)
    fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, L.footerText) };
  if (embed.author)
    fitted.author = { ...embed.author, name: truncate(embed.author.name, L.authorName) };
  return fitted;
}

/**
 * Makes all embeds fit 6,000 characters together: drops trailing fields and shortens
 * descriptions from the last embed back, then drops trailing embeds, then shortens the first
 * one's footer and title. The first embed's leading text is what a reader most needs.
 */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const fitted = embeds
    .slice(0, L.embeds)
    .map((e) => ({ ...e, fields: e.fields ? [...e.fields] : undefined }));
  const total = () => fitted.reduce((n, e) => n + embedCharacters(e), 0);
  const excess = () => total() - L.embedsTotal;
  for (let i = fitted.length - 1; i >= 0 && excess() > 0; i--) {
    const embed = fitted[i] as APIEmbed;
    while (embed.fields && embed.fields.length > 0 && excess() > 0) embed.fields.pop();
    if (excess() > 0 && embed.description) {
      embed.description = truncate(
        embed.description,
        Math.max(0, embed.description.length - excess()),
      );
    }
  }
  while (excess() > 0 && fitted.length > 1) fitted.pop();
  const first = fitted[0];
  if (first?.footer && excess() > 0) {
    first.footer = {
      ...first.footer,
      text: truncate(first.footer.text, Math.max(0, first.footer.text.length - excess())),
    };
  }
  if (first?.title && excess() > 0)
    first.title = truncate(first.title, Math.max(0, first.title.length - excess()));
  return fitted;
}

/**
 * The one way a reply leaves the bot: every Discord limit enforced (truncating at sentence or
 * word boundaries), mentions never parsed — a quoted "@everyone" pings nobody — and the
 * ephemeral flag set when asked.
 */
export function toMessage(reply: Reply): APIInteractionResponseCallbackData {
  return {
    content: reply.content === undefined ? undefined : truncate(reply.content, L.content),
    embeds: fitTotal((reply.embeds ?? []).map(fitEmbed)),
    components: (reply.components ?? []).slice(0, L.components),
    allowed_mentions: { parse: [] },
    flags: reply.ephemeral ? MessageFlags.Ephemeral : undefined,
  };
}
