/**
 * How long a stopping process waits for interactions still at work before it closes anyway, in
 * every mode: the gateway bot, the HTTP endpoint, and each shard process.
 */
export const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Waits until every promise in `work` has settled, or `timeoutMs` has passed, whichever comes
 * first. Never rejects: a failed piece of work has finished too. Resolves true when all settled.
 */
export async function settleWithin(
  work: Iterable<Promise<unknown>>,
  timeoutMs: number,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([Promise.allSettled(work).then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
