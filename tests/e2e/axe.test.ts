// axe-core on every kind of page in both languages (and the 404 page):
// no WCAG 2.0/2.1 A and AA or WCAG 2.2 AA violations.
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { expectNoAxeViolations } from './axe.ts';
import { LANGS, pathFor, sitePages } from './site.ts';

const site = useSite();

async function audit(path: string, expectedStatus = 200): Promise<void> {
  await withPage(site, {}, async (page) => {
    const response = await page.goto(site.url(path), { waitUntil: 'load' });
    expect(response?.status(), `${path} should load`).toBe(expectedStatus);
    await expectNoAxeViolations(page, path);
  });
}

describe.each(LANGS)('axe in %s', (lang) => {
  for (const { name, ref } of sitePages()) {
    test(name, async () => {
      await audit(pathFor(lang, ref));
    });
  }
});

test('axe on the 404 page', async () => {
  await audit('/lv/sis-adreses-nav/', 404);
});
