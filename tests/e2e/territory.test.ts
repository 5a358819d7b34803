// The report's territorial view: every municipality and parish with its distances, complete
// without JavaScript and sortable with it; the map of parishes in distance bands arrives only
// on request (Leaflet from its one module), with tiles from the fixture, one mark per parish,
// a text legend whose counts match the table, and no axe or CSP violation with the map open.
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { expectNoAxeViolations } from './axe.ts';
import { LANGS, pathFor, uiText as text, type Lang } from './site.ts';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { DISTANCE_BANDS, territorialView } from '../../src/lib/access/report-coverage.ts';

const site = useSite();
const noJs = { javaScriptEnabled: false };
const view = territorialView(loadCatalog());

describe.each(LANGS)('the territorial view in %s', (lang: Lang) => {
  const path = pathFor(lang, { kind: 'accessReportTerritory' });

  test('without JavaScript: every municipality and parish with a distance to the nearest VPVKAC, farthest first; no map button', async () => {
    await withPage(site, noJs, async (page) => {
      expect((await page.goto(site.url(path)))?.status()).toBe(200);
      expect(await page.locator('#territory-municipalities tbody tr').count()).toBe(view.municipalities.length);
      expect(await page.locator('#territory-parishes tbody tr').count()).toBe(view.parishes.length);
      // One column per set of points: the VPVKAC basket, then each institution with points.
      expect(await page.locator('#territory-parishes thead th').count()).toBe(3 + view.sets.length);
      const sorted = await page
        .locator('#territory-parishes tbody tr')
        .evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLTableRowElement).cells[3]!.dataset.sortValue)));
      expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
      // The farthest parish is named with its distance in the page's language.
      const farthest = [...view.parishes].sort((a, b) => b.metres[0]! - a.metres[0]!)[0]!;
      const first = page.locator('#territory-parishes tbody tr').first();
      expect(await first.getAttribute('data-area')).toBe(farthest.id);
      // textContent: the section is rendered only when scrolled near (content-visibility), so innerText is empty until then.
      expect(await first.locator('td').nth(1).textContent()).toBe(text(lang, 'territory.band.over-25'));
      expect(await first.locator('td').nth(2).textContent()).toMatch(
        lang === 'lv' ? /^\d+(,\d)? km$/ : /^\d+(\.\d)? km$/,
      );
      for (const band of DISTANCE_BANDS) {
        expect(await page.locator(`#band-legend li[data-band="${band}"]`).innerText()).toContain(
          String(view.bandCounts[band]),
        );
        expect(await page.locator(`#territory-parishes tbody tr[data-band="${band}"]`).count()).toBe(
          view.bandCounts[band],
        );
      }
      expect(await page.locator('.band-map-toggle').isVisible()).toBe(false);
    });
  });

  test('with JavaScript: Leaflet only on request, one mark per parish, tiles from the fixture, axe and CSP clean', async () => {
    await withPage(site, {}, async (page, guard) => {
      const loaded: string[] = [];
      page.on('request', (r) => loaded.push(r.url()));
      await page.goto(site.url(path));
      const button = page.locator('.band-map-toggle');
      await page.getByRole('button', { name: text(lang, 'territory.mapShow') }).waitFor();
      expect(loaded.filter((u) => u.includes('leaflet'))).toEqual([]);
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await button.innerText()).toBe(text(lang, 'map.hide'));
      await page.getByRole('region', { name: text(lang, 'territory.mapLabel') }).waitFor();
      const marks = page.locator('#band-map-canvas path.leaflet-interactive');
      await expect.poll(() => marks.count()).toBe(view.parishes.filter((p) => p.band !== 'unknown').length);
      expect(loaded.some((u) => u.includes('leaflet-map'))).toBe(true);
      await expect.poll(() => guard.tiles.length).toBeGreaterThan(0);
      expect(await page.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe(text(lang, 'map.zoomIn'));
      await expectNoAxeViolations(page);
      // Sorting a table by keyboard still works with the map open.
      const parishHeader = page.locator('#territory-parishes thead th').first();
      await parishHeader.locator('button').focus();
      await page.keyboard.press('Enter');
      expect(await parishHeader.getAttribute('aria-sort')).toBe('ascending');
    });
  }, 240_000);
});
