/**
 * The value remembered for `key` in `cache`, computed by `compute` the first time: for what
 * depends only on an object that lives as long as the knowledge (a sentence, a passage, a
 * vocabulary file), so it is worked out once however many questions need it.
 *
 * `compute` is called with `arg` and the key, as `rememberedLast`'s is: a hot path passes a
 * module-level function rather than a closure, which would be built at every call.
 */
export function remembered<K extends object, V, A = undefined>(
  cache: WeakMap<K, V>,
  key: K,
  compute: (arg: A, key: K) => V,
  arg?: A,
): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(arg as A, key);
    cache.set(key, value);
  }
  return value;
}

/** One remembered value and the key it was computed for (see `rememberedLast`). */
export interface Slot<K extends object, V> {
  key: K | undefined;
  value: V | undefined;
}

export const slot = <K extends object, V>(): Slot<K, V> => ({ key: undefined, value: undefined });

/**
 * The value remembered for `key` if it is the last key `cache` was asked about, else computed
 * by `compute` and remembered in its place: for what depends on a short-lived object (a parsed
 * question) and is asked again and again while it lives. A WeakMap keyed by such objects costs
 * every minor garbage collection: V8's scavenger keeps a young key's entry and its value alive,
 * promoting per-question garbage to the old generation.
 *
 * `compute` is called with `arg` and the key: a hot path passes a module-level function and
 * its argument ("the index") rather than a closure, which would be built at every call.
 */
export function rememberedLast<K extends object, V, A = undefined>(
  cache: Slot<K, V>,
  key: K,
  compute: (arg: A, key: K) => V,
  arg?: A,
): V {
  if (cache.key === key) return cache.value as V;
  const value = compute(arg as A, key);
  cache.key = key;
  cache.value = value;
  return value;
}

/**
 * The value `rememberedLast` holds for `key`, if it was the last key asked about: for a hot path
 * to look up before building the closure `rememberedLast` takes, which costs an allocation per
 * call even when the value is remembered.
 */
export const lastRemembered = <K extends object, V>(cache: Slot<K, V>, key: K): V | undefined =>
  cache.key === key ? cache.value : undefined;
