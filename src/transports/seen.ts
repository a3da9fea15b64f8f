/**
 * Interaction ids already answered, so a replayed request (the same signed body sent again while
 * its signature is still valid) is not answered twice. Each id is kept until the signature that
 * came with it expires; memory is bounded by `maxIds`, oldest first out.
 */
export interface SeenInteractions {
  /** True the first time `id` is offered before `expiresAtMs`; false for a repeat. */
  firstTime(id: string, expiresAtMs: number): boolean | Promise<boolean>;
}

export const SEEN_DEFAULTS = { maxIds: 100_000 } as const;

export class MemorySeenInteractions implements SeenInteractions {
  /** id → expiry; Map keeps insertion order, so the oldest ids come first. */
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly maxIds: number = SEEN_DEFAULTS.maxIds,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.ids.size;
  }

  firstTime(id: string, expiresAtMs: number): boolean {
    const now = this.now();
    const expiry = this.ids.get(id);
    if (expiry !== undefined && expiry > now) return false;
    this.ids.delete(id);
    this.ids.set(id, expiresAtMs);
    // Forget expired ids from the old end, then the oldest beyond the bound.
    for (const [oldId, oldExpiry] of this.ids) {
      if (oldExpiry > now && this.ids.size <= this.maxIds) break;
      this.ids.delete(oldId);
    }
    return true;
  }
}
