import { describe, expect, it } from 'vitest';
import { adviceFor, basisUrl, FAR_PARISH_KM } from '../../../../src/lib/access/advice.ts';
import { adviceSummary } from '../../../../src/lib/access/report-page.ts';
import type { Catalog } from '../../../../src/lib/catalog/validate.ts';
import {
  ServiceSetDefinition,
  type GazetteerEntry,
  type Place,
  type Service,
} from '../../../../src/lib/schema/index.ts';
import {
  ASSIST,
  catalog as catalogOf,
  channels,
  municipality as novads,
  parish,
  place,
  service,
} from '../../../fixtures/catalog.ts';

const municipality = novads();
const basket = ServiceSetDefinition.parse({
  id: 'vpvkac-basket',
  name: { lv: 'Grozs', en: 'Basket' },
  note: { lv: 'P', en: 'N' },
  services: ['in-basket'],
  sources: [{ url: 'https://likumi.lv/ta/id/292260', title: 'MK 401' }],
  checked: '2026-11-01',
});
const cb = (over: Record<string, unknown>) => ({
  fromAbroad: true,
  fromAbroadHow: null,
  foreignEid: true,
  englishInstructionsUrl: 'https://example.test/en',
  foreignerNote: null,
  ...over,
});
function catalog(services: Service[], places: Place[] = [], gazetteer: GazetteerEntry[] = []): Catalog {
  return catalogOf({ services, places, municipalities: [municipality], serviceSets: [basket], gazetteer });
}
/** A service with nothing to advise: post and e-service, help for every group, everything for people abroad. */
const complete = {
  kind: 'e',
  requestChannels: channels('e-service', 'post'),
  receiptChannels: channels('e-service', 'post'),
  assisted: { lowIncome: [ASSIST], lowDigitalSkills: [ASSIST], impairments: [ASSIST] },
  crossBorder: cb({}),
};
const codes = (c: Catalog, s: Service) => adviceFor(c, s).map((a) => a.code + (a.fact ? `:${a.fact}` : ''));

describe('adviceFor', () => {
  it.each([
    ['nothing missing', {}, []],
    ['no post or phone', { requestChannels: channels('e-service') }, ['offer-post-or-phone']],
    [
      'a d-service is not asked for post or assisted help',
      {
        kind: 'd',
        requestChannels: channels('e-service'),
        assisted: { lowIncome: [], lowDigitalSkills: [], impairments: [] },
      },
      [],
    ],
    ['no English', { crossBorder: cb({ englishInstructionsUrl: null }) }, ['publish-english']],
    ['foreign eID refused', { crossBorder: cb({ foreignEid: false }) }, ['enable-foreign-eid']],
    [
      'foreign eID unknown: publish whether, no second advice for the same fact',
      { crossBorder: cb({ foreignEid: null }) },
      ['state-foreign-eid'],
    ],
    [
      'foreign eID unknown but nothing online: no eID advice',
      { requestChannels: channels('post', 'phone'), crossBorder: cb({ foreignEid: null }) },
      [],
    ],
    ['from abroad unknown: publish the fact', { crossBorder: cb({ fromAbroad: null }) }, ['publish-fact:from-abroad']],
    ['no receipt channel in the data', { receiptChannels: [] }, ['publish-fact:receipt-channels']],
    [
      'no help for low digital skills, not in the basket',
      { assisted: { lowIncome: [ASSIST], lowDigitalSkills: [], impairments: [ASSIST] } },
      ['offer-assisted-help'],
    ],
    [
      'no help for low digital skills, in the basket',
      {
        id: 'in-basket',
        slug: 'in-basket',
        assisted: { lowIncome: [ASSIST], lowDigitalSkills: [], impairments: [ASSIST] },
      },
      ['list-vpvkac-help'],
    ],
  ] as const)('%s', (_name, over, expected) => {
    const s = service({ ...complete, ...over });
    expect(codes(catalog([s]), s)).toEqual(expected);
  });

  it(`names the parishes farther than ${FAR_PARISH_KM} km from every located place, farthest first`, () => {
    const s = service({
      ...complete,
      requestChannels: channels('e-service', 'post', 'in-person'),
      receiptChannels: channels('in-person', 'post'),
    });
    const office = place('office', { coordinates: { lat: 57, lon: 25, precision: 'exact' } });
    // 0.2° ≈ 22 km (near), 0.3° ≈ 33 km, 0.5° ≈ 56 km.
    const c = catalog([s], [office], [parish('near', 57.2), parish('far', 57.3), parish('farthest', 57.5)]);
    const advice = adviceFor(c, s).find((a) => a.code === 'places-near-parishes')!;
    expect(advice.dimension).toBe('N3-2');
    expect(advice.parishes!.map((p) => p.name)).toEqual(['farthest', 'far']);
    expect(Math.round(advice.parishes![0]!.metres / 1000)).toBe(56);
  });

  it('asks for the positions instead when some place offering it has none (distances to the others would mislead)', () => {
    const s = service({
      ...complete,
      requestChannels: channels('e-service', 'post', 'in-person'),
      receiptChannels: channels('in-person', 'post'),
    });
    const c = catalog(
      [s],
      [
        place('located', { coordinates: { lat: 57, lon: 25, precision: 'exact' } }),
        place('unlocated', { coordinates: null }),
      ],
      [parish('far', 57.5)],
    );
    expect(adviceFor(c, s).filter((a) => a.dimension === 'N3-2')).toEqual([
      { code: 'locate-places', dimension: 'N3-2', basis: ['pu2-14'], unlocated: 1 },
    ]);
  });

  it('orders the advice N3-1 … N3-4 and gives each its basis', () => {
    const s = service({
      ...complete,
      requestChannels: channels('e-service'),
      crossBorder: cb({ englishInstructionsUrl: null, foreignEid: false }),
      assisted: { lowIncome: [], lowDigitalSkills: [], impairments: [] },
    });
    const advice = adviceFor(catalog([s]), s);
    expect(advice.map((a) => [a.dimension, a.code, a.basis])).toEqual([
      ['N3-1', 'offer-post-or-phone', ['pu2-14']],
      ['N3-3', 'offer-assisted-help', ['pu2-14', 'vpvkac-basket']],
      ['N3-4', 'publish-english', ['sdg-art-12']],
      ['N3-4', 'enable-foreign-eid', ['sdg-art-13', 'eidas']],
    ]);
  });
});

describe('basisUrl', () => {
  it.each([
    ['sdg-art-12', 'https://eur-lex.europa.eu/eli/reg/2018/1724/oj'],
    ['sdg-art-13', 'https://eur-lex.europa.eu/eli/reg/2018/1724/oj'],
    ['eidas', 'https://eur-lex.europa.eu/eli/reg/2014/910/oj'],
    ['vpvkac-basket', 'https://likumi.lv/ta/id/292260'],
    ['pu2-14', null],
  ] as const)('%s', (basis, url) => {
    expect(basisUrl(catalog([]), basis)).toBe(url);
  });
});

describe('adviceSummary', () => {
  it('counts each advice once per service, most first', () => {
    const a = service({
      ...complete,
      id: 'a',
      slug: 'a',
      requestChannels: channels('e-service'),
      crossBorder: cb({ englishInstructionsUrl: null }),
    });
    const b = service({ ...complete, id: 'b', slug: 'b', crossBorder: cb({ englishInstructionsUrl: null }) });
    expect(adviceSummary(catalog([a, b]), [a, b]).map((r) => [r.advice.code, r.services])).toEqual([
      ['publish-english', 2],
      ['offer-post-or-phone', 1],
    ]);
  });
});
