// The front-desk card: a service or place page prints on one A4 sheet, with the QR code.
// The services with the most channels and fees are the ones that could spill onto a second sheet.
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { LANGS, pathFor } from './site.ts';

const site = useSite();

/** Counts the pages of a PDF by its page objects. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const LONGEST = ['residence-declaration', 'passport-eid', 'unemployment-benefit', 'childbirth-benefit'];

describe.each(LANGS)('printed cards in %s', (lang) => {
  test.each(LONGEST)('the %s card fits one A4 sheet and carries the QR code', async (slug) => {
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'service', slug })));
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.qr-code svg').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdfPages(pdf)).toBe(1);
    });
  });
});
