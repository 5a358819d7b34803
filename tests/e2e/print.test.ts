// The front-desk card: a service or place page prints on one sheet, A4 or Letter, with the QR
// code, the page address in text and the check date beside it, body text of at least 11 pt and no
// screen instructions; the place chosen in the finder prints with its nearest three places
// (address, hours, phone). The services with the most channels and fees are the ones that could
// spill onto a second sheet.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, withPage } from './browser.ts';
import { LANGS, firstPlaceId, pathFor, uiText } from './site.ts';

const site = useSite();

/** Counts the pages of a PDF by its page objects. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const LONGEST = ['residence-declaration', 'passport-eid', 'unemployment-benefit', 'childbirth-benefit'];
const FORMATS = ['A4', 'Letter'] as const;
/** 11 pt in CSS pixels. */
const MIN_BODY_PX = (11 * 96) / 72 - 0.01;

/** The font size of the smallest visible paragraph or list item of the main content, in px. */
function smallestText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll('main p, main li, main dd')]
      .filter((e) => (e as HTMLElement).offsetParent !== null && (e.textContent ?? '').trim().length > 0)
      .map((e) => parseFloat(getComputedStyle(e).fontSize));
    return Math.min(...sizes);
  });
}

describe.each(LANGS)('printed cards in %s', (lang) => {
  test.each(LONGEST)(
    'the %s card fits one A4 and one Letter sheet, 11 pt, with the QR code, the page address and the check date',
    async (slug) => {
      await withPage(site, {}, async (page) => {
        const path = pathFor(lang, { kind: 'service', slug });
        await page.goto(site.url(path));
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.qr-code svg').isVisible()).toBe(true);
        const text = await page.locator('main').innerText();
        expect(text).toContain(path);
        expect(text).toContain(uiText(lang, 'service.checked').split(' ')[0]!);
        expect(text).not.toContain(uiText(lang, 'checklist.intro'));
        expect(await smallestText(page)).toBeGreaterThanOrEqual(MIN_BODY_PX);
        for (const format of FORMATS) {
          const pdf = await page.pdf({ format, preferCSSPageSize: false });
          expect(pdfPages(pdf), format).toBe(1);
        }
      });
    },
  );

  test('the card carries the place chosen in the finder: the nearest three with address, hours and phone', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(
        site.url(pathFor(lang, { kind: 'service', slug: 'residence-declaration' }) + '?pasvaldiba=0001000'),
      );
      const results = page.locator('.nearest-results > li');
      await results.first().waitFor();
      expect(await results.count()).toBeGreaterThan(3);
      await page.emulateMedia({ media: 'print' });
      const printed = results.filter({ visible: true });
      expect(await printed.count()).toBe(3);
      for (const item of await printed.all()) {
        // Name, address, the week's hours (or that they are not known) and the phone where known.
        expect(await item.locator('h4 a').isVisible()).toBe(true);
        expect(await item.innerText()).toMatch(/\d/);
        const hours = item.locator('.nearest-hours');
        expect(
          (await hours.count()) > 0
            ? await hours.isVisible()
            : await item.locator('.open-now-unknown, .open-now').first().isVisible(),
        ).toBe(true);
      }
      expect(await printed.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
      expect(await page.locator('#places form').first().isVisible()).toBe(false);
      for (const format of FORMATS)
        expect(pdfPages(await page.pdf({ format, preferCSSPageSize: false })), format).toBe(1);
    });
  });

  test('a place card fits one sheet', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'place', slug: firstPlaceId() })));
      await page.emulateMedia({ media: 'print' });
      for (const format of FORMATS)
        expect(pdfPages(await page.pdf({ format, preferCSSPageSize: false })), format).toBe(1);
    });
  });
});
