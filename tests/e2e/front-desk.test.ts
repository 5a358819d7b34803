// Front desk, sharing, open data and offline: every download parses and matches the
// catalogue, JSON-LD blocks parse, the printed card hides the screen furniture and keeps the
// QR code, the buttons work (and are absent without JavaScript), the other-language card
// prints, and a visited service page opens again offline.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { isLocal, useSite, withPage } from './browser.ts';
import { SERVICE_SLUGS, firstPlaceId, pathFor } from './site.ts';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { parseCsv } from '../../src/import/csv.ts';
import { PLACES_CSV_COLUMNS, SERVICES_CSV_COLUMNS } from '../../src/lib/open-data/csv-tables.ts';
import { DOWNLOADS } from '../../src/lib/open-data/downloads.ts';

const site = useSite();
const catalog = loadCatalog();
const SERVICE = SERVICE_SLUGS[0];

async function fetchText(page: Page, path: string): Promise<{ status: number; type: string; body: string }> {
  const response = await page.request.get(site.url(path));
  return { status: response.status(), type: response.headers()['content-type'] ?? '', body: await response.text() };
}

async function jsonLdBlocks(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

describe('open-data downloads', () => {
  test('services.json parses and holds every service, with licence and sources', async () => {
    await withPage(site, {}, async (page) => {
      const { status, body } = await fetchText(page, DOWNLOADS.servicesJson);
      expect(status).toBe(200);
      const data = JSON.parse(body);
      expect(data.services).toHaveLength(catalog.services.length);
      expect(data.licence?.url).toMatch(/^https:\/\/creativecommons\.org\//);
      expect(data.sources.length).toBeGreaterThan(0);
      expect(Date.parse(data.generated.at)).not.toBeNaN();
    });
  });

  test('places.geojson is a FeatureCollection with one feature per place', async () => {
    await withPage(site, {}, async (page) => {
      const { status, body } = await fetchText(page, DOWNLOADS.placesGeoJson);
      expect(status).toBe(200);
      const data = JSON.parse(body);
      expect(data.type).toBe('FeatureCollection');
      expect(data.features).toHaveLength(catalog.places.length);
      for (const f of data.features) {
        expect(f.type).toBe('Feature');
        if (f.geometry !== null) expect(f.geometry.type).toBe('Point');
      }
    });
  });

  test.each([
    [DOWNLOADS.servicesCsv, SERVICES_CSV_COLUMNS, catalog.services.length],
    [DOWNLOADS.placesCsv, PLACES_CSV_COLUMNS, catalog.places.length],
  ] as const)('%s is RFC 4180 CSV with one row per record', async (path, columns, count) => {
    await withPage(site, {}, async (page) => {
      const { status, type, body } = await fetchText(page, path);
      expect(status).toBe(200);
      expect(type).toContain('text/csv');
      const parsed = parseCsv(body, path, { delimiter: ',', quote: '"' });
      expect(parsed.problems).toEqual([]);
      expect(parsed.header).toEqual([...columns]);
      expect(parsed.rows).toHaveLength(count);
    });
  });

  test.each([DOWNLOADS.serviceSchema, DOWNLOADS.placeSchema])('%s is a JSON Schema', async (path) => {
    await withPage(site, {}, async (page) => {
      const { status, body } = await fetchText(page, path);
      expect(status).toBe(200);
      const schema = JSON.parse(body);
      expect(schema.$schema).toMatch(/json-schema\.org/);
      expect(schema.type).toBe('object');
    });
  });

  test('cpsv-ap.jsonld has one cpsv:PublicService per service', async () => {
    await withPage(site, {}, async (page) => {
      const { status, body } = await fetchText(page, DOWNLOADS.cpsvAp);
      expect(status).toBe(200);
      const doc = JSON.parse(body);
      expect(doc['@context'].cpsv).toBe('http://purl.org/vocab/cpsv#');
      const services = doc['@graph'].filter((n: { '@type': string }) => n['@type'] === 'cpsv:PublicService');
      expect(services).toHaveLength(catalog.services.length);
    });
  });

  test('sitemap.xml lists every service and place page with alternates, and robots.txt names it', async () => {
    await withPage(site, {}, async (page) => {
      const sitemap = await fetchText(page, '/sitemap.xml');
      expect(sitemap.status).toBe(200);
      const locs = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
      for (const s of catalog.services) expect(locs).toContain(pathFor('en', { kind: 'service', slug: s.slug }));
      for (const p of catalog.places) expect(locs).toContain(pathFor('lv', { kind: 'place', slug: p.id }));
      expect(sitemap.body.match(/<url>/g)).toHaveLength(sitemap.body.match(/hreflang="x-default"/g)!.length);
      const robots = await fetchText(page, '/robots.txt');
      expect(robots.body).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    });
  });

  test.each(['lv', 'en'] as const)('the %s about page links every download', async (lang) => {
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'about' })));
      const hrefs = await page
        .locator('#open-data a[href^="/data/"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.sort()).toEqual(Object.values(DOWNLOADS).sort());
    });
  });
});

