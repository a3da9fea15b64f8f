/** A read-only lookup by word: a Map is one, and so is a `WordTable`. */
export interface WordLookup<V> {
  get(word: string): V | undefined;
  has(word: string): boolean;
  entries(): IterableIterator<[string, V]>;
}

const identity = (value: string): string => value;

/** A word holds no line break, tab, nor control character sorting before a tab (code ≤ 10). */
function fitsLine(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) <= 10) return false;
  return true;
}

/**
 * A read-only table of words, kept as one string of "word\tvalue" lines sorted by word and
 * searched by bisection. The lexicon's tables hold tens of thousands of words, of which a
 * question looks up a few dozen: building a Map or an object of them was a fifth of a new
 * process's time to its first answer; this reads them with one JSON string and one split.
 *
 * A line sorts before the word's "word\t" exactly when its word sorts before the word: a tab
 * sorts before every character a word may hold.
 */
export class WordTable<V = string> implements WordLookup<V> {
  #lines: string[] | undefined;

  private constructor(
    /** The sorted lines, joined by "\n": what the prebuilt file stores. */
    readonly packed: string,
    private readonly decode: (value: string) => V,
  ) {}

  /** A table of `entries`; a word given twice keeps its last value, as in a Map. */
  static of<V = string>(
    entries: Iterable<readonly [string, string]>,
    decode: (value: string) => V = identity as (value: string) => V,
  ): WordTable<V> {
    const values = new Map(entries);
    for (const [word, value] of values) {
      if (!fitsLine(word) || value.includes("\n"))
        throw new Error(`word table: cannot hold ${JSON.stringify(word)}`);
    }
    const lines = [...values.keys()].sort().map((word) => `${word}\t${values.get(word)}`);
    return new WordTable(lines.join("\n"), decode);
  }

  /** The table a prebuilt file stored (`packed`), as `of` made it. */
  static unpack<V = string>(
    packed: string,
    decode: (value: string) => V = identity as (value: string) => V,
  ): WordTable<V> {
    return new WordTable(packed, decode);
  }

  private lines(): string[] {
    this.#lines ??= this.packed === "" ? [] : this.packed.split("\n");
    return this.#lines;
  }

  get(word: string): V | undefined {
    const lines = this.lines();
    const probe = `${word}\t`;
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const line = lines[middle] as string;
      if (line.startsWith(probe)) return this.decode(line.slice(probe.length));
      if (line < probe) low = middle + 1;
      else high = middle;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  get size(): number {
    return this.lines().length;
  }

  *entries(): IterableIterator<[string, V]> {
    for (const line of this.lines()) {
      const tab = line.indexOf("\t");
      yield [line.slice(0, tab), this.decode(line.slice(tab + 1))];
    }
  }
}
