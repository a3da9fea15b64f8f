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
