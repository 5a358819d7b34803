// Offline: a page never opened on this device gets the offline page of its language,
// which says what works offline and lists the pages saved here; the place finder's data files,
// once used, are kept, so the finder answers again without a network.
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { isLocal, recordCspViolations, assertNoCspViolations, useSite } from './browser.ts';
import { SERVICE_SLUGS, pathFor, uiText as text } from './site.ts';

const site = useSite();

/** A context where the site's service worker runs and nothing leaves 127.0.0.1. */
async function workerContext(): Promise<{ context: BrowserContext; offsite: string[]; csp: string[] }> {
  const context = await site.browser.newContext({
    serviceWorkers: 'allow',
    locale: 'en-GB',
    timezoneId: 'Europe/Riga',
  });
  const offsite: string[] = [];
  const csp = await recordCspViolations(context);
  await context.route(
    (url) => !isLocal(url.href),
    (route) => {
      offsite.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return { context, offsite, csp };
}

/** Opens a page and waits until the service worker has taken over and kept it. */
async function visitOnline(page: Page, path: string): Promise<string> {
  await page.goto(site.url(path));
  await page.locator('html[data-offline-ready]').waitFor({ state: 'attached' });
  return page.locator('h1').innerText();
}

describe('offline', () => {
  test.each(['lv', 'en'] as const)(
    'a page never opened gets the offline page in %s, listing the saved pages',
    async (lang) => {
      const { context, offsite, csp } = await workerContext();
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        const home = pathFor(lang, { kind: 'home' });
        await visitOnline(page, home);
        // A second page, visited while the worker is in charge, is saved by the worker itself.
        const saved = pathFor(lang, { kind: 'services' });
        const savedTitle = await visitOnline(page, saved);

        await context.setOffline(true);
        const never = pathFor(lang, { kind: 'service', slug: SERVICE_SLUGS[1] });
        await page.goto(site.url(never));
        expect(await page.locator('h1').innerText()).toBe(text(lang, 'offline.title'));
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await page.locator('main').innerText()).toContain(text(lang, 'offline.available.places'));
        const list = page.locator('[data-offline-saved]');
        await list.waitFor({ state: 'visible' });
        const links = await list
          .locator('a')
          .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
        expect(links).toContainEqual([savedTitle, saved]);
        expect(links.map(([, href]) => href)).not.toContain(never);
        // The listed page opens offline.
        await list.locator(`a[href="${saved}"]`).click();
        await page.waitForURL(site.url(saved));
        expect(await page.locator('h1').innerText()).toBe(savedTitle);
        expect(offsite).toEqual([]);
        assertNoCspViolations(csp);
      } finally {
        await context.setOffline(false);
        await context.close();
      }
    },
  );

  test('the place finder answers offline once it has been used', async () => {
    const { context, offsite } = await workerContext();
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const path = pathFor('en', { kind: 'service', slug: 'residence-declaration' });
      await visitOnline(page, path);
      const find = async () => {
        const input = page.locator('#nearest-place[role="combobox"]');
        await input.click();
        await input.fill('');
        await page.keyboard.type('rujiena', { delay: 20 });
        await page.locator('#nearest-options [role="option"]').first().waitFor();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await page.locator('.nearest-results > li').first().waitFor();
        return page.locator('.nearest-results h4').allTextContents();
      };
      const online = await find();
      expect(online.length).toBeGreaterThan(0);
      const kept = await page.evaluate(async () =>
        (await (await caches.open('pieejams-place-data')).keys()).map((r) => new URL(r.url).pathname).sort(),
      );
      expect(kept).toEqual(['/data/gazetteer-compact.json', '/data/places-compact.json']);

      await context.setOffline(true);
      await page.goto(site.url(path));
      expect(await find()).toEqual(online);
      expect(offsite).toEqual([]);
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });
});
