// The search island in the built site, both languages: results as one types with the count in
// a polite live region, arrow keys and Enter, Escape, "/" from anywhere, ?q= kept and restored,
// the "nothing found" way out, axe with results open, and the form without JavaScript.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { LANGS, pathFor, uiStrings, type Lang } from './site.ts';

const site = useSite();

/** What people type for the passport service, and a word that finds nothing. */
const QUERY = { lv: 'pase', en: 'passport' } as const;
const NOTHING = 'qqxxzzqq';

/** The page with the island switched on (client:idle has run and made the input a combobox). */
async function open(page: Page, lang: Lang, path = pathFor(lang, { kind: 'home' })): Promise<void> {
  const response = await page.goto(site.url(path));
  expect(response?.status()).toBe(200);
  await page.locator('input#q[role="combobox"]').waitFor();
}

/** "5 rezultāti" / "5 results" as src/i18n says it for this count. */
function countText(lang: Lang, count: number): string {
  const strings = uiStrings(lang)!;
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
      const hrefs = await options(page).evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs[0], 'the passport service comes first').toBe(service);
      // Each result says, in words, which kinds of channel exist.
      const envs = uiStrings(lang)!;
      const first = await options(page).first().innerText();
      expect([envs['channel.env.electronic'], envs['channel.env.remote'], envs['channel.env.inPerson']].some((w) => first.includes(w))).toBe(true);
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
      expect(await options(page).first().evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe(service);
    });
  });

  test('nothing found: says so and offers the A–Z list and life situations', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      await page.locator('#q').focus();
      await page.keyboard.type(NOTHING);
      const none = page.locator('.search-none');
      await none.waitFor();
      const said = uiStrings(lang)!['search.noResults'].replace('{{query}}', NOTHING);
      await expect.poll(() => page.locator('[role="status"]').innerText(), { timeout: 5000 }).toBe(said);
      const paths = await none.locator('a[href]').evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(paths).toContain(pathFor(lang, { kind: 'services' }));
      expect(paths.some((p) => p.startsWith(pathFor(lang, { kind: 'lifeSituation', slug: 'x' }).replace(/x\/$/, '')))).toBe(true);
      expect(await page.locator('#q').getAttribute('aria-expanded')).toBe('false');
    });
  });

  test('axe finds no violations with results open and one active', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      await page.locator('#q').focus();
      await page.keyboard.type(QUERY[lang]);
      await options(page).first().waitFor();
      await page.keyboard.press('ArrowDown');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
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
