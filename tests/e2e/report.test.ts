// The managers' report as a manager uses it: the overview of every institution against the four
// dimensions (complete without JavaScript, sortable by keyboard with it), "not known" told apart
// from a gap with the facts that would settle it, and the same overview of services on an
// institution's page. Every page is checked for CSP violations and requests off 127.0.0.1 by withPage.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, withPage } from './browser.ts';
import { LANGS, pathFor, uiText as text, type Lang } from './site.ts';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { DIMENSIONS } from '../../src/lib/access/dimensions.ts';
import { dimensionTable } from '../../src/lib/access/report.ts';
import { adviceFor } from '../../src/lib/access/advice.ts';
import { adviceSummary } from '../../src/lib/access/report-page.ts';
import { accessReportCsvPath, accessReportJsonPath } from '../../src/lib/site/routes.ts';
import { somethingFor, socialGroupFacts } from '../../src/lib/access/social.ts';

const site = useSite();
const noJs = { javaScriptEnabled: false };
const catalog = loadCatalog();
const rows = dimensionTable(catalog);

/** The numbers in one column of a table's body, top to bottom. */
const column = (page: Page, table: string, index: number) =>
  page
    .locator(`${table} tbody tr`)
    .evaluateAll((trs, i) => trs.map((tr) => (tr as HTMLTableRowElement).cells[i]!.textContent!.trim()), index);

/** Gaps (partly or not provided) per institution, from the same rules the page uses. */
const gapsOf = (institution: string) =>
  rows
    .filter((r) => r.institution === institution)
    .reduce(
      (n, r) =>
        n + DIMENSIONS.filter(({ key }) => ['partly', 'not-provided'].includes(r.assessment[key].status)).length,
      0,
    );

