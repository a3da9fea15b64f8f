import { baseTokens } from "./tokens.js";

/** What an alias group names. */
export const ALIAS_KINDS = [
  "organization",
  "person",
  "publication",
  "system",
  "model",
  /** An evaluation ("MMLU"): listed even when the documents lack it, so a question typing it in lower case names something they do not answer. */
  "benchmark",
  "concept",
] as const;

/** Names that mean the same thing (corpus/aliases.json, read by ingest/load-aliases.ts). */
export interface AliasGroup {
  /** Lower-case id, e.g. "deepseek-v3". */
  id: string;
  kind: (typeof ALIAS_KINDS)[number];
  names: string[];
  /**
   * For a concept: the named things the documents say are one ("quant fund": High-Flyer), so
   * "how much was the quant fund managing" is met by a passage that names High-Flyer.
   */
  instances?: string[];
  /** Whose it is: Fire-Flyer 2 is High-Flyer's, so a passage on it is about High-Flyer too. */
  owner?: string;
}

export interface AliasMatch {
  group: AliasGroup;
  /** Index of the first base token of the match, and how many tokens it covers. */
  index: number;
  length: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  group?: AliasGroup;
}

/**
 * Finds the names of alias groups in token streams. Names are compared token by token, so case,
 * hyphens and spacing do not matter; at each position the longest name wins.
 */
export class AliasTable {
  readonly groups: readonly AliasGroup[];
  private readonly root: TrieNode = { next: new Map() };

  /** Every word of every name: "liang", "wenfeng", "deepseek", "coder"… */
  private readonly words = new Set<string>();

  /** Owner id → the ids of the groups it owns. */
  private readonly owned = new Map<string, string[]>();

  constructor(groups: readonly AliasGroup[]) {
    this.groups = groups;
    for (const group of groups) {
      if (group.owner) this.owned.set(group.owner, [...this.ownedBy(group.owner), group.id]);
    }
    // Each name tokenised once, not three times: the table is built at every start.
    const named = groups.flatMap((group) =>
      group.names.map((name) => ({ group, name, tokens: baseTokens(name) })),
    );
    for (const { tokens } of named) for (const token of tokens) this.words.add(token);
    for (const { group, name, tokens } of named) {
      const node = this.insert(tokens);
      if (node.group && node.group.id !== group.id) {
        throw new Error(`aliases: "${name}" names both ${node.group.id} and ${group.id}`);
      }
      node.group = group;
    }
    // People run a name's words together ("highflyer", "deepseekcoder"), often leaving its
    // version apart ("fireflyer 2", "deepseekcoder v2"): each form whose first words are joined
    // names the same group, unless a name of the table already is that form.
    for (const { group, tokens } of named) {
      for (let joined = 2; joined <= tokens.length; joined++) {
        const node = this.insert([tokens.slice(0, joined).join(""), ...tokens.slice(joined)]);
        node.group ??= group;
      }
    }
  }

  private insert(tokens: readonly string[]): TrieNode {
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map() };
        node.next.set(token, child);
      }
      node = child;
    }
    return node;
  }

  /** Whether some name holds this word (a base token, lower case). */
  hasWord(token: string): boolean {
    return this.words.has(token);
  }

  /** Non-overlapping matches, left to right, longest first. */
  match(tokens: readonly string[]): AliasMatch[] {
    const matches: AliasMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = this.root;
      let best: AliasMatch | undefined;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j] as string);
        if (!node) break;
        if (node.group) best = { group: node.group, index: i, length: j - i + 1 };
      }
      if (best) {
        matches.push(best);
        i += best.length;
      } else {
        i++;
      }
    }
    return matches;
  }

  /** The ids of the groups this one owns ("high-flyer": its clusters). */
  ownedBy(id: string): readonly string[] {
    return this.owned.get(id) ?? [];
  }

  byId(id: string): AliasGroup | undefined {
    return this.groups.find((group) => group.id === id);
  }
}
