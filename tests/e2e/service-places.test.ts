// Every place of a service on its own page: /lv/pakalpojumi/<slug>/vietas/ and
// /en/services/<slug>/places/, grouped by municipality with an A–Z jump list, complete without
// JavaScript and linked from the service page, which keeps the finder and at most five nearest.
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { LANGS, SERVICE_SLUGS, pathFor } from './site.ts';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { groupByMunicipality, placesOffering } from '../../src/lib/catalog/catalog.ts';

const site = useSite();
const catalog = loadCatalog();

describe.each(LANGS)('the places page of a service in %s', (lang) => {
  test.each(SERVICE_SLUGS)(
    '%s lists every place by municipality, with a jump list, without JavaScript',
    async (slug) => {
      const service = catalog.services.find((s) => s.slug === slug)!;
      const places = placesOffering(catalog, service);
      const groups = groupByMunicipality(
        catalog,
        places.filter((p) => p.country === 'LV'),
        lang,
      );
      await withPage(site, { javaScriptEnabled: false }, async (page) => {
        const response = await page.goto(site.url(pathFor(lang, { kind: 'servicePlaces', slug })));
        expect(response?.status()).toBe(200);
        expect(await page.locator('main .card-list > li').count()).toBe(places.length);
        const headings = await page.locator('main section > h2').allTextContents();
        expect(headings.slice(0, groups.length)).toEqual(groups.map((g) => g.municipality!.name[lang]));
        const jumps = page.locator('.jump-list a');
        expect(await jumps.count()).toBe(
          groups.length + (places.length > groups.reduce((n, g) => n + g.items.length, 0) ? 1 : 0),
        );
        for (const href of await jumps.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
          expect(await page.locator(href).count(), href).toBe(1);
        }
      });
    },
  );

  test.each(SERVICE_SLUGS)('the %s service page links the places page and lists no place itself', async (slug) => {
    await withPage(site, { javaScriptEnabled: false }, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'service', slug })));
      const placesPath = pathFor(lang, { kind: 'servicePlaces', slug });
      expect(await page.locator(`#places a[href="${placesPath}"]`).count()).toBe(1);
      expect(await page.locator('#places .card-list > li').count()).toBe(0);
      expect(await page.locator(`#places details a[href^="${placesPath}#m-"]`).count()).toBeGreaterThan(0);
    });
  });
});

test('with JavaScript the service page lists at most the five nearest places', async () => {
  await withPage(site, {}, async (page) => {
    await page.goto(
      site.url(pathFor('en', { kind: 'service', slug: 'residence-declaration' }) + '?pasvaldiba=0054000'),
    );
    const results = page.locator('.nearest-results > li');
    await results.first().waitFor();
    expect(await results.count()).toBeLessThanOrEqual(5);
    expect(await results.count()).toBeGreaterThan(0);
  });
});
