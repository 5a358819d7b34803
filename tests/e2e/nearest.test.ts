// "Where are you?" and the nearest places on a service page, in both languages:
// typing a town or postcode (ARIA combobox, diacritics optional, suggestions for a misspelt
// name), choosing a municipality, the browser's location granted and denied, the choice kept
// in the URL and restored, filters, the "far away" note, and the page without JavaScript.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { LANGS, pathFor, uiText as text, type Lang } from './site.ts';

const site = useSite();

/** Offered at many VPVKAC across Latvia, so results are near anywhere. */
const SERVICE = 'residence-declaration';
/** Offered at few located places: from Rūjiena the nearest is far. */
const FAR_SERVICE = 'passport-eid';
/** Far from Rūjiena too, and can be requested online. */
const REMOTE_SERVICE = 'unemployed-status';
/** Far from Rūjiena, and only in person. */
const IN_PERSON_SERVICE = 'driving-licence';
const VALMIERA_NOVADS = '0054000';
/** Rūjiena's town centre, as a phone would report it. */
const RUJIENA = { latitude: 57.8967, longitude: 25.3312 };

async function open(page: Page, lang: Lang, slug = SERVICE, query = ''): Promise<void> {
  const response = await page.goto(site.url(pathFor(lang, { kind: 'service', slug }) + query));
  expect(response?.status()).toBe(200);
  await page.locator('#nearest-place[role="combobox"]').waitFor();
}

const results = (page: Page) => page.locator('.nearest-results > li');
const resultsHeading = (page: Page) => page.locator('#nearest-results-h');

/** Distances as the language writes them: "850 m", "1,2 km" / "1.2 km", "12 km". */
function distancePattern(lang: Lang): RegExp {
  return lang === 'lv' ? /^\d+(,\d)? (m|km) attālumā$/ : /^\d+(\.\d)? (m|km) away$/;
}

async function expectResults(page: Page, lang: Lang): Promise<string[]> {
  await results(page).first().waitFor();
  const distances = await page.locator('.nearest-distance').allTextContents();
  expect(distances.length).toBeGreaterThan(0);
  for (const d of distances) expect(d.trim()).toMatch(distancePattern(lang));
  // Nearest first.
  const metres = distances.map((d) => {
    const n = Number(d.replace(',', '.').replace(/[^\d.]/g, ''));
    return d.includes('km') ? n * 1000 : n;
  });
  expect([...metres].sort((a, b) => a - b)).toEqual(metres);
  // Every result says whether it is open, or that its hours are unknown.
  expect(await page.locator('.nearest-results .open-now-state').count()).toBe(distances.length);
  return distances;
}

