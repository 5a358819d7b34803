// The map: shown on request after the list, Leaflet loaded only then; markers
// reachable by keyboard with the place's name; on a service page the markers carry the list's
// numbers and choosing one moves focus to that list item (a Leaflet popup would leave
// focus in the map, github.com/Leaflet/Leaflet/issues/8114); elsewhere popups close on Escape and focus returns to the marker; controls labelled in the page's language; attribution shown; tiles answered from
// the fixture, or blocked (the list and the markers still work and a message says so); axe
// clean with the map open.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { isTileUrl, useSite, withPage } from './browser.ts';
import { expectNoAxeViolations } from './axe.ts';
import { LANGS, pathFor, uiText as text, type Lang } from './site.ts';

const site = useSite();

const SERVICE = 'residence-declaration';
const VALMIERA_NOVADS = '0054000';
/** A place with coordinates (Valmieras novads has exactly this one located place). */
const PLACE = 'vpvkac-mazsalaca';

const markers = (page: Page) => page.locator('.leaflet-marker-icon');

/** The service page with the nearest places to Valmieras novads listed. */
async function openResults(page: Page, lang: Lang): Promise<number> {
  const path = pathFor(lang, { kind: 'service', slug: SERVICE }) + `?pasvaldiba=${VALMIERA_NOVADS}`;
  expect((await page.goto(site.url(path)))?.status()).toBe(200);
  await page.locator('.nearest-results > li').first().waitFor();
  return page.locator('.nearest-results > li').count();
}

async function showMap(page: Page, lang: Lang): Promise<void> {
  const button = page.getByRole('button', { name: text(lang, 'map.show') });
  expect(await button.getAttribute('aria-expanded')).toBe('false');
  await button.click();
  await page.getByRole('region', { name: text(lang, 'map.label') }).waitFor();
  await markers(page).first().waitFor();
}

