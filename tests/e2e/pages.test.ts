// Every kind of page, in both languages: it loads, says its language, has one
// main heading and a title, and points to itself in the other language.
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { alternateLinks, linkPaths } from './inspect.ts';
import { LANGS, SERVICE_SLUGS, alternatePaths, firstPlaceId, pathFor, sitePages, uiText } from './site.ts';

const site = useSite();
const pages = sitePages();

describe.each(LANGS)('pages in %s', (lang) => {
  const other = lang === 'lv' ? 'en' : 'lv';

  for (const { name, ref } of pages) {
    test(name, async () => {
      const path = pathFor(lang, ref);
      await withPage(site, {}, async (page) => {
        const response = await page.goto(site.url(path));
        expect(response?.status(), `${path} should load`).toBe(200);
        expect(await page.locator('html').getAttribute('lang'), `${path}: <html lang>`).toBe(lang);
        expect(await page.locator('h1').count(), `${path}: exactly one <h1>`).toBe(1);
        expect((await page.title()).trim(), `${path}: <title>`).not.toBe('');

        const alternates = await alternateLinks(page);
        const expected = alternatePaths(ref);
        expect(alternates[lang], `${path}: hreflang="${lang}" link`).toEqual([expected[lang]]);
        expect(alternates[other], `${path}: hreflang="${other}" link`).toEqual([expected[other]]);
        expect(alternates['x-default'], `${path}: hreflang="x-default" link`).toHaveLength(1);
        expect([expected.lv, expected.en], `${path}: x-default is this page in one of the languages`).toContain(
          alternates['x-default']![0],
        );
      });
    });
  }

  test.each(SERVICE_SLUGS)('the language switch on service %s leads to the same service', async (slug) => {
    const ref = { kind: 'service', slug } as const;
    await withPage(site, {}, async (page) => {
      const response = await page.goto(site.url(pathFor(lang, ref)));
      expect(response?.status()).toBe(200);
      const switchLink = page.locator('header a[hreflang]');
      expect(await switchLink.count(), 'one language switch link (a[hreflang]) in the header').toBe(1);
      expect(await switchLink.getAttribute('hreflang')).toBe(other);
      await Promise.all([page.waitForURL((url) => url.pathname === pathFor(other, ref)), switchLink.click()]);
      expect(await page.locator('html').getAttribute('lang')).toBe(other);
      expect(await page.locator('h1').count()).toBe(1);
    });
  });
});

describe('the root and unknown addresses', () => {
  test('/ sends people to the Latvian home page, with and without JavaScript', async () => {
    await withPage(site, { javaScriptEnabled: false }, async (page) => {
      const response = await page.goto(site.url('/'), { waitUntil: 'commit' });
      expect(response?.status()).toBe(200);
      await page.waitForURL((url) => url.pathname === '/lv/');
      expect(await page.locator('html').getAttribute('lang')).toBe('lv');
    });
    await withPage(site, { javaScriptEnabled: false }, async (page) => {
      // Read the redirect page itself, without following it.
      const html = await (await page.request.get(site.url('/'), { maxRedirects: 0 })).text();
      expect(html, 'a <meta http-equiv="refresh"> to /lv/').toMatch(
        /<meta[^>]+http-equiv=["']?refresh["']?[^>]+\/lv\//i,
      );
      expect(html, 'a link to /lv/ for browsers that ignore the refresh').toMatch(/<a[^>]+href=["'][^"']*\/lv\/["']/i);
    });
  });

  test('an unknown address answers 404 with links home and to the A–Z list in both languages', async () => {
    await withPage(site, {}, async (page) => {
      const response = await page.goto(site.url('/lv/sis-adreses-nav/'));
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').count(), 'exactly one <h1>').toBe(1);
      expect((await page.title()).trim()).not.toBe('');
      const links = await linkPaths(page);
      for (const lang of LANGS) {
        expect(links, `a link to the ${lang} home page`).toContain(pathFor(lang, { kind: 'home' }));
        expect(links, `a link to the ${lang} A–Z list`).toContain(pathFor(lang, { kind: 'services' }));
      }
    });
  });

  test.each([true, false])('the 404 page searches in both languages (JavaScript %s)', async (javaScriptEnabled) => {
    await withPage(site, { javaScriptEnabled }, async (page) => {
      for (const lang of LANGS) {
        await page.goto(site.url('/en/no-such-page/'));
        // With JavaScript, type only once the search islands have hydrated (they render the box anew).
        if (javaScriptEnabled)
          await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
        const form = page.locator(`form[action="${pathFor(lang, { kind: 'services' })}"]`);
        expect(await form.count(), `one ${lang} search form`).toBe(1);
        expect(await form.evaluate((f) => f.closest('[lang]')?.getAttribute('lang'))).toBe(lang);
        const box = form.getByLabel(uiText(lang, 'search.label'));
        await box.fill('pase');
        await box.press('Enter');
        await page.waitForURL((url) => url.pathname === pathFor(lang, { kind: 'services' }));
        expect(new URL(page.url()).searchParams.get('q')).toBe('pase');
      }
    });
  });

  test('a service that does not exist answers 404', async () => {
    await withPage(site, {}, async (page) => {
      const response = await page.goto(site.url('/en/services/no-such-service/'));
      expect(response?.status()).toBe(404);
    });
  });
});

describe('privacy', () => {
  test.each(LANGS)('no request leaves 127.0.0.1 on the %s home, service and place pages', async (lang) => {
    const refs = [
      { kind: 'home' },
      { kind: 'service', slug: SERVICE_SLUGS[0] },
      { kind: 'place', slug: firstPlaceId() },
    ] as const;
    for (const ref of refs) {
      await withPage(site, {}, async (page, guard) => {
        await page.goto(site.url(pathFor(lang, ref)), { waitUntil: 'networkidle' });
        expect(guard.offsite, `${pathFor(lang, ref)} asked other servers`).toEqual([]);
      });
    }
  });
});
