import { describe, expect, it } from 'vitest';
import { reportPage } from '../../../../src/lib/access/report-page.ts';
import type { Catalog } from '../../../../src/lib/catalog/validate.ts';
import { Institution, Municipality, Place, Service, type ChannelType } from '../../../../src/lib/schema/index.ts';
import { channel, validPlace, validService } from '../../../fixtures/catalog.ts';

const source = { sources: [{ url: 'https://example.test/source', title: 'Test source' }], checked: '2026-11-01' };
const chs = (...types: ChannelType[]) => types.map((type) => channel(type));
const institution = (id: string, lv: string) => Institution.parse({ id, name: { lv, en: { text: lv, origin: 'ours' } }, abbreviation: null, website: null, phone: null, email: null, ...source });
const service = (id: string, inst: string, lv: string, over: Record<string, unknown> = {}) => Service.parse({ ...validService(), id, slug: id, institution: inst, name: { lv, en: { text: lv, origin: 'ours' } }, ...over });
const municipality = Municipality.parse({ atvk: '0001000', slug: 'm', name: { lv: 'Novads', en: 'Municipality' }, kind: 'novads', centre: { lat: 57, lon: 25, precision: 'settlement' }, aliases: [], ...source });
const full = { kind: 'e', requestChannels: chs('e-service', 'post'), receiptChannels: chs('e-service', 'post'), crossBorder: { fromAbroad: true, fromAbroadHow: null, foreignEid: true, englishInstructionsUrl: 'https://example.test/en', foreignerNote: null } };
const catalog: Catalog = {
  institutions: [institution('pmlp', 'Pārvalde'), institution('vid', 'Dienests'), institution('empty', 'Aģentūra')],
  services: [service('zeta', 'pmlp', 'Zeta'), service('alfa', 'pmlp', 'Ālfa', full), service('tax', 'vid', 'Nodoklis', full)],
  places: [Place.parse({ ...validPlace(), id: 'office' })],
  municipalities: [municipality],
  lifeSituations: [], serviceSets: [], specialDays: [], gazetteer: [],
};

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
    expect(pmlp.notKnownByService.map((n) => [n.serviceId, n.dimensions.map((d) => d.code)])).toEqual([['zeta', ['N3-4']]]);
    expect(pmlp.notKnownCount).toBe(1);
    expect(pmlp.coverageBlocks.map((b) => b.members.map((m) => m.id))).toEqual([['zeta']]);
    expect(pmlp.remoteOnly.map((s) => s.id)).toEqual(['alfa']);
  });
});
