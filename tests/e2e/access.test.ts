// The access report and the catalogue filters in the browser: the managers' report and its CSV agree with the service pages, the
// catalogue filters work without JavaScript, the channel finder is a table without JavaScript and
// a form with it, and axe finds nothing on the report, a filter page and a service page.
// The service page's parts (#access, the one link to the report; #finder) come from ServiceView.astro and ChannelFinder.astro.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, withPage } from './browser.ts';
import { expectNoAxeViolations } from './axe.ts';
import { LANGS, SERVICE_SLUGS, pathFor, uiStrings, type Lang } from './site.ts';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { DIMENSIONS } from '../../src/lib/access/dimensions.ts';
import { SERVICE_FILTERS, filterServices } from '../../src/lib/catalog/filters.ts';
import { accessReportCsvPath } from '../../src/lib/site/routes.ts';
import { placesOffering } from '../../src/lib/catalog/catalog.ts';
import { hasInPersonChannel } from '../../src/lib/channels/channels.ts';
import { gaps } from '../../src/lib/access/report.ts';

const site = useSite();
const noJs = { javaScriptEnabled: false };
const catalog = loadCatalog();

/** The two usual test services and three more spread through the catalogue. */
const SAMPLE = [
  ...SERVICE_SLUGS.map((slug) => catalog.services.find((s) => s.slug === slug)!),
  ...[0, Math.floor(catalog.services.length / 2), catalog.services.length - 1].map((i) => catalog.services[i]!),
].filter((s, i, all) => s && all.findIndex((o) => o.id === s.id) === i);

