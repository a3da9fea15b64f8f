import type { AliasTable } from "../text/aliases.js";
import { baseTokenSpans } from "../text/tokens.js";

export interface Mention {
  /** Alias group id. */
  id: string;
  start: number;
  end: number;
}

/** Where `text` names a model (alias groups of kind "model"), with offsets into `text`. */
export function modelMentions(aliases: AliasTable, text: string): Mention[] {
  const spans = baseTokenSpans(text);
  return aliases
    .match(spans.map((s) => s.token))
    .filter((m) => m.group.kind === "model")
    .map((m) => {
      const first = spans[m.index];
      const last = spans[m.index + m.length - 1];
      return {
        id: m.group.id,
        start: first?.start ?? 0,
        end: (last?.start ?? 0) + (last?.token.length ?? 0),
      };
    });
}
