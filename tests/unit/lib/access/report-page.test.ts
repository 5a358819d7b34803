import { describe, expect, it } from 'vitest';
import { reportPage } from '../../../../src/lib/access/report-page.ts';
import type { Catalog } from '../../../../src/lib/catalog/validate.ts';
import { catalog as catalogOf, channels, institution, municipality, place, service as passport } from '../../../fixtures/catalog.ts';

const service = (id: string, inst: string, lv: string, over: Record<string, unknown> = {}) => passport({ id, slug: id, institution: inst, name: { lv, en: { text: lv, origin: 'ours' } }, ...over });
const full = { kind: 'e', requestChannels: channels('e-service', 'post'), receiptChannels: channels('e-service', 'post'), crossBorder: { fromAbroad: true, fromAbroadHow: null, foreignEid: true, englishInstructionsUrl: 'https://example.test/en', foreignerNote: null } };
const catalog: Catalog = catalogOf({
  institutions: [institution('pmlp', 'Pārvalde'), institution('vid', 'Dienests'), institution('empty', 'Aģentūra')],
  services: [service('zeta', 'pmlp', 'Zeta'), service('alfa', 'pmlp', 'Ālfa', full), service('tax', 'vid', 'Nodoklis', full)],
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
    expect(pmlp.notKnownByService.map((n) => [n.serviceId, n.dimensions.map((d) => d.code)])).toEqual([['zeta', ['N3-4']]]);
    expect(pmlp.notKnownCount).toBe(1);
    expect(pmlp.coverageBlocks.map((b) => b.members.map((m) => m.id))).toEqual([['zeta']]);
    expect(pmlp.remoteOnly.map((s) => s.id)).toEqual(['alfa']);
  });
});
