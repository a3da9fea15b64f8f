/** Per-user rate limit: how many commands a person may run in a window. */
export interface CooldownOptions {
  uses: number;
  windowMs: number;
}

/** A quick burst of questions is fine; a flood is not (COOLDOWN_USES, COOLDOWN_WINDOW_MS). */
export const COOLDOWN_DEFAULTS: CooldownOptions = { uses: 5, windowMs: 30_000 };

/** Button presses have their own limit: paging a timeline is quicker than asking. */
export const BUTTON_COOLDOWN_DEFAULTS: CooldownOptions = { uses: 10, windowMs: 10_000 };

/** A per-person limit: records a use and says 0, or how many ms to wait when over it. */
export interface RateLimit {
  take(userId: string): number | Promise<number>;
}

/**
 * A sliding window per user. Different users never throttle each other; the map forgets a user
 * once their window is empty, so memory stays bounded by the users active in one window.
 */
export class Cooldown implements RateLimit {
  private readonly recent = new Map<string, number[]>();
  private readonly options: CooldownOptions;

  constructor(
    options: Partial<CooldownOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...COOLDOWN_DEFAULTS, ...options };
  }

  /** Records a use and returns 0, or returns how many ms to wait when over the limit. */
  take(userId: string): number {
    const now = this.now();
    const windowStart = now - this.options.windowMs;
    const uses = (this.recent.get(userId) ?? []).filter((at) => at > windowStart);
    if (uses.length >= this.options.uses) {
      this.recent.set(userId, uses);
      return (uses[0] as number) + this.options.windowMs - now;
    }
    uses.push(now);
    this.recent.set(userId, uses);
    if (this.recent.size > 10_000) this.sweep(windowStart);
    return 0;
  }

  private sweep(windowStart: number): void {
    for (const [user, uses] of this.recent)
      if (!uses.some((at) => at > windowStart)) this.recent.delete(user);
  }
}
