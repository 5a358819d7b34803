// The search island in the built site, both languages: results as one types with the count in
// a polite live region, arrow keys and Enter, Escape, "/" from anywhere, ?q= kept and restored,
// the "nothing found" way out with did-you-mean, axe with results open, the form without
// JavaScript; everyday words in four languages, the 200-character limit, pasted and invisible characters.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { expectNoAxeViolations } from './axe.ts';
import { LANGS, pathFor, uiStrings, type Lang } from './site.ts';

const site = useSite();

/** What people type for the passport service, and a word that finds nothing. */
const QUERY = { lv: 'pase', en: 'passport' } as const;
const NOTHING = 'qqxxzzqq';
/** A misspelling that finds nothing directly, and the service did-you-mean must offer for it. */
const MISSPELT = { lv: ['jensija', 'old-age-pension'], en: ['bassport', 'passport-eid'] } as const;
/** How people ask, in the page's language and in Russian and Ukrainian, and the service each finds first. */
const EVERYDAY = {
  lv: [
    ['kur var dabūt id karti', 'passport-eid'],
    ['pārdevu mašīnu', 'vehicle-owner-change'],
    ['gribu šķirties', 'divorce-notary'],
  ],
  en: [
    ['employment permit', 'residence-permit'],
    ['how do I end my marriage', 'divorce-notary'],
  ],
} as const;
const CYRILLIC = [
  ['права на вождение', 'driving-licence'],
  ['больничный лист', 'sickness-benefit'],
  ['розлучення', 'divorce-notary'],
] as const;
const MAX = 200;

/** The page with the island switched on (client:idle has run and made the input a combobox). */
async function open(page: Page, lang: Lang, path = pathFor(lang, { kind: 'home' })): Promise<void> {
  const response = await page.goto(site.url(path));
  expect(response?.status()).toBe(200);
  await page.locator('input#q[role="combobox"]').waitFor();
}

/** "5 rezultāti" / "5 results" as src/i18n says it for this count. */
function countText(lang: Lang, count: number): string {
  const strings = uiStrings(lang);
  const category = new Intl.PluralRules(lang).select(count);
  return (strings[`search.results_${category}`] ?? strings['search.results_other']).replace('{{count}}', String(count));
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);

