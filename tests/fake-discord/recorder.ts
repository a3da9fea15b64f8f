export interface WaitOptions {
  /** Reject after this long. */
  timeoutMs: number;
  /** Used in the timeout error, e.g. "callback for interaction 123". */
  description: string;
  /** Only consider items at or after this index (items already seen are skipped). */
  fromIndex?: number;
}

interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * An append-only log that tests can also wait on. Every wait is bounded so a missing
 * request fails the test with a readable message instead of hanging it.
 */
export class Recorder<T> {
  private readonly entries: T[] = [];
  private readonly waiters = new Set<Waiter<T>>();
  private closedReason: string | null = null;

  /** @param summarize one line per item, shown in timeout errors to make failures diagnosable. */
  constructor(private readonly summarize: (item: T) => string) {}

  /** Live view: it grows as items are recorded. */
  get items(): readonly T[] {
    return this.entries;
  }

  push(item: T): void {
    this.entries.push(item);
    for (const waiter of this.waiters) {
      if (!waiter.predicate(item)) continue;
      this.waiters.delete(waiter);
      clearTimeout(waiter.timer);
      waiter.resolve(item);
    }
  }

  waitFor(predicate: (item: T) => boolean, options: WaitOptions): Promise<T> {
    const existing = this.entries.slice(options.fromIndex ?? 0).find(predicate);
    if (existing !== undefined) return Promise.resolve(existing);
    if (this.closedReason !== null) {
      return Promise.reject(
        new Error(`${this.closedReason} while waiting for ${options.description}`),
      );
    }
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(
            new Error(
              `Timed out after ${options.timeoutMs} ms waiting for ${options.description}. ` +
                `Recorded so far (last 10 of ${this.entries.length}):\n${this.recentSummary()}`,
            ),
          );
        }, options.timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Fails every pending wait (used by stop() so no test is left hanging). */
  close(reason: string): void {
    this.closedReason = reason;
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`${reason} while a wait was pending`));
    }
    this.waiters.clear();
  }

  private recentSummary(): string {
    const recent = this.entries.slice(-10).map((item) => `  ${this.summarize(item)}`);
    return recent.length > 0 ? recent.join("\n") : "  (nothing)";
  }
}