/** RFC 4180 CSV to rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function axe(page: Page, path: string): Promise<void> {
  const response = await page.goto(site.url(path), { waitUntil: 'load' });
  expect(response?.status(), `${path} loads`).toBe(200);
  await expectNoAxeViolations(page, path);
}

describe.each(LANGS)('the access report in %s', (lang: Lang) => {
  test('the report, its CSV and the service pages agree', async () => {
    await withPage(site, noJs, async (page) => {
      const reportPath = pathFor(lang, { kind: 'accessReport' });
      const response = await page.goto(site.url(reportPath));
      expect(response?.status()).toBe(200);
      // The table of every service is closed until asked; a person opens it (no JavaScript needed).
      await page.locator('details.report-all-services > summary').click();
      expect(await page.locator('#report-dimensions caption').count()).toBe(1);
      expect(await page.locator('#report-dimensions tbody tr').count(), 'one row per service').toBe(
        catalog.services.length,
      );

      const fromReport = new Map<string, { status: string; text: string }[]>();
      for (const service of SAMPLE) {
        const row = page.locator(`#report-dimensions tr[data-service="${service.id}"]`);
        expect(await row.count(), `report row for ${service.id}`).toBe(1);
        expect(await row.locator('th[scope="row"] a').getAttribute('href')).toBe(
          `${pathFor(lang, { kind: 'service', slug: service.slug })}#access`,
        );
        const cells = [];
        for (const { code } of DIMENSIONS) {
          const cell = row.locator(`td[data-dimension="${code}"]`);
          cells.push({ status: (await cell.getAttribute('data-status'))!, text: (await cell.innerText()).trim() });
        }
        fromReport.set(service.id, cells);
      }

      const csvResponse = await page.request.get(site.url(accessReportCsvPath(lang)));
      expect(csvResponse.status()).toBe(200);
      expect(csvResponse.headers()['content-type']).toContain('text/csv');
      const [header, ...records] = parseCsv((await csvResponse.text()).replace(/^\uFEFF/, ''));
      expect(records.length, 'one CSV row per service').toBe(catalog.services.length);
      const strings = uiStrings(lang);
      const label = (key: string, code: string) => strings[`report.csv.col.${key}`]!.replace('{{code}}', code);
      const col = (name: string) => header!.indexOf(name);

      for (const service of SAMPLE) {
        const record = records.find((r) => r[0] === service.id);
        expect(record, `CSV row for ${service.id}`).toBeDefined();
        for (const [i, { code }] of DIMENSIONS.entries()) {
          const reported = fromReport.get(service.id)![i]!;
          expect(record![col(label('status', code))], `${service.id} ${code}: CSV status`).toBe(reported.status);
          expect(record![col(label('statusText', code))], `${service.id} ${code}: CSV status text`).toBe(reported.text);
        }
        // The citizen page carries no assessment or codes: one link to the report.
        const path = pathFor(lang, { kind: 'service', slug: service.slug });
        expect((await page.goto(site.url(path)))?.status()).toBe(200);
        expect(await page.locator('#access a').getAttribute('href')).toBe(
          pathFor(lang, { kind: 'accessReportInstitution', slug: service.institution }),
        );
        expect(await page.locator('main').innerText()).not.toMatch(/N3-\d|PU2-14/);
      }
    });
  });

  test('coverage: every in-person service of the catalogue links to its block on the institution page, shown once per set of places', async () => {
    // The institution with the most in-person services: its page groups the services offered at the same places.
    const inPerson = catalog.services.filter(hasInPersonChannel);
    const byInstitution = new Map<string, typeof inPerson>();
    for (const s of inPerson) byInstitution.set(s.institution, [...(byInstitution.get(s.institution) ?? []), s]);
    const [institution, services] = [...byInstitution.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    const placeSets = new Set(
      services.map((s) =>
        placesOffering(catalog, s)
          .filter((p) => p.country === 'LV')
          .map((p) => p.id)
          .join(' '),
      ),
    );
    await withPage(site, noJs, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'accessReport' })));
      const link = page.locator(`#report-coverage-summary tr[data-service="${services[0]!.id}"] a`);
      expect(await link.getAttribute('href')).toBe(
        `${pathFor(lang, { kind: 'accessReportInstitution', slug: institution })}#coverage-${services[0]!.id}`,
      );
      await page.goto(site.url(pathFor(lang, { kind: 'accessReportInstitution', slug: institution })));
      for (const s of services)
        expect(await page.locator(`details.report-coverage #coverage-${s.id}`).count(), s.id).toBe(1);
      expect(await page.locator('details.report-coverage').count(), 'one block per set of places').toBe(placeSets.size);
    });
  });

  test('gaps: one closed block per service with gaps, named and counted; opened by keyboard it gives every reason and the service link', async () => {
    const perService = new Map<string, number>();
    for (const g of gaps(catalog)) perService.set(g.serviceId, (perService.get(g.serviceId) ?? 0) + 1);
    const [serviceId, count] = [...perService.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const service = catalog.services.find((s) => s.id === serviceId)!;
    const serviceName = lang === 'lv' ? service.name.lv : service.name.en.text;
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'accessReport' })));
      expect(await page.locator('.report-gaps > li > details').count(), 'one block per service with gaps').toBe(
        perService.size,
      );
      expect(await page.locator('.report-gaps details[open]').count(), 'closed until asked').toBe(0);
      const block = page
        .locator('.report-gaps > li > details')
        .filter({ has: page.locator('summary', { hasText: serviceName }) })
        .first();
      const summary = block.locator('summary');
      expect(await summary.innerText()).toContain(String(count));
      const reasons = block.locator('li[data-dimension]');
      expect(await reasons.first().isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await reasons.first().isVisible(), 'paper shows the reasons').toBe(true);
      await page.emulateMedia({ media: 'screen' });
      await summary.focus();
      await page.keyboard.press('Enter');
      expect(await reasons.count()).toBe(count);
      expect(await reasons.first().isVisible()).toBe(true);
      expect(await block.locator('a').last().getAttribute('href')).toBe(
        `${pathFor(lang, { kind: 'service', slug: service.slug })}#access`,
      );
    });
  });

  test('an institution report and its CSV exist', async () => {
    const institution = catalog.services[0]!.institution;
    await withPage(site, noJs, async (page) => {
      const response = await page.goto(site.url(pathFor(lang, { kind: 'accessReportInstitution', slug: institution })));
      expect(response?.status()).toBe(200);
      const expected = catalog.services.filter((s) => s.institution === institution).length;
      expect(await page.locator('#report-dimensions tbody tr').count()).toBe(expected);
      const csv = await page.request.get(site.url(accessReportCsvPath(lang, institution)));
      expect(csv.status()).toBe(200);
      expect(parseCsv((await csv.text()).replace(/^\uFEFF/, '')).length).toBe(expected + 1);
    });
  });

  // One page per test: axe over the report's large tables takes tens of seconds on a busy machine.
  test.each([
    ['the report', { kind: 'accessReport' }],
    ['an institution report', { kind: 'accessReportInstitution', slug: catalog.services[0]!.institution }],
    ['a filter page', { kind: 'servicesFilter', slug: 'online' }],
    ['a service page', { kind: 'service', slug: SERVICE_SLUGS[0] }],
  ] as const)(
    'axe: %s',
    async (_name, ref) => {
      await withPage(site, {}, (page) => axe(page, pathFor(lang, ref)));
    },
    180_000,
  );
});

describe.each(LANGS)('catalogue filters without JavaScript, in %s', (lang: Lang) => {
  const servicePaths = (ids: string[]) =>
    ids.map((id) => pathFor(lang, { kind: 'service', slug: catalog.services.find((s) => s.id === id)!.slug })).sort();
  const listed = (page: Page) =>
    page
      .locator('main .card-list a[href]')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  test.each(SERVICE_FILTERS)('following the "%s" link lists only matching services', async (filter) => {
    const expected = filterServices(catalog, catalog.services, filter).map((s) => s.id);
    await withPage(site, noJs, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'services' })));
      const target = pathFor(lang, { kind: 'servicesFilter', slug: filter });
      const link = page.locator(`nav.filter-links a[href="${target}"]`);
      // A filter nothing matches is shown without a link (FilterLinks.astro) and has no page.
      expect(await link.count(), `A–Z links to ${target}`).toBe(expected.length === 0 ? 0 : 1);
      if (expected.length === 0) return;
      await Promise.all([page.waitForURL(site.url(target)), link.click()]);
      expect(new URL(page.url()).pathname).toBe(target);
      expect(await page.locator(`nav.filter-links a[aria-current="page"]`).getAttribute('href')).toBe(target);
      expect((await listed(page)).sort()).toEqual(servicePaths(expected));
    });
  });

  test('a life situation has filter links with counts that lead to filtered lists', async () => {
    const situation = catalog.lifeSituations.find((l) =>
      catalog.services.some((s) => s.lifeSituations.includes(l.id)),
    )!;
    const inSituation = catalog.services.filter((s) => s.lifeSituations.includes(situation.id));
    const filter = SERVICE_FILTERS.find((f) => filterServices(catalog, inSituation, f).length > 0)!;
    const expected = filterServices(catalog, inSituation, filter).map((s) => s.id);
    await withPage(site, noJs, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'lifeSituation', slug: situation.id })));
      const target = pathFor(lang, { kind: 'lifeSituationFilter', slug: `${situation.id}/${filter}` });
      const link = page.locator(`nav.filter-links a[href="${target}"]`);
      expect(await link.innerText()).toContain(`(${expected.length})`);
      await Promise.all([page.waitForURL(site.url(target)), link.click()]);
      expect((await listed(page)).sort()).toEqual(servicePaths(expected));
    });
  });
});

describe.each(LANGS)('the channel finder in %s', (lang: Lang) => {
  const path = pathFor(lang, { kind: 'service', slug: SERVICE_SLUGS[0] });
  /** The advice of each of the eight combinations, read without JavaScript. */
  const comboAdvice = (page: Page) =>
    page
      .locator('#finder details.finder-combo')
      .evaluateAll((blocks) =>
        blocks.map((b) => [...b.querySelectorAll('ol > li')].map((li) => li.textContent?.trim() ?? '')),
      );

  test('without JavaScript: one <details> per combination of answers, no table to scroll sideways', async () => {
    await withPage(site, noJs, async (page) => {
      await page.goto(site.url(path));
      expect(await page.locator('#finder details.finder-combo').count()).toBe(8);
      expect(await page.locator('#finder table').count()).toBe(0);
      expect(await page.locator('#finder input[type="radio"]').count()).toBe(0);
    });
  });

  test('an e-service whose sign-in our data does not state says so, and the advice leaves it out for people who cannot sign in, saying why', async () => {
    const unstated = catalog.services.find((s) =>
      s.requestChannels.some((c) => c.type === 'e-service' && c.needs.authentication === null),
    )!;
    expect(unstated, 'the catalogue has such a service').toBeDefined();
    const strings = uiStrings(lang);
    await withPage(site, noJs, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'service', slug: unstated.slug })));
      expect(await page.locator('#request .need-sign-in-unknown').first().innerText()).toBe(
        strings['needs.signInUnknown'],
      );
      // Combinations 5-8 are "cannot sign in".
      expect(await page.locator('#finder details.finder-combo').nth(4).textContent()).toContain(
        strings['finder.exclusion.sign-in-unknown'],
      );
    });
  });

  test('residence-declaration: the Rīga-only home visit is never advised, each way is named by its place and listed once', async () => {
    const strings = uiStrings(lang);
    await withPage(site, noJs, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'service', slug: 'residence-declaration' })));
      const advice = await comboAdvice(page);
      for (const items of advice) {
        expect(items.some((item) => item.startsWith(strings['channel.type.home-visit']!))).toBe(false);
        expect(new Set(items).size).toBe(items.length);
      }
      expect(await page.locator('#finder .finder-limited').first().textContent()).toContain(
        strings['channel.type.home-visit'],
      );
    });
  });

  test('with JavaScript: three questions and the answer for the chosen combination; opening it keeps focus where it was', async () => {
    const rowTexts = await withPage(site, noJs, async (page) => {
      await page.goto(site.url(path));
      return comboAdvice(page);
    });
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(path));
      const summary = page.locator('#finder .finder-details > summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      const fieldsets = page.locator('#finder fieldset');
      await fieldsets.nth(2).waitFor();
      expect(await page.evaluate(() => document.activeElement?.matches('#finder .finder-details > summary'))).toBe(
        true,
      );
      expect(await fieldsets.count()).toBe(3);
      expect(await page.locator('#finder details.finder-combo').count(), 'the list is replaced').toBe(0);
      const live = page.locator('#finder [aria-live="polite"]');
      expect(await live.count()).toBe(1);
      await page.locator('#finder-sign-in-no').check();
      await page.locator('#finder-location-latvia').check();
      await page.locator('#finder-help-yes').check();
      const items = await live.locator('ol > li').allInnerTexts();
      expect(items.map((s) => s.trim())).toEqual(rowTexts[5]);
      await page.locator('#finder-sign-in-yes').check();
      await page.locator('#finder-help-no').check();
      expect((await live.locator('ol > li').allInnerTexts()).map((s) => s.trim())).toEqual(rowTexts[0]);
    });
  });
});
