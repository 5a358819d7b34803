import { describe, expect, it } from 'vitest';
import { distanceBand, territorialView } from '../../../../src/lib/access/report-coverage.ts';
import type { Catalog } from '../../../../src/lib/catalog/validate.ts';
import { institution as named, municipality as novads, parish, place } from '../../../fixtures/catalog.ts';

const at = (lat: number) => ({ lat, lon: 25, precision: 'exact' });
const municipality = novads();
const institution = (id: string) => named(id, id, { abbreviation: id.toUpperCase() });

describe('distanceBand', () => {
  it.each([
    [0, 'within-10'],
    [10_000, 'within-10'],
    [10_001, 'within-25'],
    [25_000, 'within-25'],
    [25_001, 'over-25'],
    [null, 'unknown'],
  ] as const)('%s m → %s', (metres, band) => expect(distanceBand(metres)).toBe(band));
});

describe('territorialView', () => {
  // 0.1° of latitude ≈ 11.1 km.
  const places = [
    place('centre', { type: 'vpvkac', institution: null, serviceSets: ['vpvkac-basket'], coordinates: at(57) }),
    place('centre-unlocated', { type: 'vpvkac', institution: null, serviceSets: ['vpvkac-basket'], coordinates: null }),
    place('pmlp-office', { institution: 'pmlp', coordinates: at(57.5) }),
    place('pmlp-embassy', { type: 'embassy', institution: 'pmlp', country: 'EE', municipality: null, postcode: null, coordinates: at(59) }),
  ];
  const catalog: Catalog = {
    institutions: [institution('pmlp'), institution('vid')],
    services: [], places, municipalities: [municipality], lifeSituations: [], serviceSets: [], specialDays: [],
    gazetteer: [parish('near', 57.05), parish('mid', 57.2), parish('far', 57.4), parish('elsewhere', 57, '9999999')],
  };
  const view = territorialView(catalog);

  it('measures to the VPVKAC basket first, then to each institution that has points in Latvia', () => {
    expect(view.sets.map((s) => [s.kind, s.institution?.id ?? null, s.places, s.located])).toEqual([['vpvkac', null, 2, 1], ['institution', 'pmlp', 1, 1]]);
  });

  it('gives every parish of a known municipality its distances and band', () => {
    expect(view.parishes.map((p) => [p.id, p.band, Math.round(p.metres[0]! / 1000), Math.round(p.metres[1]! / 1000)])).toEqual([
      ['near', 'within-10', 6, 50],
      ['mid', 'within-25', 22, 33],
      ['far', 'over-25', 44, 11],
    ]);
    expect(view.bandCounts).toEqual({ 'within-10': 1, 'within-25': 1, 'over-25': 1, unknown: 0 });
    expect(view.municipalities.map((m) => [m.id, m.band])).toEqual([['0001000', 'within-10']]);
  });
});