describe.each(LANGS)('nearest places in %s', (lang) => {
  test('typing a town without diacritics finds it; the choice goes into the URL and comes back', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      const input = page.locator('#nearest-place');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      await input.click();
      await page.keyboard.type('rujiena', { delay: 30 });
      const first = page.locator('#nearest-options [role="option"]').first();
      await first.waitFor();
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      expect(await first.textContent()).toContain('Rūjiena');
      await page.keyboard.press('ArrowDown');
      expect(await input.getAttribute('aria-activedescendant')).toBe('nearest-option-0');
      expect(await first.getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('Enter');
      await expectResults(page, lang);
      expect(await resultsHeading(page).textContent()).toContain('Rūjiena');
      const url = new URL(page.url());
      expect(url.searchParams.get('vieta')).toBe('Rūjiena');
      expect(url.searchParams.get('pasvaldiba')).toBe(VALMIERA_NOVADS);
      // A shared link shows the same list.
      const names = await page.locator('.nearest-results h4').allTextContents();
      await page.goto(url.href);
      await results(page).first().waitFor();
      expect(await page.locator('.nearest-results h4').allTextContents()).toEqual(names);
      expect(await page.locator('#nearest-place').inputValue()).toBe('Rūjiena');
    });
  });

  test('a postcode with "LV-" finds the postcode area', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      await page.locator('#nearest-place').fill('LV-4240');
      const option = page.locator('#nearest-options [role="option"]', { hasText: 'LV-4240' });
      await option.first().waitFor();
      await option.first().click();
      await expectResults(page, lang);
      expect(new URL(page.url()).searchParams.get('vieta')).toBe('LV-4240');
    });
  });

  test('a misspelt name gets suggestions, and "Show places" says when nothing matches', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      await page.locator('#nearest-place').fill('Rujena');
      const option = page.locator('#nearest-options [role="option"]', { hasText: 'Rūjiena' });
      await option.first().waitFor();
      await page.locator('#nearest-place').fill('Qwxzqwxz');
      await page
        .getByRole('button', { name: text(lang, 'nearest.find') })
        .first()
        .click();
      await page.locator('.nearest-status .nearest-error').waitFor();
      expect(await page.locator('.nearest-status').textContent()).toContain('Qwxzqwxz');
      expect(await results(page).count()).toBe(0);
    });
  });

  test('choosing a municipality lists the places nearest to its centre', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      await page.locator('#nearest-municipality').selectOption(VALMIERA_NOVADS);
      await page.locator('form:has(#nearest-municipality) button[type="submit"]').click();
      await expectResults(page, lang);
      expect(new URL(page.url()).searchParams.get('pasvaldiba')).toBe(VALMIERA_NOVADS);
      expect(await resultsHeading(page).textContent()).toContain(
        lang === 'lv' ? 'Valmieras novads' : 'Valmiera Municipality',
      );
      // Restored from the URL.
      await page.reload();
      await results(page).first().waitFor();
      expect(await page.locator('#nearest-municipality').inputValue()).toBe(VALMIERA_NOVADS);
    });
  });

  test('"use my location" with permission granted lists the nearest places and puts ?near= in the URL', async () => {
    await withPage(site, {}, async (page, guard) => {
      await guard.context.grantPermissions(['geolocation']);
      await guard.context.setGeolocation(RUJIENA);
      await open(page, lang);
      await page.getByRole('button', { name: text(lang, 'nearest.useLocation') }).click();
      await expectResults(page, lang);
      expect(new URL(page.url()).searchParams.get('near')).toBe('57.897,25.331');
      expect(await resultsHeading(page).textContent()).toContain(text(lang, 'nearest.yourLocation'));
    });
  });

  test('"use my location" denied says so plainly and the other two ways still work', async () => {
    await withPage(site, {}, async (page, guard) => {
      await guard.context.clearPermissions();
      await open(page, lang);
      await page.getByRole('button', { name: text(lang, 'nearest.useLocation') }).click();
      const status = page.locator('.nearest-status[role="status"] .nearest-error');
      await status.waitFor();
      expect(await status.textContent()).toBe(text(lang, 'nearest.geoDenied'));
      await page.locator('#nearest-municipality').selectOption(VALMIERA_NOVADS);
      await page.locator('form:has(#nearest-municipality) button[type="submit"]').click();
      await expectResults(page, lang);
    });
  });

  test('filters narrow the list; "most accessible first" keeps every result', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang, SERVICE, `?pasvaldiba=${VALMIERA_NOVADS}`);
      await results(page).first().waitFor();
      const before = await results(page).count();
      await page.getByRole('checkbox', { name: text(lang, 'nearest.filter.mostAccessible') }).check();
      expect(await results(page).count()).toBe(before);
      await page.getByRole('checkbox', { name: text(lang, 'access.hearingLoop') }).check();
      // No place in the data has a published hearing loop yet: the list says so.
      await page.getByText(text(lang, 'nearest.none')).waitFor();
      await page.getByRole('checkbox', { name: text(lang, 'access.hearingLoop') }).uncheck();
      await page.getByRole('checkbox', { name: text(lang, 'nearest.filter.openNow') }).check();
      await page.getByRole('checkbox', { name: text(lang, 'nearest.filter.saturday') }).check();
      const states = await page.locator('.nearest-results .open-now').evaluateAll((els) => els.map((e) => e.className));
      for (const s of states) expect(s).toContain('open-now-open');
    });
  });

  test('when the nearest place is far and a remote way completes the service, the page says so and points to it', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang, REMOTE_SERVICE, `?vieta=${encodeURIComponent('Rūjiena')}&pasvaldiba=${VALMIERA_NOVADS}`);
      const note = page.locator('[data-far="true"]');
      await note.waitFor();
      expect(await note.locator('a').getAttribute('href')).toBe('#request');
    });
  });

  test('when the nearest place is far and no remote way completes the service, it says to go in person and offers no remote way', async () => {
    await withPage(site, {}, async (page) => {
      await open(
        page,
        lang,
        IN_PERSON_SERVICE,
        `?vieta=${encodeURIComponent('Rūjiena')}&pasvaldiba=${VALMIERA_NOVADS}`,
      );
      const note = page.locator('[data-far="true"]');
      await note.waitFor();
      expect(await note.locator('a').count()).toBe(0);
      expect(await note.textContent()).toContain(text(lang, 'nearest.farNoRemote'));
    });
  });

  // Holds once booking (EP145) and queue tickets (Qticket) are steps of the passport, not ways to apply.
  test('far from a PMLP office, the passport page never suggests applying remotely', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang, FAR_SERVICE, `?vieta=${encodeURIComponent('Rūjiena')}&pasvaldiba=${VALMIERA_NOVADS}`);
      const note = page.locator('[data-far="true"]');
      await note.waitFor();
      expect(await note.locator('a').count()).toBe(0);
    });
  });

  test.each([
    ['Germany', 'embassy-germany'],
    ['Vācija', 'embassy-germany'],
    ['Berlin', 'embassy-germany'],
    ['Berlīne', 'embassy-germany'],
  ])('abroad: "%s" gives the mission that serves it, with its distance', async (typed, mission) => {
    await withPage(site, {}, async (page) => {
      await open(page, lang, FAR_SERVICE);
      await page.locator('#nearest-place').click();
      await page.keyboard.type(typed, { delay: 20 });
      await page.locator('#nearest-options [role="option"]').first().waitFor();
      await page.keyboard.press('Enter');
      const card = page.locator('.nearest-results > li').first();
      await card.waitFor();
      expect(await card.locator('h4 a').getAttribute('href')).toBe(`${pathFor(lang, { kind: 'place' })}${mission}/`);
      expect((await card.locator('.nearest-distance').textContent())!.trim()).toMatch(distancePattern(lang));
      // Unknown consular hours point to the mission's page; never "call before you go" without a number.
      expect(await card.textContent()).not.toContain(text(lang, 'place.hoursUnknown'));
      expect(new URL(page.url()).searchParams.get('valsts')).toBe('DE');
    });
  });

  test('the place field keeps at most 200 characters and says so politely', async () => {
    await withPage(site, {}, async (page) => {
      await open(page, lang);
      const input = page.locator('#nearest-place');
      await input.fill('Rūjiena'.repeat(40));
      expect((await input.inputValue()).length).toBe(200);
      const status = page.locator('.nearest-status');
      await expect.poll(() => status.textContent()).toContain('200');
      // The message without its number, as uiText gives it.
      expect((await status.textContent())!.replace(/\s*200\s*/, ' ')).toContain(
        text(lang, 'nearest.tooLong').replace(/\s+/g, ' '),
      );
    });
  });
});

