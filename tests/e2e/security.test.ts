// The Content-Security-Policy holds: every kind of page in both languages carries the policy
// <meta>, hydrates its islands and runs without a single violation (withPage fails the test on
// any, see recordCspViolations in browser.ts); and text from the address is never parsed as HTML.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, withPage } from './browser.ts';
import { LANGS, pathFor, sitePages, type Lang, type PageRef } from './site.ts';

const site = useSite();

/** Every page of sitePages() plus the pages only this file visits. */
function pagesToVisit(): { name: string; ref: PageRef }[] {
  return [
    ...sitePages(),
    { name: 'services filter (online)', ref: { kind: 'servicesFilter', slug: 'online' } },
    { name: 'access report', ref: { kind: 'accessReport' } },
  ];
}

/** Waits until every island that hydrates without scrolling (client:load / idle) has hydrated. */
async function islandsHydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelectorAll('astro-island[ssr]:not([client="visible"])').length === 0,
    undefined,
    {
      timeout: 15_000,
    },
  );
}

/**
 * Opens each closed <details> that holds an island (as a person does to use it: the service page's
 * "which way suits you"), scrolls each client:visible island into view (a jump to the bottom can
 * skip one), then waits for them all.
 */
async function allIslandsHydrated(page: Page): Promise<void> {
  await islandsHydrated(page);
  await page.evaluate(() =>
    document.querySelectorAll('details').forEach((d) => d.querySelector('astro-island') && (d.open = true)),
  );
  for (const island of await page.locator('astro-island[ssr]').all())
    await island.scrollIntoViewIfNeeded().catch(() => undefined);
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
    timeout: 15_000,
  });
}

async function policyOf(page: Page): Promise<string[]> {
  return page
    .locator('meta[http-equiv="content-security-policy" i]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('content') ?? ''));
}

describe.each(LANGS)('Content-Security-Policy in %s', (lang: Lang) => {
  for (const { name, ref } of pagesToVisit()) {
    test(`${name}: policy present, islands hydrate, no violation`, async () => {
      const path = pathFor(lang, ref);
      await withPage(site, {}, async (page, guard) => {
        const response = await page.goto(site.url(path), { waitUntil: 'load' });
        expect(response?.status(), `${path} should load`).toBe(200);
        const policies = await policyOf(page);
        expect(policies, `${path}: one content-security-policy <meta>`).toHaveLength(1);
        const scriptSrc = policies[0]
          .split(';')
          .map((d) => d.trim())
          .find((d) => d.startsWith('script-src'));
        expect(scriptSrc, `${path}: script-src`).toBeDefined();
        expect(scriptSrc).not.toContain("'unsafe-inline'");
        expect(scriptSrc).not.toContain("'unsafe-eval'");
        expect(policies[0]).toContain("object-src 'none'");
        await allIslandsHydrated(page);
        expect(guard.cspViolations, `${path}: CSP violations`).toEqual([]);
      });
    });
  }
});

test('the 404 page carries the policy and runs without violations', async () => {
  await withPage(site, {}, async (page, guard) => {
    const response = await page.goto(site.url('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await policyOf(page)).toHaveLength(1);
    await islandsHydrated(page);
    expect(guard.cspViolations).toEqual([]);
  });
});

test('a violation is caught: an injected inline script is blocked and recorded', async () => {
  // Proves the listener works, so "no violations" above means something.
  const guard = await import('./browser.ts').then(({ newGuardedContext }) => newGuardedContext(site.browser));
  try {
    const page = await guard.newPage();
    await page.goto(site.url(pathFor('en', { kind: 'home' })));
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ranInline = true';
      document.body.append(script);
    });
    await expect.poll(() => guard.cspViolations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __ranInline?: boolean }).__ranInline)).toBeUndefined();
  } finally {
    await guard.close();
  }
});

/** Payloads that would run script or add an element if written into the page as HTML. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</script><script>alert(1)</script><iframe src="javascript:alert(1)"></iframe>',
];

/** Pages with the parameters they read (q: search; near/vieta/pasvaldiba: nearest; print: front desk). */
const HOSTILE_TARGETS: { lang: Lang; ref: PageRef; params: string[] }[] = [
  { lang: 'lv', ref: { kind: 'services' }, params: ['q'] },
  { lang: 'en', ref: { kind: 'services' }, params: ['q'] },
  { lang: 'lv', ref: { kind: 'home' }, params: ['q', 'near', 'vieta', 'pasvaldiba'] },
  { lang: 'en', ref: { kind: 'service', slug: 'passport-eid' }, params: ['q', 'near', 'vieta', 'pasvaldiba', 'print'] },
  { lang: 'lv', ref: { kind: 'municipality', slug: 'riga' }, params: ['q', 'near', 'vieta'] },
];

describe('text from the address is never written as HTML', () => {
  for (const { lang, ref, params } of HOSTILE_TARGETS) {
    const path = pathFor(lang, ref);
    test.each(HOSTILE)(`${path} with %s`, async (payload) => {
      const url = new URL(site.url(path));
      for (const param of params) url.searchParams.set(param, payload);
      await withPage(site, {}, async (page) => {
        const dialogs: string[] = [];
        page.on('dialog', async (dialog) => {
          dialogs.push(dialog.message());
          await dialog.dismiss();
        });
        await page.goto(url.href, { waitUntil: 'load' });
        await islandsHydrated(page);
        // Give the search island time to run the query and render its results.
        await page.waitForTimeout(300);
        expect(
          await page.locator('img[src="x"], svg[onload], iframe[src^="javascript"]').count(),
          'elements from the payload',
        ).toBe(0);
        expect(await page.locator('[onerror], [onload]').count(), 'event-handler attributes').toBe(0);
        expect(dialogs, 'dialogs opened').toEqual([]);
        const search = page.locator('input[name="q"]').first();
        if (params.includes('q') && (await search.count()) > 0) {
          expect(await search.inputValue(), 'the search box shows the text as typed').toBe(payload);
        }
      });
    });
  }
});
