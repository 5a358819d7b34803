import { describe, expect, it } from 'vitest';
import {
  dimensionColumns,
  institutionColumns,
  reportPage,
  serviceColumns,
} from '../../../../src/lib/access/report-page.ts';
import type { Translate } from '../../../../src/lib/access/text.ts';
import { useTranslations } from '../../../../src/i18n/index.ts';
import type { Catalog } from '../../../../src/lib/catalog/validate.ts';
import {
  catalog as catalogOf,
  channels,
  institution,
  municipality,
  place,
  service as passport,
} from '../../../fixtures/catalog.ts';

const service = (id: string, inst: string, lv: string, over: Record<string, unknown> = {}) =>
  passport({ id, slug: id, institution: inst, name: { lv, en: { text: lv, origin: 'ours' } }, ...over });
const full = {
  kind: 'e',
  requestChannels: channels('e-service', 'post'),
  receiptChannels: channels('e-service', 'post'),
  crossBorder: {
    fromAbroad: true,
    fromAbroadHow: null,
    foreignEid: true,
    englishInstructionsUrl: 'https://example.test/en',
    foreignerNote: null,
  },
};
const catalog: Catalog = catalogOf({
  institutions: [institution('pmlp', 'Pārvalde'), institution('vid', 'Dienests'), institution('empty', 'Aģentūra')],
  services: [
    service('zeta', 'pmlp', 'Zeta'),
    service('alfa', 'pmlp', 'Ālfa', full),
    service('tax', 'vid', 'Nodoklis', full),
  ],
  places: [place('office')],
  municipalities: [municipality()],
});

describe('reportPage', () => {
  const whole = reportPage(catalog, { lang: 'lv' });
  const pmlp = reportPage(catalog, { lang: 'lv', institutionId: 'pmlp' });

  it('whole catalogue: every institution in the overview, services in Latvian alphabetical order, advice summed up', () => {
    expect(whole.institution).toBeUndefined();
    expect(whole.services.map((s) => s.id)).toEqual(['alfa', 'tax', 'zeta']);
    expect(whole.institutionRows.map((r) => r.institution.id)).toEqual(['pmlp', 'vid', 'empty']);
    expect(whole.serviceRows[0]!.serviceId).toBe('zeta');
    expect(whole.adviceSummary.length).toBeGreaterThan(0);
    expect(whole.gapsByService.every((g) => g.advice.length === 0)).toBe(true);
    expect(whole.coverageBlocks).toEqual([]);
  });

  it("an institution's page: only its services, each gap block with its own advice, no institution overview", () => {
    expect(pmlp.services.map((s) => s.id)).toEqual(['alfa', 'zeta']);
    expect(pmlp.institutionRows).toEqual([]);
    expect(pmlp.adviceSummary).toEqual([]);
    const zeta = pmlp.gapsByService.find((g) => g.serviceId === 'zeta')!;
    expect(zeta.advice.map((a) => a.code)).toContain('offer-post-or-phone');
    // zeta (the fixture) leaves from-abroad and the foreign eID open: counted apart.
    expect(pmlp.notKnownByService.map((n) => [n.serviceId, n.dimensions.map((d) => d.code)])).toEqual([
      ['zeta', ['N3-4']],
    ]);
    expect(pmlp.notKnownCount).toBe(1);
    expect(pmlp.coverageBlocks.map((b) => b.members.map((m) => m.id))).toEqual([['zeta']]);
    expect(pmlp.remoteOnly.map((s) => s.id)).toEqual(['alfa']);
  });

  it.each([
    ['lv', 'zeta', { name: 'Zeta', accessHref: '/lv/pakalpojumi/zeta/#access', institutionName: 'Pārvalde' }],
    ['en', 'tax', { name: 'Nodoklis', accessHref: '/en/services/tax/#access', institutionName: 'Dienests' }],
  ] as const)('names and links every service of the page in the language (%s, %s)', (lang, id, link) => {
    const report = reportPage(catalog, { lang });
    expect(report.links.get(id)).toEqual(link);
    expect([...report.links.keys()]).toEqual(report.services.map((s) => s.id));
  });

  it("the page reference: the whole report, or the institution's own", () => {
    expect(whole.page).toEqual({ kind: 'accessReport' });
    expect(pmlp.page).toEqual({ kind: 'accessReportInstitution', slug: 'pmlp' });
  });

  it("each gap block carries its service's assessment, the one its gaps came from", () => {
    for (const block of pmlp.gapsByService) {
      expect(block.assessment).toBe(pmlp.rows.find((r) => r.serviceId === block.serviceId)!.assessment);
      for (const gap of block.gaps) expect(block.assessment[gap.dimension].status).toBe(gap.status);
    }
  });

  it('a link (or null) for every basis the page names, and none it does not', () => {
    const named = (page: typeof whole) =>
      new Set(
        [...page.gapsByService.flatMap((g) => g.advice), ...page.adviceSummary.map((a) => a.advice)].flatMap(
          (a) => a.basis,
        ),
      );
    for (const page of [whole, pmlp]) expect(new Set(page.basisUrls.keys())).toEqual(named(page));
    expect(pmlp.basisUrls.get('pu2-14')).toBeNull();
  });

  it("social groups: one row per service on an institution's page, none on the whole report", () => {
    expect(whole.social).toEqual([]);
    expect(pmlp.social.map((r) => r.service.id)).toEqual(['alfa', 'zeta']);
    expect(pmlp.social.every((r) => r.unknownFree === (r.facts.lowIncome.free === null))).toBe(true);
  });

  it('coverage blocks count the far parishes they list', () => {
    for (const block of pmlp.coverageBlocks)
      expect(block.farParishCount).toBe(block.farParishes.reduce((n, p) => n + p.names.length, 0));
  });
});

describe('the overview columns', () => {
  const t = useTranslations('en') as Translate;
  it.each([
    ['a table within one institution', serviceColumns(t, { withInstitution: false }), ['Service', 'Gaps', 'Not known']],
    [
      'a table across institutions',
      serviceColumns(t, { withInstitution: true }),
      ['Service', 'Institution', 'Gaps', 'Not known'],
    ],
    ['the institutions', institutionColumns(t), ['Institution', 'Services', 'Gaps', 'Not known']],
  ])('%s: its own columns, then the four dimensions sorted as numbers', (_label, columns, first) => {
    expect(columns.slice(0, first.length).map((c) => c.label)).toEqual(first);
    expect(columns.slice(first.length)).toEqual(dimensionColumns(t));
    expect(dimensionColumns(t).map((c) => [c.label.split(' ')[0], c.sort])).toEqual([
      ['N3-1', 'number'],
      ['N3-2', 'number'],
      ['N3-3', 'number'],
      ['N3-4', 'number'],
    ]);
    expect(columns[0]!.sort).toBe('text');
  });
});
