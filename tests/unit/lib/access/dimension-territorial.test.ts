import { describe, expect, it } from 'vitest';
import { assessTerritorial } from '../../../../src/lib/access/dimension-territorial.ts';
import { ServiceSetDefinition } from '../../../../src/lib/schema/index.ts';
import {
  catalog,
  chs,
  municipality,
  place,
  reasonTracker,
  service,
  source,
} from '../../../fixtures/access-dimensions.ts';

const seen = reasonTracker('territorial');

describe('N3-2 territorial', () => {
  const A = '0001000';
  const B = '0002000';
  const C = '0003000';
  const inA = place('office-a', { municipality: A });
  const inB = place('office-b', { municipality: B });
  const two = [municipality(A), municipality(B)];
  const three = [...two, municipality(C)];
  const national = { tier: 'national', municipality: null, placeId: null, note: null };
  const abroad = { ...national, tier: 'abroad' };
  const remoteInPerson = {
    kind: 'e',
    requestChannels: chs('e-service', 'in-person'),
    receiptChannels: chs('in-person'),
  };
  const inPersonOnly = { kind: 'f', requestChannels: chs('in-person'), receiptChannels: chs('in-person') };

  it.each([
    [
      'national, fully remote, no in-person channel',
      { kind: 'e', scope: national, requestChannels: chs('e-service'), receiptChannels: chs('post') },
      [],
      two,
      'provided',
      'remote-only',
    ],
    [
      'abroad tier, remote request, receipt at an embassy',
      { kind: 'f', scope: abroad, requestChannels: chs('e-service', 'embassy'), receiptChannels: chs('embassy') },
      [],
      two,
      'provided',
      'remote-only',
    ],
    [
      'national, embassy only',
      { kind: 'f', scope: national, requestChannels: chs('embassy'), receiptChannels: chs('embassy') },
      [],
      two,
      'not-provided',
      'no-remote-no-places',
    ],
    [
      'national, remote and places in every municipality',
      { ...remoteInPerson, scope: national },
      [inA, inB],
      two,
      'provided',
      'remote-and-places-everywhere',
    ],
    [
      'abroad tier, remote and places in every municipality',
      { ...remoteInPerson, scope: abroad },
      [inA, inB],
      two,
      'provided',
      'remote-and-places-everywhere',
    ],
    [
      'national, remote by phone, places in some municipalities',
      { kind: 'e', scope: national, requestChannels: chs('phone', 'in-person'), receiptChannels: chs('in-person') },
      [inA],
      two,
      'partly',
      'remote-places-partial',
    ],
    [
      'national, remote, in-person channel but no place at all',
      { ...remoteInPerson, scope: national },
      [],
      two,
      'not-known',
      'remote-places-partial',
    ],
    [
      'national, in person only, places everywhere',
      { ...inPersonOnly, scope: national },
      [inA, inB],
      two,
      'partly',
      'places-everywhere-no-remote',
    ],
    [
      'national, in person only, half the municipalities',
      { ...inPersonOnly, scope: national },
      [inA],
      two,
      'partly',
      'places-partial-no-remote',
    ],
    [
      'national, in person only, under half',
      { ...inPersonOnly, scope: national },
      [inA],
      three,
      'not-provided',
      'places-partial-no-remote',
    ],
    [
      'national, in person only, no place',
      { ...inPersonOnly, scope: national },
      [],
      two,
      'not-known',
      'places-partial-no-remote',
    ],
    [
      'municipality, a place there',
      { ...inPersonOnly, scope: { ...national, tier: 'municipality', municipality: A } },
      [inA],
      two,
      'provided',
      'scope-places-exist',
    ],
    [
      'municipality, no place there, remote',
      { ...remoteInPerson, scope: { ...national, tier: 'municipality', municipality: B } },
      [inA],
      two,
      'partly',
      'scope-remote-only',
    ],
    [
      'municipality, no place there, in person only',
      { ...inPersonOnly, scope: { ...national, tier: 'municipality', municipality: B } },
      [inA],
      two,
      'not-provided',
      'scope-no-places',
    ],
    [
      'single place that exists',
      { ...inPersonOnly, scope: { ...national, tier: 'single-place', placeId: 'office-a' } },
      [inA],
      two,
      'provided',
      'scope-places-exist',
    ],
    [
      'single place missing, remote',
      { ...remoteInPerson, scope: { ...national, tier: 'single-place', placeId: 'office-z' } },
      [inA],
      two,
      'partly',
      'scope-remote-only',
    ],
    [
      'single place missing, in person only',
      { ...inPersonOnly, scope: { ...national, tier: 'single-place', placeId: 'office-z' } },
      [inA],
      two,
      'not-provided',
      'scope-no-places',
    ],
    [
      'special territory with a place',
      {
        ...inPersonOnly,
        scope: { ...national, tier: 'special-territory', note: { lv: 'Pierobeža', en: 'Border zone' } },
      },
      [inB],
      two,
      'provided',
      'scope-places-exist',
    ],
    [
      'special territory, no place, remote',
      { ...remoteInPerson, scope: { ...national, tier: 'special-territory' } },
      [],
      two,
      'not-known',
      'scope-remote-only',
    ],
    [
      'special territory, no place, in person only',
      { ...inPersonOnly, scope: { ...national, tier: 'special-territory' } },
      [],
      two,
      'not-known',
      'scope-no-places',
    ],
  ] as const)('%s', (_name, over, places, municipalities, status, code) => {
    const s = service(over as Record<string, unknown>);
    const result = assessTerritorial(
      catalog({ services: [s], places: [...places], municipalities: [...municipalities] }),
      s,
    );
    seen.record(result);
    expect(result.dimension).toBe('N3-2');
    expect(result.status).toBe(status);
    expect(result.reason.code).toBe(code);
    // Not known exactly when our data lists no place for an in-person channel: that fact would settle it.
    expect(result.unknown).toEqual(status === 'not-known' ? ['places'] : []);
  });

  it('reports covered and total municipalities, counting each municipality once', () => {
    const s = service({ ...remoteInPerson, scope: national });
    const result = assessTerritorial(
      catalog({ services: [s], places: [inA, place('office-a2', { municipality: A })], municipalities: three }),
      s,
    );
    expect(result.reason).toEqual({ code: 'remote-places-partial', tier: 'national', covered: 1, total: 3 });
  });

  it('counts places that offer the service through a service set, not embassies or other institutions', () => {
    const s = service({ id: 'basket-service', slug: 'basket-service', ...inPersonOnly, scope: national });
    const centre = place('vpvkac-b', {
      type: 'vpvkac',
      institution: null,
      municipality: B,
      serviceSets: ['vpvkac-basket'],
    });
    const otherInstitution = place('vid-a', { institution: 'vid', municipality: A });
    const embassy = place('embassy-ee', {
      type: 'embassy',
      municipality: null,
      country: 'EE',
      postcode: null,
      services: ['basket-service'],
      coordinates: null,
    });
    const set = ServiceSetDefinition.parse({
      id: 'vpvkac-basket',
      name: { lv: 'Grozs', en: 'Basket' },
      note: { lv: 'Piezīme', en: 'Note' },
      services: ['basket-service'],
      ...source,
    });
    const result = assessTerritorial(
      catalog({ services: [s], places: [centre, otherInstitution, embassy], municipalities: two, serviceSets: [set] }),
      s,
    );
    expect(result.reason).toEqual({ code: 'places-partial-no-remote', tier: 'national', covered: 1, total: 2 });
  });

  it('gives the scope parameters for local tiers', () => {
    const s = service({ ...inPersonOnly, scope: { ...national, tier: 'municipality', municipality: A } });
    const result = assessTerritorial(
      catalog({ services: [s], places: [inA, place('office-a2', { municipality: A }), inB], municipalities: two }),
      s,
    );
    expect(result.reason).toEqual({
      code: 'scope-places-exist',
      tier: 'municipality',
      places: 2,
      municipality: A,
      placeId: null,
    });
  });

  it.each([
    ['an in-person channel and no place in Latvia', { ...remoteInPerson, scope: national }, [], ['no-places-listed']],
    [
      'an in-person channel and only a place abroad',
      { ...inPersonOnly, scope: national },
      [
        place('embassy-ee', {
          type: 'embassy',
          municipality: null,
          country: 'EE',
          postcode: null,
          coordinates: null,
          services: ['passport'],
        }),
      ],
      ['no-places-listed'],
    ],
    [
      'a local tier with no place anywhere',
      { ...inPersonOnly, scope: { ...national, tier: 'municipality', municipality: A } },
      [],
      ['no-places-listed'],
    ],
    ['an in-person channel and a place', { ...remoteInPerson, scope: national }, [inB], []],
    [
      'no in-person channel',
      { kind: 'e', scope: national, requestChannels: chs('e-service'), receiptChannels: chs('post') },
      [],
      [],
    ],
  ] as const)('notes when no listed place offers it in person: %s', (_name, over, places, notes) => {
    const s = service(over as Record<string, unknown>);
    expect(assessTerritorial(catalog({ services: [s], places: [...places], municipalities: two }), s).notes).toEqual(
      notes,
    );
  });

  it('notes an unknown kind', () => {
    const s = service({ kind: null, scope: national, requestChannels: chs('e-service'), receiptChannels: chs('post') });
    expect(assessTerritorial(catalog({ municipalities: two }), s).notes).toEqual(['kind-unknown']);
  });
});

describe('completeness (runs last)', () => {
  it('exercises every reason code and every status the dimension can have', () =>
    seen.expectComplete(['not-known', 'not-provided', 'partly', 'provided']));
});
