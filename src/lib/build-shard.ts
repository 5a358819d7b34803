// The build runs as several `astro build` processes, one per core (src/scripts/build.ts); each
// renders every n-th page of each dynamic route. Pages without parameters are rendered by all
// of them (identical files), so a shard is a complete site minus other shards' dynamic pages.

export interface Shard {
  /** 0-based position of this process. */
  index: number;
  /** How many processes share the build. */
  count: number;
}

export const WHOLE_BUILD: Shard = { index: 0, count: 1 };

/** "1/2" → the second of two shards; empty or missing → the whole build; anything else throws. */
export function parseShard(text: string | undefined): Shard {
  if (text === undefined || text.trim() === '') return WHOLE_BUILD;
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) throw new Error(`PIEEJAMS_SHARD must be "<index>/<count>" with index < count, e.g. "0/2"; got "${text}"`);
  return { index, count };
}

/** The items this shard renders: every count-th one, starting at its index. */
export function itemsOfShard<T>(items: readonly T[], shard: Shard): T[] {
  return items.filter((_, i) => i % shard.count === shard.index);
}
