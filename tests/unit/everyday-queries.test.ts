// The everyday query table over the real catalogue: at least 95 % must find their service in the
// top 3, and every "must not come first" case must hold. The hit rate is printed; a shortfall
// lists each missed query with what came instead.
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { buildSearchIndex } from '../../src/lib/search/records.ts';
import { createSearcher } from '../../src/lib/search/search.ts';
import { fold } from '../../src/lib/search/fold.ts';
import { everydayQueries, hitRateLines, runEverydayQueries } from '../fixtures/everyday-queries.ts';

const catalog = loadCatalog();
const searchers = {
  lv: createSearcher(buildSearchIndex(catalog, 'lv').records),
  en: createSearcher(buildSearchIndex(catalog, 'en').records),
};
const outcomes = runEverydayQueries(searchers, new Map(catalog.services.map((s) => [s.slug, s.id])));
const describeMiss = (o: (typeof outcomes)[number]) =>
  `${o.query.lang} on ${o.page}: "${o.query.q}" wants ${o.query.expect}, got [${o.top3.join(', ')}]`;

describe('the everyday query table', () => {
  afterAll(() => console.log(`Everyday query table:\n  ${hitRateLines(outcomes).join('\n  ')}`));

  it('has at least 200 queries in Latvian, English, Russian and Ukrainian, each naming services that exist', () => {
    expect(everydayQueries.length).toBeGreaterThanOrEqual(200);
    expect(new Set(everydayQueries.map((q) => q.lang))).toEqual(new Set(['lv', 'en', 'ru', 'uk']));
    const ids = new Set(catalog.services.map((s) => s.id));
    for (const q of everydayQueries) {
      expect(ids.has(q.expect), `${q.q}: unknown service ${q.expect}`).toBe(true);
      if (q.notFirst) expect(ids.has(q.notFirst), `${q.q}: unknown service ${q.notFirst}`).toBe(true);
    }
    expect(everydayQueries.filter((q) => q.notFirst).length).toBeGreaterThanOrEqual(10);
  });

  it('is measured on its own wording: no query is a copy of an everyday phrase of data/', () => {
    const queries = new Set(everydayQueries.map((q) => fold(q.q)));
    const copies = (catalog.everydayPhrases ?? []).flatMap((p) =>
      (['lv', 'en', 'ru', 'uk'] as const).flatMap((l) =>
        p[l].filter((s) => queries.has(fold(s))).map((s) => `${p.id} ${l}: ${s}`),
      ),
    );
    expect(copies).toEqual([]);
  });

  it('finds the service in the top 3 for at least 95 % of the queries', () => {
    const misses = outcomes.filter((o) => !o.hit);
    expect(outcomes.length - misses.length, `misses:\n${misses.map(describeMiss).join('\n')}`).toBeGreaterThanOrEqual(
      Math.ceil(0.95 * outcomes.length),
    );
  });

  it.each(
    outcomes
      .filter((o) => o.query.notFirst)
      .map((o) => [o.query.lang, o.page, o.query.q, o.query.notFirst!, o] as const),
  )('%s on the %s page: "%s" does not give %s first', (_lang, _page, _q, wrong, o) =>
    expect(o.top3[0], describeMiss(o)).not.toBe(wrong),
  );
});