test('without JavaScript the service page leads to its places by municipality, and no finder appears', async () => {
  await withPage(site, { javaScriptEnabled: false }, async (page) => {
    const response = await page.goto(
      site.url(pathFor('lv', { kind: 'service', slug: SERVICE }) + `?pasvaldiba=${VALMIERA_NOVADS}`),
    );
    expect(response?.status()).toBe(200);
    const municipalities = await page.locator('#places details a').allTextContents();
    expect(municipalities).toContain('Valmieras novads');
    expect(await page.locator('#nearest-place').count()).toBe(0);
    expect(await page.locator('.places-map button').count()).toBe(0);
  });
});

test('the page loads no place or gazetteer data until a person starts choosing', async () => {
  await withPage(site, {}, async (page) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await open(page, 'en');
    await page.waitForTimeout(300);
    expect(fetched.filter((p) => p.startsWith('/data/'))).toEqual([]);
    expect(fetched.some((p) => p.includes('leaflet'))).toBe(false);
    await page.locator('#nearest-place').focus();
    await page.waitForResponse((r) => r.url().endsWith('/data/gazetteer-compact.json'));
  });
});

test('a place page with known hours says whether it is open now, in Riga time', async () => {
  await withPage(site, {}, async (page) => {
    await page.goto(site.url(pathFor('lv', { kind: 'place', slug: 'office-jurmala-jomas-iela' })));
    const line = page.locator('.open-now');
    await line.waitFor();
    expect(['open', 'closed']).toContain(await line.getAttribute('data-state'));
    expect(await line.textContent()).toMatch(/Atvērts tagad · slēdz \d{1,2}\.\d{2}|Slēgts.* · (atver|tuvāko)/);
  });
});
