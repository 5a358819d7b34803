// The build runs as several `astro build` processes, one per core (src/build/build.ts); each
// renders every n-th page of each dynamic route. Pages and files without parameters (home, the
// A–Z list, the report, services.json …) would be the same in every shard, so only the first
// renders them; the others write empty placeholders (src/middleware.ts), which the merge drops
// because the first shard's files are kept.

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
  if (!match || count < 1 || index >= count)
    throw new Error(`PIEEJAMS_SHARD must be "<index>/<count>" with index < count, e.g. "0/2"; got "${text}"`);
  return { index, count };
}

/** The items this shard renders: every count-th one, starting at its index. */
export function itemsOfShard<T>(items: readonly T[], shard: Shard): T[] {
  return items.filter((_, i) => i % shard.count === shard.index);
}

/** Whether this shard renders the pages and files that have no parameters (only the first does). */
export function rendersUnsharedPages(shard: Shard): boolean {
  return shard.index === 0;
}

/** Whether this shard answers a request with these route parameters with an empty placeholder. */
export function answersWithPlaceholder(params: Record<string, string | undefined>, shard: Shard): boolean {
  return !rendersUnsharedPages(shard) && Object.keys(params).length === 0;
}