describe.each(LANGS)('the report overview in %s', (lang: Lang) => {
  const reportPath = pathFor(lang, { kind: 'accessReport' });

  test('without JavaScript: every institution, with its counts, sorted by gaps, each row linking its report', async () => {
    await withPage(site, noJs, async (page) => {
      expect((await page.goto(site.url(reportPath)))?.status()).toBe(200);
      const table = page.locator('#report-overview');
      expect(await table.locator('caption').count()).toBe(1);
      const ids = await table
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-institution')));
      expect([...ids].sort()).toEqual(catalog.institutions.map((i) => i.id).sort());
      const gaps = (await column(page, '#report-overview', 2)).map(Number);
      expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
      expect(gaps[0]).toBe(Math.max(...catalog.institutions.map((i) => gapsOf(i.id))));
      expect(await table.locator('th[aria-sort="descending"]').innerText()).toBe(text(lang, 'report.col.gaps'));
      expect(await table.locator('.sort-button').count(), 'no buttons without JavaScript').toBe(0);
      // A row with services links the institution's report; its tags carry words, not colour alone.
      const top = table.locator('tbody tr').first();
      const id = (await top.getAttribute('data-institution'))!;
      expect(await top.locator('th a').getAttribute('href')).toBe(
        pathFor(lang, { kind: 'accessReportInstitution', slug: id }),
      );
      const tags = await top.locator('.status-tag').allInnerTexts();
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag).toMatch(/\p{L}.*: \d+$/u);
      // The tags of a dimension add up to the institution's services.
      const services = rows.filter((r) => r.institution === id).length;
      for (const { code } of DIMENSIONS) {
        const counts = await top.locator(`td[data-dimension="${code}"] .status-count`).allInnerTexts();
        expect(
          counts.reduce((n, c) => n + Number(c), 0),
          code,
        ).toBe(services);
      }
    });
  });

  test('with JavaScript: the headers are buttons; Enter sorts by a column and says so', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(reportPath));
      const table = page.locator('#report-overview');
      const services = table.locator('thead th').nth(1);
      const button = services.locator('button.sort-button');
      await button.waitFor();
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await services.getAttribute('aria-sort')).toBe('descending');
      const counts = (await column(page, '#report-overview', 1)).map(Number);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(
        await page.locator('#report-overview ~ [data-sort-status], [data-sort-status]').first().innerText(),
      ).toContain(text(lang, 'report.col.serviceCount'));
      await page.keyboard.press('Enter');
      expect(await services.getAttribute('aria-sort')).toBe('ascending');
      expect((await column(page, '#report-overview', 1)).map(Number)).toEqual(
        [...counts].reverse().sort((a, b) => a - b),
      );
      // By name, A–Z in the page's language.
      const nameButton = table.locator('thead th').first().locator('button');
      await nameButton.focus();
      await page.keyboard.press('Enter');
      const names = await column(page, '#report-overview', 0);
      expect(names).toEqual([...names].sort(new Intl.Collator(lang).compare));
      expect(await table.locator('thead th').nth(2).getAttribute('aria-sort')).toBeNull();
    });
  });

  test('not known is its own status, counted apart, with the facts that would settle it', async () => {
    const notKnown = rows.flatMap((r) =>
      DIMENSIONS.filter(({ key }) => r.assessment[key].status === 'not-known').map(({ code }) => ({
        id: r.serviceId,
        code,
      })),
    );
    expect(notKnown.length, 'the catalogue has not-known dimensions').toBeGreaterThan(0);
    await withPage(site, noJs, async (page) => {
      await page.goto(site.url(reportPath));
      const counts = page.locator('#report-counts');
      const header = await counts.locator('thead th').allInnerTexts();
      expect(header).toContain(text(lang, 'accessDim.status.not-known'));
      const total = await counts.locator('td[data-status="not-known"]').allInnerTexts();
      expect(total.reduce((n, c) => n + Number(c), 0)).toBe(notKnown.length);
      const items = page.locator('.report-not-known li[data-status="not-known"]');
      expect(await items.count()).toBe(notKnown.length);
      // A cross-border dimension left open by the foreign-eID fact names it.
      const eid = rows.find((r) => r.assessment.crossBorder.unknown.includes('foreign-eid'))!;
      const item = page.locator(`.report-not-known > li[data-service="${eid.serviceId}"] li[data-dimension="N3-4"]`);
      expect(await item.innerText()).toContain(text(lang, 'accessDim.unknown.foreign-eid'));
      // Not counted as a gap: the service table says "not known" in words, not "partly".
      await page.locator('details.report-all-services > summary').click();
      const cell = page.locator(`#report-dimensions tr[data-service="${eid.serviceId}"] td[data-dimension="N3-4"]`);
      expect(await cell.getAttribute('data-status')).toBe('not-known');
      expect((await cell.innerText()).trim()).toBe(text(lang, 'accessDim.status.not-known'));
    });
  });

  test("an institution's page: the same overview for its services, most gaps first", async () => {
    const institution = 'vsaa';
    const own = rows.filter((r) => r.institution === institution);
    await withPage(site, noJs, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'accessReportInstitution', slug: institution })));
      const table = page.locator('#report-dimensions');
      expect(await table.locator('tbody tr').count()).toBe(own.length);
      const gaps = (await column(page, '#report-dimensions', 1)).map(Number);
      expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
      expect(await table.locator('tbody tr .status-tag').count()).toBe(own.length * 4);
    });
  });

  test('advice: the summary gives each advice with its basis, linked; a service on its institution page gets its own', async () => {
    const summary = adviceSummary(catalog, catalog.services);
    const english = catalog.services.find((s) => adviceFor(catalog, s).some((a) => a.code === 'publish-english'))!;
    await withPage(site, noJs, async (page) => {
      await page.goto(site.url(reportPath));
      const rowsShown = page.locator('#report-advice-summary tbody tr');
      expect(await rowsShown.count()).toBe(summary.length);
      const row = page.locator('#report-advice-summary tr[data-advice="publish-english"]');
      expect(await row.locator('th').innerText()).toBe(text(lang, 'report.adviceShort.publish-english'));
      expect(await row.locator('a').getAttribute('href')).toBe('https://eur-lex.europa.eu/eli/reg/2018/1724/oj');
      expect(await row.locator('a').innerText()).toBe(text(lang, 'report.basis.sdg-art-12'));
      expect(await row.locator('td.num').innerText()).toBe(
        String(summary.find((r) => r.advice.code === 'publish-english')!.services),
      );

      await page.goto(site.url(pathFor(lang, { kind: 'accessReportInstitution', slug: english.institution })));
      const serviceName = lang === 'lv' ? english.name.lv : english.name.en.text;
      const block = page
        .locator('.report-gaps > li > details')
        .filter({ has: page.locator('summary', { hasText: serviceName }) })
        .first();
      const advice = block.locator('.report-advice li[data-advice="publish-english"]');
      expect(await advice.count()).toBe(1);
      expect(await advice.locator('a[href="https://eur-lex.europa.eu/eli/reg/2018/1724/oj"]').count()).toBe(1);
      // On paper (or opened) the advice reads as the sentence from the UI strings.
      await page.emulateMedia({ media: 'print' });
      expect(await advice.innerText()).toContain(text(lang, 'report.advice.publish-english'));
    });
  });

  test('downloads: the CSV opens in a Latvian spreadsheet (byte-order mark, headers in the language, institution names) and the JSON has the same rows', async () => {
    const institution = catalog.institutions.find((i) => i.id === 'vsaa')!;
    const own = rows.filter((r) => r.institution === institution.id);
    await withPage(site, noJs, async (page) => {
      for (const id of [undefined, institution.id]) {
        const csv = await page.request.get(site.url(accessReportCsvPath(lang, id)));
        expect(csv.status()).toBe(200);
        const bytes = await csv.body();
        expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
        const lines = bytes
          .toString('utf8')
          .replace(/^\uFEFF/, '')
          .split('\r\n')
          .filter(Boolean);
        expect(lines[0]!.split(',').slice(0, 3)).toEqual([
          text(lang, 'report.csv.col.service'),
          text(lang, 'report.csv.col.name'),
          text(lang, 'report.csv.col.institution'),
        ]);
        expect(lines.length - 1).toBe(id ? own.length : rows.length);
        const json = JSON.parse(await (await page.request.get(site.url(accessReportJsonPath(lang, id)))).text());
        expect(json.rows.length).toBe(lines.length - 1);
        expect(json.columns.map((c: { label: string }) => c.label)).toEqual(lines[0]!.split(','));
      }
      const body = (
        await (await page.request.get(site.url(accessReportCsvPath(lang, institution.id)))).body()
      ).toString('utf8');
      // The institution's name in the language, never its code.
      expect(body).toContain(lang === 'lv' ? institution.name.lv : institution.name.en.text);
      if (lang === 'lv') expect(body).toContain('Iestāde');
      const json = JSON.parse(
        await (await page.request.get(site.url(accessReportJsonPath(lang, institution.id)))).text(),
      );
      expect(json.rows.every((r: Record<string, string>) => r.institution !== institution.id)).toBe(true);
      expect(json.rows.map((r: Record<string, string>) => r.service).sort()).toEqual(
        own.map((r) => r.serviceId).sort(),
      );
    });
  });

  test('social groups: each service of an institution says what exists for each group, or that our data knows of nothing', async () => {
    const institution = 'vsaa';
    const services = catalog.services.filter((s) => s.institution === institution);
    await withPage(site, noJs, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'accessReportInstitution', slug: institution })));
      expect(await page.locator('#report-social tbody tr').count()).toBe(services.length);
      for (const service of services.slice(0, 5)) {
        const facts = socialGroupFacts(catalog, service);
        for (const group of ['lowIncome', 'lowDigitalSkills', 'impairments'] as const) {
          const cell = page.locator(`#report-social tr[data-service="${service.id}"] td[data-group="${group}"]`);
          if (somethingFor(facts, group))
            expect(await cell.locator('li').count(), `${service.id} ${group}`).toBeGreaterThan(0);
          else expect(await cell.locator('.social-none').innerText()).toBe(text(lang, 'social.nothing'));
        }
      }
    });
  });

  test('print: the report is set on A4 landscape sheets', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(site.url(pathFor(lang, { kind: 'accessReportInstitution', slug: 'vsaa' })));
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true });
      // Every page's MediaBox is 842 × 595 points: A4 on its side.
      const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
        Math.round(Number(m[1])),
        Math.round(Number(m[2])),
      ]);
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(box).toEqual([842, 595]);
      // The overview fits the sheet's width: nothing scrolls sideways on paper.
      const overflow = await page
        .locator('#report-dimensions')
        .evaluate((table) => table.scrollWidth - table.parentElement!.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});
