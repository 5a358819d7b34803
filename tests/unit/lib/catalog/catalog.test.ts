import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../../../src/lib/catalog/validate.ts';
import { placeOffers, placesOffering, servicesAt, type Catalog } from '../../../../src/lib/catalog/catalog.ts';
import { loadCatalog } from '../../../../src/server/load-catalog.ts';
import { channel, validPlace, validRaw, validService } from '../../../fixtures/catalog.ts';

/** A catalogue with one service and one place, each changed by the case. */
function catalogWith(
  place: Record<string, unknown>,
  service: Record<string, unknown>,
  sets: { id: string; services: string[] }[] = [],
): Catalog {
  const raw = validRaw();
  raw.places[0]!.records = [{ ...validPlace(), ...place }];
  raw.services[0]!.records = [{ ...validService(), ...service }];
  if (sets.length > 0) {
    raw.serviceSets = [
      {
        file: 'data/service-sets.json',
        records: sets.map((s) => ({
          ...s,
          name: { lv: s.id, en: s.id },
          note: { lv: 'Daļējs.', en: 'Partial.' },
          sources: [{ url: 'https://example.test/set', title: 'Set' }],
          checked: '2026-11-26',
        })),
      },
    ];
  }
  return validateCatalog(raw);
}

const inPerson = (extra: Record<string, unknown>) => ({
  receiptChannels: [channel('in-person', extra)],
  requestChannels: [channel('post')],
});

describe('which places offer a service', () => {
  it.each([
    ['the place lists the service', { services: ['passport'] }, inPerson({ placeTypes: [] }), [], true],
    [
      'the place offers a set holding the service',
      { serviceSets: ['vpvkac-basket'] },
      inPerson({ placeTypes: [] }),
      [{ id: 'vpvkac-basket', services: ['passport'] }],
      true,
    ],
    [
      'the place offers a set without the service',
      { serviceSets: ['vpvkac-basket'] },
      inPerson({ placeTypes: [] }),
      [{ id: 'vpvkac-basket', services: [] }],
      false,
    ],
    [
      'a channel names the place',
      { institution: 'pmlp' },
      inPerson({ placeTypes: [], placeIds: ['pmlp-riga'] }),
      [],
      true,
    ],
    [
      "a channel names the type and the place is the institution's",
      {},
      inPerson({ placeTypes: ['institution-office'] }),
      [],
      true,
    ],
    [
      'a channel names the type but another institution runs the place',
      { institution: null },
      inPerson({ placeTypes: ['institution-office'] }),
      [],
      false,
    ],
    ['a channel names another type', {}, inPerson({ placeTypes: ['vpvkac'] }), [], false],
    [
      'an embassy is only named by its own list',
      { type: 'embassy', country: 'DE', municipality: null },
      inPerson({ placeTypes: ['embassy'], placeIds: ['pmlp-riga'] }),
      [],
      false,
    ],
    [
      'an embassy listing the service offers it',
      { type: 'embassy', country: 'DE', municipality: null, services: ['passport'] },
      inPerson({ placeTypes: [] }),
      [],
      true,
    ],
    ['a service with no in-person channel', {}, { receiptChannels: [channel('post')] }, [], false],
  ])('%s', (_label, place, service, sets, offered) => {
    const catalog = catalogWith(place, service, sets);
    const [p] = catalog.places;
    const [s] = catalog.services;
    expect(placeOffers(catalog, p!, s!)).toBe(offered);
    expect(placesOffering(catalog, s!).map((x) => x.id)).toEqual(offered ? [p!.id] : []);
    expect(servicesAt(catalog, p!, 'lv').map((x) => x.id)).toEqual(offered ? [s!.id] : []);
  });

  it('finds on the real catalogue exactly the places a check of every pair finds, in catalogue order', () => {
    const catalog = loadCatalog();
    for (const service of catalog.services) {
      const everyPair = catalog.places.filter((place) => placeOffers(catalog, place, service)).map((p) => p.id);
      expect(
        placesOffering(catalog, service).map((p) => p.id),
        service.id,
      ).toEqual(everyPair);
    }
    for (const place of catalog.places) {
      const everyPair = catalog.services
        .filter((service) => placeOffers(catalog, place, service))
        .map((s) => s.id)
        .sort();
      expect(
        servicesAt(catalog, place, 'lv')
          .map((s) => s.id)
          .sort(),
        place.id,
      ).toEqual(everyPair);
    }
  });
});
