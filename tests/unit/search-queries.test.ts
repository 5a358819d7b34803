// The query set of tests/search-queries.json over the real catalogue: what people type, with
// and without diacritics, with typos and colloquial words, must bring the expected service
// into the top 3. Held at 100 %; a miss names the query and what came instead.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { buildSearchIndex } from '../../src/lib/search/records.ts';
import { createSearcher } from '../../src/lib/search/search.ts';
import type { Lang } from '../../src/lib/site/routes.ts';

interface Query {
  lang: Lang;
  q: string;
  expect: string;
  note?: string;
}
const { queries } = JSON.parse(readFileSync(new URL('../search-queries.json', import.meta.url), 'utf8')) as {
  queries: Query[];
};
const catalog = loadCatalog();
const searchers = {
  lv: createSearcher(buildSearchIndex(catalog, 'lv').records),
  en: createSearcher(buildSearchIndex(catalog, 'en').records),
};

describe('the search query set', () => {
  it('has at least 40 queries in both languages, each expecting a service that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(queries.map((q) => q.lang))).toEqual(new Set(['lv', 'en']));
    const ids = new Set(catalog.services.map((s) => s.id));
    for (const q of queries) expect(ids.has(q.expect), `${q.q}: unknown service ${q.expect}`).toBe(true);
  });

  it.each(queries.map((q) => [q.lang, q.q, q.expect] as const))(
    '%s "%s" finds %s in the top 3',
    (lang, q, expected) => {
      const slug = catalog.services.find((s) => s.id === expected)!.slug;
      const top3 = searchers[lang].search(q, 3).map((r) => r.record.slug);
      expect(top3, `top 3 for "${q}"`).toContain(slug);
    },
  );
});
