// Build-time answers are asked for again on many pages (every filter page counts every service,
// every report page assesses every service). The catalogue does not change during a build, so
// an answer is kept per catalogue object and per key; a new catalogue starts a fresh cache.

/** Wraps fn(catalog, item) so each (catalog, key(item)) pair is computed once. */
export function memoByCatalog<C extends object, T, R>(
  key: (item: T) => string,
  fn: (catalog: C, item: T) => R,
): (catalog: C, item: T) => R {
  const caches = new WeakMap<C, Map<string, R>>();
  return (catalog, item) => {
    let cache = caches.get(catalog);
    if (!cache) caches.set(catalog, (cache = new Map()));
    const k = key(item);
    if (!cache.has(k)) cache.set(k, fn(catalog, item));
    return cache.get(k)!;
  };
}
