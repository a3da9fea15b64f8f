/**
 * The value remembered for `key` in `cache`, computed by `compute` the first time: for what
 * depends only on an object that lives as long as the knowledge (a sentence, a passage, a
 * vocabulary file), so it is worked out once however many questions need it.
 */
export function remembered<K extends object, V>(cache: WeakMap<K, V>, key: K, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}
