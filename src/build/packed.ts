// Island props travel packed: one JSON string instead of a tree of values.
//
// Astro writes each island's props into the page by walking them value by value (a [type, value]
// pair per value, recursively, with a cycle check), then escapes and hashes the result. The
// islands on a service page carry about 300 values (their strings, the municipality list, the
// channel finder's answers); on the synthetic 5 000-service catalogue that walk was about 5 % of
// the build. A packed prop is one string for Astro, made by the native JSON.stringify, and the
// same text for every page of a language can be packed once.
declare const packedType: unique symbol;

/** A value as JSON text; the type remembers what it unpacks to. */
export type Packed<T> = string & { readonly [packedType]: T };

export function pack<T>(value: T): Packed<T> {
  return JSON.stringify(value) as Packed<T>;
}

// The server renders each island once per page and unpacks its props again each time; most
// are the same text on every page (same string, so the lookup is cheap). A few recent ones are
// kept; per-page props simply push older ones out.
const RECENT = 16;
const unpacked = new Map<string, unknown>();

/** The value back; the same packed text gives the same (shared, not to be changed) value. */
export function unpack<T>(packed: Packed<T>): T {
  if (unpacked.has(packed)) return unpacked.get(packed) as T;
  const value = JSON.parse(packed) as T;
  if (unpacked.size >= RECENT) unpacked.delete(unpacked.keys().next().value!);
  unpacked.set(packed, value);
  return value;
}

/** pack() made once per key: for props that are the same on every page of a language. */
export function packOnce<K, T>(make: (key: K) => T): (key: K) => Packed<T> {
  const made = new Map<K, Packed<T>>();
  return (key) => {
    let packed = made.get(key);
    if (packed === undefined) made.set(key, (packed = pack(make(key))));
    return packed;
  };
}
