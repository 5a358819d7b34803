// A service whose key facts rest on an old page says so near the top of its page, in both
// languages, with the page's date when it has one; a service without such a source says nothing.
// The services are picked from data/ at test time: one with a dated old page, one undated, one without.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from './browser.ts';
import { expectNoAxeViolations } from './axe.ts';
import { LANGS, pathFor } from './site.ts';
import { formatDate } from '../../src/lib/text/format.ts';
import lv from '../../src/i18n/lv/service.json' with { type: 'json' };
import en from '../../src/i18n/en/service.json' with { type: 'json' };

interface StaleRecord {
  slug: string;
  staleSource?: { pageDate: string | null; url: string | null; note: { lv: string; en: string } } | null;
}
const dir = new URL('../../data/services/', import.meta.url);
const services: StaleRecord[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
const dated = services.find((s) => s.staleSource?.pageDate);
const undated = services.find((s) => s.staleSource && !s.staleSource.pageDate);
const current = services.find((s) => !s.staleSource);
const strings = { lv, en } as const;
const site = useSite();

describe.each(LANGS)('old-source notice in %s', (lang) => {
  const t = strings[lang] as Record<string, string>;

  test.each([
    ['a dated old page', dated],
    ['an undated old page', undated],
  ] as const)('a service resting on %s says so, with its note', async (_, service) => {
    expect(service, 'data/services has such a service').toBeDefined();
    const stale = service!.staleSource!;
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'service', slug: service!.slug })));
      const notice = page.locator('aside.stale-source');
      await expect(notice.count()).resolves.toBe(1);
      const text = (await notice.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(t['service.stale.title']);
      const when = stale.pageDate
        ? t['service.stale.dated'].replace('{{date}}', formatDate(stale.pageDate, lang))
        : t['service.stale.undated'];
      expect(text).toContain(when);
      expect(text).toContain(stale.note[lang]);
      // The notice is named by its title, so a screen reader announces what it is.
      expect(await notice.getAttribute('aria-labelledby')).toBe('stale-source-title');
      if (stale.url) expect(await notice.locator('a').getAttribute('href')).toBe(stale.url);
      // It comes before the channels: the person reads it before acting.
      const before = await page.evaluate(() => {
        const aside = document.querySelector('aside.stale-source');
        const h2 = [...document.querySelectorAll('main h2')].find((h) => !h.classList.contains('visually-hidden'));
        return !!aside && !!h2 && !!(aside.compareDocumentPosition(h2) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(before, 'the notice comes before the first visible section heading').toBe(true);
      // The notice keeps the page free of WCAG 2.2 AA violations (contrast of its border and text).
      await expectNoAxeViolations(page, undefined, 'aside.stale-source');
    });
  });

  test('a service without an old source shows no notice', async () => {
    expect(current).toBeDefined();
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'service', slug: current!.slug })));
      await expect(page.locator('aside.stale-source').count()).resolves.toBe(0);
    });
  });
});
