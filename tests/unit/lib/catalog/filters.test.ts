import { describe, expect, it } from 'vitest';
import {
  SERVICE_FILTERS,
  filterCounts,
  filterServices,
  isServiceFilter,
  matchesFilter,
  type ServiceFilter,
} from '../../../../src/lib/catalog/filters.ts';
import { ServiceSetDefinition, type Service } from '../../../../src/lib/schema/index.ts';
import { ASSIST, catalog, channels, place, service as passport } from '../../../fixtures/catalog.ts';

const noAssist = { lowIncome: [], lowDigitalSkills: [], impairments: [] };
const crossBorder = {
  fromAbroad: null,
  fromAbroadHow: null,
  foreignEid: null,
  englishInstructionsUrl: null,
  foreignerNote: null,
};

function service(over: Record<string, unknown> = {}): Service {
  return passport({ assisted: noAssist, crossBorder, ...over });
}

type Row = [name: string, over: Record<string, unknown>, expected: Record<ServiceFilter, boolean>];
const none: Record<ServiceFilter, boolean> = {
  online: false,
  'post-phone': false,
  'help-nearby': false,
  abroad: false,
  english: false,
};

describe('service filters', () => {
  it.each([
    [
      'request and receipt online',
      { requestChannels: channels('e-service'), receiptChannels: channels('e-address') },
      { ...none, online: true },
    ],
    [
      'mobile app request, e-mail receipt',
      { requestChannels: channels('mobile-app'), receiptChannels: channels('e-mail-signed') },
      { ...none, online: true },
    ],
    [
      'request online, receipt in person: not fully online',
      { requestChannels: channels('e-service'), receiptChannels: channels('in-person') },
      none,
    ],
    [
      'request online, receipt unknown: not fully online',
      { requestChannels: channels('e-service'), receiptChannels: [] },
      none,
    ],
    [
      'request in person, receipt online: not fully online',
      { requestChannels: channels('in-person'), receiptChannels: channels('e-service') },
      none,
    ],
    [
      'request by post',
      { requestChannels: channels('post'), receiptChannels: channels('post') },
      { ...none, 'post-phone': true },
    ],
    [
      'request by phone',
      { requestChannels: channels('phone'), receiptChannels: channels('post') },
      { ...none, 'post-phone': true },
    ],
    [
      'receipt by post only does not count as post request',
      { requestChannels: channels('in-person'), receiptChannels: channels('post') },
      none,
    ],
    [
      'online and by post',
      { requestChannels: channels('e-service', 'post'), receiptChannels: channels('e-service') },
      { ...none, online: true, 'post-phone': true },
    ],
    [
      'help for low digital skills',
      {
        requestChannels: channels('in-person'),
        receiptChannels: channels('in-person'),
        assisted: { ...noAssist, lowDigitalSkills: [ASSIST] },
      },
      { ...none, 'help-nearby': true },
    ],
    [
      'help only for low income does not count',
      {
        requestChannels: channels('in-person'),
        receiptChannels: channels('in-person'),
        assisted: { ...noAssist, lowIncome: [ASSIST] },
      },
      none,
    ],
    [
      'from abroad',
      {
        requestChannels: channels('embassy'),
        receiptChannels: channels('embassy'),
        crossBorder: { ...crossBorder, fromAbroad: true },
      },
      { ...none, abroad: true },
    ],
    [
      'not from abroad',
      {
        requestChannels: channels('in-person'),
        receiptChannels: channels('in-person'),
        crossBorder: { ...crossBorder, fromAbroad: false },
      },
      none,
    ],
    [
      'English instructions',
      {
        requestChannels: channels('in-person'),
        receiptChannels: channels('in-person'),
        crossBorder: { ...crossBorder, englishInstructionsUrl: 'https://www.pmlp.gov.lv/en' },
      },
      { ...none, english: true },
    ],
  ] as Row[])('%s', (_name, over, expected) => {
    const s = service(over);
    const c = catalog({ services: [s] });
    for (const filter of SERVICE_FILTERS) expect(matchesFilter(c, s, filter), filter).toBe(expected[filter]);
  });

  it('help nearby: a VPVKAC that offers the service counts, another kind of place does not', () => {
    const s = service({ requestChannels: channels('in-person'), receiptChannels: channels('in-person') });
    const vpvkac = place('vpvkac-x', { type: 'vpvkac', services: [s.id], serviceSets: [] });
    const office = place('office-x', { type: 'institution-office', services: [s.id], serviceSets: [] });
    expect(matchesFilter(catalog({ services: [s], places: [office] }), s, 'help-nearby')).toBe(false);
    expect(matchesFilter(catalog({ services: [s], places: [office, vpvkac] }), s, 'help-nearby')).toBe(true);
  });

  it('help nearby: a VPVKAC offering the service through a service set counts', () => {
    const s = service({ requestChannels: channels('in-person'), receiptChannels: channels('in-person') });
    const set = ServiceSetDefinition.parse({
      id: 'vpvkac-basket',
      name: { lv: 'Grozs', en: 'Basket' },
      note: { lv: 'Piezīme', en: 'Note' },
      services: [s.id],
      sources: [{ url: 'https://example.test/s', title: 'S' }],
      checked: '2026-11-01',
    });
    const vpvkac = place('vpvkac-y', { type: 'vpvkac', services: [], serviceSets: ['vpvkac-basket'] });
    expect(matchesFilter(catalog({ services: [s], places: [vpvkac], serviceSets: [set] }), s, 'help-nearby')).toBe(
      true,
    );
  });

  it('filterServices keeps order, filterCounts counts each filter', () => {
    const a = service({
      id: 'a',
      slug: 'a',
      requestChannels: channels('e-service', 'post'),
      receiptChannels: channels('e-service'),
    });
    const b = service({ id: 'b', slug: 'b', requestChannels: channels('phone'), receiptChannels: channels('post') });
    const c = catalog({ services: [a, b] });
    expect(filterServices(c, [b, a], 'post-phone').map((s) => s.id)).toEqual(['b', 'a']);
    expect(filterCounts(c, [a, b])).toEqual({ online: 1, 'post-phone': 2, 'help-nearby': 0, abroad: 0, english: 0 });
  });

  it('isServiceFilter accepts only the five filters', () => {
    for (const f of SERVICE_FILTERS) expect(isServiceFilter(f)).toBe(true);
    expect(isServiceFilter('tiessaiste')).toBe(false);
  });
});
