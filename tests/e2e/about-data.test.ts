// The "about the data" page shows the coverage figures from data/ (places by kind, with hours,
// with the building's point, VPVKAC against the official count) and how the data is refreshed,
// in both languages, complete without JavaScript.
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { pathFor } from './site.ts';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { coverage, OFFICIAL_VPVKAC } from '../../src/lib/catalog/coverage.ts';

const site = useSite();
const c = coverage(loadCatalog());

describe.each(['lv', 'en'] as const)('about the data (%s)', (lang) => {
  test('the coverage table has a row per kind of place with the figures from data/', async () => {
    await withPage(site, { javaScriptEnabled: false }, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'about' })));
      const rows = await page
        .locator('#coverage-places tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))));
      expect(rows).toEqual(
        c.byType.map((t) => [t.places, t.withHours, t.buildingPoint, t.approximatePoint, t.noPoint]),
      );
      const total = await page.locator('#coverage-places tfoot td').allTextContents();
      expect(Number(total[0])).toBe(c.places);
      expect(await page.locator('#coverage-places caption').textContent()).toBeTruthy();
    });
  });

  test('the VPVKAC line compares our list with the official count and links its source', async () => {
    await withPage(site, { javaScriptEnabled: false }, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'about' })));
      const text = (await page.locator('#coverage-vpvkac').textContent()) ?? '';
      expect(text).toContain(String(c.placesByType.vpvkac));
      expect(text).toContain(String(OFFICIAL_VPVKAC.centres));
      expect(await page.locator(`#coverage-vpvkac a[href="${OFFICIAL_VPVKAC.url}"]`).count()).toBe(1);
    });
  });

  test('says how the data is refreshed', async () => {
    await withPage(site, { javaScriptEnabled: false }, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'about' })));
      expect(await page.locator('#refresh').count()).toBe(1);
      expect(await page.locator('#refresh + p code').textContent()).toBe('npm run data:refresh');
    });
  });
});
