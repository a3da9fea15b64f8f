/** How text output marks emphasis: ANSI on a terminal, Markdown-style stars elsewhere. */
export interface TextStyle {
  bold(text: string): string;
  dim(text: string): string;
}

export const PLAIN_STYLE: TextStyle = {
  bold: (text) => `**${text}**`,
  dim: (text) => text,
};

export const ANSI_STYLE: TextStyle = {
  bold: (text) => `\u001b[1m${text}\u001b[22m`,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
};

export const styleFor = (stream: { isTTY?: boolean }): TextStyle =>
  stream.isTTY ? ANSI_STYLE : PLAIN_STYLE;

/**
 * Text made safe to print on a terminal: every control character (escape sequences that move the
 * cursor, recolour, retitle or clear the screen; bells; a lone carriage return) is removed,
 * except line breaks, tabs and the bold and dim sequences ANSI_STYLE itself writes.
 */
export function safeForTerminal(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  return text.replace(/(\u001b\[(?:1|2|22)m)|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "$1");
}
