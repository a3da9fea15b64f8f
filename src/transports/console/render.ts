import type { APIEmbed, APIInteractionResponseCallbackData } from "discord-api-types/v10";
import type { TextStyle } from "../../presenters/text/style.js";

/** Discord's bold and italics, shown with the terminal's style; escapes undone. */
function markdownToText(text: string, style: TextStyle): string {
  return text
    .replace(/\*\*([\s\S]+?)\*\*/g, (_, inner: string) => style.bold(inner))
    .replace(
      /(^|[^\\*])\*([^*\n]+?)\*/g,
      (_, lead: string, inner: string) => `${lead}${style.dim(inner)}`,
    )
    .replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

function embedToText(embed: APIEmbed, style: TextStyle): string[] {
  const lines: string[] = [];
  if (embed.title) lines.push(style.bold(markdownToText(embed.title, style)));
  if (embed.description) lines.push(markdownToText(embed.description, style));
  for (const field of embed.fields ?? []) {
    lines.push(
      "",
      markdownToText(field.name, style),
      ...markdownToText(field.value, style)
        .split("\n")
        .map((l) => `    ${l}`),
    );
  }
  if (embed.footer) lines.push("", style.dim(embed.footer.text));
  return lines;
}

/**
 * A Discord message as terminal text: the same payload the bot sends, embeds as paragraphs and
 * buttons as the words to type.
 */
export function messageToText(
  message: APIInteractionResponseCallbackData,
  style: TextStyle,
): string {
  const lines: string[] = [];
  if (message.content) lines.push(markdownToText(message.content, style));
  for (const embed of message.embeds ?? []) lines.push(...embedToText(embed, style));
  const buttons = [...buttonsOf(message).keys()];
  if (buttons.length > 0)
    lines.push(
      "",
      style.dim(`Type ${buttons.map((b) => `\`${b === "previous" ? "prev" : b}\``).join(" or ")}.`),
    );
  return lines.join("\n");
}

/** Enabled buttons of a message: custom id by lower-case label. */
export function buttonsOf(message: APIInteractionResponseCallbackData): Map<string, string> {
  const buttons = new Map<string, string>();
  for (const row of message.components ?? []) {
    const components: readonly object[] = "components" in row ? row.components : [];
    for (const c of components) {
      if (
        "custom_id" in c &&
        "label" in c &&
        typeof c.label === "string" &&
        typeof c.custom_id === "string"
      ) {
        if (!("disabled" in c && c.disabled)) buttons.set(c.label.toLowerCase(), c.custom_id);
      }
    }
  }
  return buttons;
}