describe('JSON-LD on pages', () => {
  test.each(['lv', 'en'] as const)('a %s service page carries a GovernmentService', async (lang) => {
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'service', slug: SERVICE })));
      const blocks = await jsonLdBlocks(page);
      const service = blocks.find((b) => b['@type'] === 'GovernmentService');
      expect(service, 'a GovernmentService block').toBeDefined();
      const record = catalog.services.find((s) => s.slug === SERVICE)!;
      expect(service!.name).toBe(lang === 'lv' ? record.name.lv : record.name.en.text);
      expect(Array.isArray(service!.availableChannel)).toBe(true);
    });
  });

  test.each(['lv', 'en'] as const)('a %s place page carries a GovernmentOffice', async (lang) => {
    const id = firstPlaceId();
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'place', slug: id })));
      const blocks = await jsonLdBlocks(page);
      expect(blocks.map((b) => b['@type'])).toContain('GovernmentOffice');
    });
  });
});

describe('front desk', () => {
  test('the printed service card hides navigation and keeps the QR code and the checklist', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(pathFor('lv', { kind: 'service', slug: SERVICE })));
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-nav', '.site-footer', '.front-desk-buttons']) {
        expect(await page.locator(selector).first().isVisible(), `${selector} hidden in print`).toBe(false);
      }
      const qr = page.locator('.qr-code svg[role="img"]');
      expect(await qr.isVisible(), 'the QR code prints').toBe(true);
      expect(await qr.getAttribute('aria-label')).toContain(pathFor('lv', { kind: 'service', slug: SERVICE }));
      expect(await page.locator('.checklist input[type="checkbox"]').count()).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('.site-nav').isVisible()).toBe(true);
    });
  });

  test('without JavaScript there are no dead buttons, and the other-language card link still works', async () => {
    await withPage(site, { javaScriptEnabled: false }, async (page) => {
      await page.goto(site.url(pathFor('lv', { kind: 'service', slug: SERVICE })));
      expect(await page.locator('.front-desk button').filter({ visible: true }).count()).toBe(0);
      const link = page.locator('a[data-print-other]');
      expect(await link.getAttribute('href')).toBe(`${pathFor('en', { kind: 'service', slug: SERVICE })}?print=1`);
      expect(await page.locator('.qr-code svg').count()).toBe(1);
    });
  });

  test('Copy link puts the page address on the clipboard and says so', async () => {
    await withPage(site, {}, async (page, guard) => {
      await guard.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
      const path = pathFor('en', { kind: 'service', slug: SERVICE });
      await page.goto(site.url(path));
      const copy = page.getByRole('button', { name: 'Copy link' });
      await copy.click();
      await expect.poll(() => page.locator('[data-front-desk-status]').innerText()).toBe('Link copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(site.url(path));
      expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
    });
  });

  test('the other-language link opens the English card and starts printing once', async () => {
    await withPage(site, {}, async (page) => {
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await page.goto(site.url(pathFor('lv', { kind: 'service', slug: SERVICE })));
      const en = pathFor('en', { kind: 'service', slug: SERVICE });
      await Promise.all([page.waitForURL((url) => url.pathname === en), page.locator('a[data-print-other]').click()]);
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      expect(new URL(page.url()).search, 'the ?print=1 flag is dropped so a reload does not print again').toBe('');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    });
  });
});

describe('offline after the first visit', () => {
  test('a visited service page opens again without a network', async () => {
    // Service workers must run here, so this context does not block them as withPage does;
    // requests off 127.0.0.1 are still refused.
    const context = await site.browser.newContext({
      serviceWorkers: 'allow',
      locale: 'en-GB',
      timezoneId: 'Europe/Riga',
    });
    const offsite: string[] = [];
    await context.route(
      (url) => !isLocal(url.href),
      (route) => {
        offsite.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const first = pathFor('en', { kind: 'service', slug: SERVICE_SLUGS[0] });
      const second = pathFor('lv', { kind: 'service', slug: SERVICE_SLUGS[1] });
      await page.goto(site.url(first));
      const heading = await page.locator('h1').innerText();
      await page.locator('html[data-offline-ready]').waitFor({ state: 'attached' });
      // A second page, visited while the worker is in charge, is cached by the worker itself.
      await page.goto(site.url(second));
      const secondHeading = await page.locator('h1').innerText();

      await context.setOffline(true);
      await page.goto(site.url(first));
      expect(await page.locator('h1').innerText()).toBe(heading);
      await page.reload();
      expect(await page.locator('h1').innerText()).toBe(heading);
      await page.goto(site.url(second));
      expect(await page.locator('h1').innerText()).toBe(secondHeading);
      expect(offsite).toEqual([]);
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });
});