describe.each(LANGS)('the map in %s', (lang) => {
  test('nothing of Leaflet loads until "Show map"; then the results, the origin and localized controls', async () => {
    await withPage(site, {}, async (page, guard) => {
      const loaded: string[] = [];
      page.on('request', (r) => loaded.push(r.url()));
      const count = await openResults(page, lang);
      expect(loaded.filter((u) => u.includes('leaflet'))).toEqual([]);
      expect(await page.locator('#leaflet-css').count()).toBe(0);
      await showMap(page, lang);
      expect(loaded.some((u) => u.includes('leaflet-map'))).toBe(true);
      // A marker for every result (some shared), plus the origin.
      await expect.poll(() => markers(page).count()).toBeGreaterThan(1);
      expect(await markers(page).count()).toBeLessThanOrEqual(count + 1);
      const names = await markers(page).evaluateAll((els) =>
        els.map((e) => ({
          alt: e.getAttribute('alt') ?? e.getAttribute('aria-label'),
          tab: e.getAttribute('tabindex'),
          role: e.getAttribute('role'),
        })),
      );
      for (const n of names) {
        expect(n.alt).toBeTruthy();
        expect(n.tab).toBe('0');
        expect(n.role).toBe('button');
      }
      expect(names.map((n) => n.alt)).toContain(text(lang, 'map.origin'));
      // The results' markers carry the list's numbers: "1. name", "2. name", … (places on the same
      // spot share one marker: "8. name; 9. name").
      const listed = (await page.locator('.nearest-results > li h4').allTextContents()).map(
        (t, i) => `${i + 1}. ${t.trim()}`,
      );
      const onMap = names
        .map((n) => n.alt!)
        .filter((a) => a !== text(lang, 'map.origin'))
        .flatMap((a) => a.split('; '));
      expect(onMap.sort()).toEqual([...listed].sort());
      expect(await page.locator('.map-number-icon span').first().textContent()).toMatch(/^1(, \d+)*$/);
      expect(await page.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe(text(lang, 'map.zoomIn'));
      expect(await page.locator('.leaflet-control-zoom-out').getAttribute('title')).toBe(text(lang, 'map.zoomOut'));
      const attribution = page.locator(
        '.leaflet-control-attribution a[href="https://www.openstreetmap.org/copyright"]',
      );
      expect(await attribution.textContent()).toBe('OpenStreetMap');
      // Tiles came from the fixture; no message about missing tiles.
      await expect.poll(() => guard.tiles.length).toBeGreaterThan(0);
      expect(await page.locator('.map-notice').textContent()).toBe('');
    });
  });

  test('with tiles blocked the list and the markers still work, and a message says so', async () => {
    await withPage(site, { fulfilTiles: false }, async (page, guard) => {
      const count = await openResults(page, lang);
      await showMap(page, lang);
      const notice = page.locator('.map-notice[role="status"]');
      await expect.poll(() => notice.textContent()).toBe(text(lang, 'map.tilesFailed'));
      expect(await markers(page).count()).toBeGreaterThan(1);
      expect(await page.locator('.nearest-results > li').count()).toBe(count);
      // The only requests that tried to leave were tiles; the guard aborted them.
      expect(guard.offsite.length).toBeGreaterThan(0);
      expect(guard.offsite.every(isTileUrl)).toBe(true);
      guard.offsite.length = 0;
    });
  });

  test('choosing a numbered marker by keyboard moves focus to that list item, not into the map', async () => {
    await withPage(site, {}, async (page) => {
      await openResults(page, lang);
      await showMap(page, lang);
      const name = (await page.locator('.nearest-results h4').first().textContent())!.trim();
      await page.locator(`.leaflet-marker-icon[aria-label^="1. ${name.replace(/"/g, '\\"')}"]`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('nearest-result-0');
      expect(await page.locator('.leaflet-popup').count()).toBe(0);
      // Tab goes on from the list item to its link: nothing traps the keyboard in the map.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.nearest-results > li')?.id)).toBe(
        'nearest-result-0',
      );
    });
  });

  test('on a municipality page a marker opens its popup from the keyboard; Escape closes it and focus returns to the marker', async () => {
    await withPage(site, {}, async (page) => {
      expect((await page.goto(site.url(pathFor(lang, { kind: 'municipality', slug: 'riga' }))))?.status()).toBe(200);
      await showMap(page, lang);
      const name = (await markers(page).first().getAttribute('alt'))!;
      const marker = page.locator(`.leaflet-marker-icon[alt="${name.replace(/"/g, '\\"')}"]`).first();
      await marker.focus();
      await page.keyboard.press('Enter');
      const popup = page.locator('.leaflet-popup');
      await popup.waitFor();
      expect(await popup.locator('.map-popup-title').textContent()).toBe(name);
      expect(await page.evaluate(() => !!document.activeElement?.closest('.leaflet-popup'))).toBe(true);
      await page.keyboard.press('Escape');
      await popup.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('alt'))).toBe(name);
    });
  });

  test('axe is clean with the map open on a service page', async () => {
    await withPage(site, {}, async (page) => {
      await openResults(page, lang);
      await showMap(page, lang);
      await expectNoAxeViolations(page);
    });
  });

  test('the place page shows its one marker, and the municipality page its places', async () => {
    await withPage(site, {}, async (page) => {
      expect((await page.goto(site.url(pathFor(lang, { kind: 'place', slug: PLACE }))))?.status()).toBe(200);
      await showMap(page, lang);
      expect(await markers(page).count()).toBe(1);
      const title = (await page.locator('h1').textContent())!.trim();
      expect(await markers(page).first().getAttribute('title')).toBe(title);
      await expectNoAxeViolations(page);

      expect((await page.goto(site.url(pathFor(lang, { kind: 'municipality', slug: 'riga' }))))?.status()).toBe(200);
      await showMap(page, lang);
      expect(await markers(page).count()).toBeGreaterThan(1);
    });
  });
});

test('without JavaScript no map button is shown', async () => {
  await withPage(site, { javaScriptEnabled: false }, async (page) => {
    await page.goto(site.url(pathFor('en', { kind: 'place', slug: PLACE })));
    expect(await page.locator('.places-map').count()).toBe(0);
    expect(await page.locator('h1').count()).toBe(1);
  });
});
