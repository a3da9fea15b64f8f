/**
 * Gives `target` a getter per part that computes it on first read and then turns into a plain
 * writable property holding the value, so JSON output, equality and assignment all see plain
 * data, and the part's inputs can be collected once it is made.
 */
export function withLazy<T extends object, L extends object>(
  target: T,
  parts: { [K in keyof L]: () => L[K] },
): T & L {
  for (const key of Object.keys(parts) as (keyof L)[]) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = parts[key]();
        Object.defineProperty(target, key, { value, enumerable: true, writable: true });
        return value;
      },
    });
  }
  return target as T & L;
}
