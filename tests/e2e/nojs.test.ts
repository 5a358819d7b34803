// With JavaScript off the site still does its job: search goes to the A–Z list,
// a service page says how to request and how to receive, a municipality lists places.
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { linkPaths, textBesideHeadings } from './inspect.ts';
import { LANGS, RIGA, SERVICE_SLUGS, firstNovadsSlug, pathFor, uiText } from './site.ts';

const site = useSite();
const noJs = { javaScriptEnabled: false };

/** A word people type to find the passport service. */
const QUERY = { lv: 'pase', en: 'passport' } as const;

describe.each(LANGS)('without JavaScript, in %s', (lang) => {
  test('the home page search form submits to the A–Z list', async () => {
    await withPage(site, noJs, async (page) => {
      const response = await page.goto(site.url(pathFor(lang, { kind: 'home' })));
      expect(response?.status()).toBe(200);
      const form = page.locator('form[role="search"]');
      expect(await form.count(), 'one form[role=search] on the home page').toBe(1);
      const input = form.locator('input[name="q"]');
      expect(await input.count(), 'an input name="q" in the search form').toBe(1);
      expect(await input.isVisible()).toBe(true);

      const azPath = pathFor(lang, { kind: 'services' });
      await input.fill(QUERY[lang]);
      const [landing] = await Promise.all([
        page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().frame() === page.mainFrame()),
        input.press('Enter'),
      ]);
      await page.waitForLoadState('load');
      const url = new URL(page.url());
      expect(url.pathname, 'the search lands on the A–Z list').toBe(azPath);
      expect(url.searchParams.get('q')).toBe(QUERY[lang]);
      expect(landing.status()).toBe(200);
      expect(await page.locator('h1').count()).toBe(1);
      const links = await linkPaths(page);
      expect(links, 'the A–Z list links to the passport service').toContain(
        pathFor(lang, { kind: 'service', slug: 'passport-eid' }),
      );
    });
  });

  test.each(SERVICE_SLUGS)('service %s shows how to request and how to receive it', async (slug) => {
    await withPage(site, noJs, async (page) => {
      const path = pathFor(lang, { kind: 'service', slug });
      const response = await page.goto(site.url(path));
      expect(response?.status()).toBe(200);
      for (const [id, key] of [
        ['request', 'service.howToRequest'],
        ['receive', 'service.howToReceive'],
      ] as const) {
        const section = page.locator(`#${id}`);
        expect(await section.count(), `${path}: a section with id="${id}"`).toBe(1);
        expect(await section.isVisible(), `${path}: #${id} is visible`).toBe(true);
        const heading = section.locator('h2, h3').first();
        expect(await heading.count(), `${path}: #${id} has a heading`).toBe(1);
        expect(await heading.innerText()).toContain(uiText(lang, key));
        expect(await textBesideHeadings(section), `${path}: #${id} lists at least one channel`).not.toBe('');
      }
    });
  });

  test.each([RIGA, firstNovadsSlug()])('municipality %s lists places to go', async (slug) => {
    await withPage(site, noJs, async (page) => {
      const path = pathFor(lang, { kind: 'municipality', slug });
      const response = await page.goto(site.url(path));
      expect(response?.status(), `${path} should load`).toBe(200);
      const placePrefix = pathFor(lang, { kind: 'place', slug: 'x' }).replace(/x\/$/, '');
      const placeLinks = (await linkPaths(page.locator('main'))).filter((p) => p.startsWith(placePrefix));
      expect(placeLinks.length, `${path}: links to places (${placePrefix}…) in <main>`).toBeGreaterThan(0);
    });
  });
});