describe.each(LANGS)('search in %s', (lang) => {
  const service = pathFor(lang, { kind: 'service', slug: 'passport-eid' });
  const options = (page: Page) => page.locator('#q-results [role="option"]');

  test('typing shows linked results and the count in a polite live region', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      const input = page.locator('#q');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      await input.click();
      await page.keyboard.type(QUERY[lang], { delay: 30 });
      await options(page).first().waitFor();
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      expect(await input.getAttribute('aria-controls')).toBe('q-results');
      expect(await page.locator('#q-results').getAttribute('role')).toBe('listbox');
      const hrefs = await options(page).evaluateAll((els) =>
        els.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(hrefs[0], 'the passport service comes first').toBe(service);
      // Each result says, in words, which kinds of channel exist.
      const envs = uiStrings(lang);
      const first = await options(page).first().innerText();
      expect(
        [envs['channel.env.electronic'], envs['channel.env.remote'], envs['channel.env.inPerson']].some((w) =>
          first.includes(w),
        ),
      ).toBe(true);
      const status = page.locator('[role="status"]');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      await expect.poll(() => status.innerText(), { timeout: 5000 }).toBe(countText(lang, hrefs.length));
      expect(await activeId(page), 'focus stays in the box').toBe('q');
      expect(new URL(page.url()).searchParams.get('q'), 'the URL keeps the query').toBe(QUERY[lang]);
    });
  });

  test('arrow keys move through the results and Enter opens the active one', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      await page.locator('#q').focus();
      await page.keyboard.type(QUERY[lang]);
      await options(page).first().waitFor();
      const input = page.locator('#q');
      await page.keyboard.press('ArrowDown');
      expect(await input.getAttribute('aria-activedescendant')).toBe('q-option-0');
      expect(await page.locator('#q-option-0').getAttribute('aria-selected')).toBe('true');
      if ((await options(page).count()) > 1) {
        await page.keyboard.press('ArrowDown');
        expect(await input.getAttribute('aria-activedescendant')).toBe('q-option-1');
        await page.keyboard.press('ArrowUp');
        expect(await input.getAttribute('aria-activedescendant')).toBe('q-option-0');
      }
      expect(await activeId(page), 'focus stays in the box while moving').toBe('q');
      await Promise.all([page.waitForURL((url) => url.pathname === service), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe(service);
    });
  });

  test('Escape clears the box, closes the list and keeps focus', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      await page.locator('#q').focus();
      await page.keyboard.type(QUERY[lang]);
      await options(page).first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      const input = page.locator('#q');
      expect(await input.inputValue()).toBe('');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      expect(await input.getAttribute('aria-activedescendant')).toBeNull();
      expect(await options(page).count()).toBe(0);
      expect(await activeId(page)).toBe('q');
      expect(new URL(page.url()).searchParams.has('q')).toBe(false);
    });
  });

  test('"/" focuses the search from anywhere, but not while typing in a field', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      await page.locator('h1').click();
      await page.keyboard.press('/');
      expect(await activeId(page)).toBe('q');
      expect(await page.locator('#q').inputValue(), 'the slash is not typed into the box').toBe('');
      await page.keyboard.type('ab/');
      expect(await page.locator('#q').inputValue(), 'in a field "/" is just a character').toBe('ab/');
    });
  });

  test('?q= in the URL restores the results on the A–Z list', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang, `${pathFor(lang, { kind: 'services' })}?q=${encodeURIComponent(QUERY[lang])}`);
      expect(await page.locator('#q').inputValue()).toBe(QUERY[lang]);
      await options(page).first().waitFor();
      expect(
        await options(page)
          .first()
          .evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname),
      ).toBe(service);
    });
  });

  test('nothing found: says so and offers the A–Z list and life situations', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      await page.locator('#q').focus();
      await page.keyboard.type(NOTHING);
      const none = page.locator('.search-none');
      await none.waitFor();
      const said = uiStrings(lang)['search.noResults'].replace('{{query}}', NOTHING);
      await expect.poll(() => page.locator('[role="status"]').innerText(), { timeout: 5000 }).toBe(said);
      const paths = await none
        .locator('a[href]')
        .evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(paths).toContain(pathFor(lang, { kind: 'services' }));
      expect(
        paths.some((p) => p.startsWith(pathFor(lang, { kind: 'lifeSituation', slug: 'x' }).replace(/x\/$/, ''))),
      ).toBe(true);
      expect(await page.locator('#q').getAttribute('aria-expanded')).toBe('false');
    });
  });

  test.each([...EVERYDAY[lang], ...CYRILLIC])(
    '"%s" finds %s first, named in the page\'s language',
    async (query, slug) => {
      await withPage(site, {}, async (page) => {
        await open(page, lang);
        await page.locator('#q').focus();
        await page.keyboard.insertText(query);
        await options(page).first().waitFor();
        const first = options(page).first();
        expect(await first.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe(
          pathFor(lang, { kind: 'service', slug }),
        );
        const names = JSON.parse(
          readFileSync(new URL(`../../data/services/${slug}.json`, import.meta.url), 'utf8'),
        ).name;
        expect(await first.locator('.search-option-name').innerText()).toBe(lang === 'lv' ? names.lv : names.en.text);
      });
    },
  );

  test('nothing found: did you mean offers a service near the misspelt word', async () => {
    const [word, slug] = MISSPELT[lang];
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      await page.locator('#q').focus();
      await page.keyboard.type(word);
      const none = page.locator('.search-none');
      await none.waitFor();
      expect(await none.innerText()).toContain(uiStrings(lang)['search.didYouMean']);
      const offered = await none
        .locator('.search-suggestions a')
        .evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(offered).toContain(pathFor(lang, { kind: 'service', slug }));
      await expectNoAxeViolations(page);
    });
  });

  test('a pasted 100 KB text: the box keeps 200 characters, says so politely, and the URL and live region stay short', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      const input = page.locator('#q');
      await input.focus();
      await page.keyboard.insertText(`${QUERY[lang]} `.repeat(20_000));
      expect((await input.inputValue()).length).toBe(MAX);
      const limit = page.locator('#q-limit');
      await limit.waitFor();
      expect(await limit.innerText()).toBe(uiStrings(lang)['search.tooLong'].replace('{{max}}', String(MAX)));
      expect(await input.getAttribute('aria-describedby')).toContain('q-limit');
      expect(new URL(page.url()).searchParams.get('q')!.length).toBeLessThanOrEqual(MAX);
      await options(page).first().waitFor();
      await expect.poll(() => page.locator('[role="status"]').innerText(), { timeout: 5000 }).not.toBe('');
      expect((await page.locator('[role="status"]').innerText()).length).toBeLessThan(80);
      // The page still answers: clearing and typing anew gives results at once.
      await page.keyboard.press('Escape');
      await page.keyboard.type(QUERY[lang]);
      await options(page).first().waitFor();
      expect(await page.locator('#q-limit').count()).toBe(0);
      await expectNoAxeViolations(page);
    });
  });

  test('a long ?q= in the URL is cut to 200 characters in the box and the address bar', async () => {
    await withPage(site, {}, async (page) => {
      await open(
        page,
        lang,
        `${pathFor(lang, { kind: 'services' })}?q=${encodeURIComponent(`${QUERY[lang]} `.repeat(400))}`,
      );
      await expect.poll(() => page.locator('#q').inputValue()).toHaveLength(MAX);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length).toBeLessThanOrEqual(MAX);
      await options(page).first().waitFor();
    });
  });

  test('zero-width characters and full-width letters find what plain letters find', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      await page.locator('#q').focus();
      for (const typed of ['pa\u200Bse', 'ｐａｓｅ']) {
        await page.locator('#q').fill('');
        await page.keyboard.insertText(typed);
        await options(page).first().waitFor();
        expect(
          await options(page)
            .first()
            .evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname),
          typed,
        ).toBe(service);
      }
    });
  });

  test('without JavaScript the A–Z page says searching needs it and puts life situations and letters first', async () => {
    await withPage(site, { javaScriptEnabled: false }, async (page) => {
      await page.goto(site.url(`${pathFor(lang, { kind: 'services' })}?q=${encodeURIComponent(QUERY[lang])}`));
      const strings = uiStrings(lang);
      const notice = page.locator('.nojs-search');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toContain(strings['search.noJsNeeded']);
      // Document order: the notice's life situations, then the letter index, then the A–Z list
      // (locator.evaluate runs where page.evaluate cannot, with the page's JavaScript off).
      const order = await page.locator('main').evaluate((main) => {
        const follows = (a: Element | null, b: Element | null) =>
          !!a && !!b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        const situations = main.querySelector('.nojs-search li a');
        const letters = main.querySelector('.az-letters');
        const firstService = main.querySelector('section a');
        return { situationsFirst: follows(situations, letters), lettersBeforeList: follows(letters, firstService) };
      });
      expect(order).toEqual({ situationsFirst: true, lettersBeforeList: true });
      expect(await page.locator('#q').getAttribute('maxlength')).toBe(String(MAX));
    });
  });

  test('axe finds no violations on the A–Z page as it shows without JavaScript', async () => {
    // axe needs JavaScript, so the page is served as a browser without it renders it: the
    // <noscript> content in place and no scripts.
    const path = pathFor(lang, { kind: 'services' });
    await withPage(site, {}, async (page) => {
      const html = await (await fetch(site.url(path))).text();
      const noJs = html.replace(/<\/?noscript>/g, '').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
      await page.route(site.url(path), (route) =>
        route.fulfill({ body: noJs, contentType: 'text/html; charset=utf-8' }),
      );
      await page.goto(site.url(path));
      expect(await page.locator('.nojs-search').isVisible()).toBe(true);
      await expectNoAxeViolations(page);
    });
  });

  test('with JavaScript the A–Z page shows no such notice', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang, pathFor(lang, { kind: 'services' }));
      expect(await page.locator('.nojs-search').count()).toBe(0);
    });
  });

  test('axe finds no violations with results open and one active', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      await page.locator('#q').focus();
      await page.keyboard.type(QUERY[lang]);
      await options(page).first().waitFor();
      await page.keyboard.press('ArrowDown');
      await expectNoAxeViolations(page);
    });
  });

  test('the search index is loaded on first focus, not with the page', async () => {
    await withPage(site, {}, async (page) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await open(page, lang);
      await page.waitForLoadState('networkidle');
      const index = lang === 'lv' ? '/lv/meklet.json' : '/en/search.json';
      expect(requested).not.toContain(index);
      await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === index), page.locator('#q').focus()]);
    });
  });

  test('without JavaScript the form lands on the A–Z list with the query', async () => {
    await withPage(site, { javaScriptEnabled: false }, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'home' })));
      expect(await page.locator('#q').getAttribute('role'), 'no combobox role without the script').toBeNull();
      await page.locator('#q').fill(QUERY[lang]);
      await Promise.all([page.waitForNavigation(), page.locator('#q').press('Enter')]);
      const url = new URL(page.url());
      expect(url.pathname).toBe(pathFor(lang, { kind: 'services' }));
      expect(url.searchParams.get('q')).toBe(QUERY[lang]);
    });
  });
});
