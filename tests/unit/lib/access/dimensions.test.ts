import { describe, expect, it } from 'vitest';
import {
  ACCESS_NOTES,
  REASON_CODES,
  assessAccess,
  assessCrossBorder,
  assessMultichannel,
  assessSocialGroups,
  assessTerritorial,
  type AccessStatus,
  type DimensionKey,
} from '../../../../src/lib/access/dimensions.ts';
import { Municipality, ServiceSetDefinition, type ChannelType } from '../../../../src/lib/schema/index.ts';
import { ASSIST, SOURCE, catalog, channel, channels, place, service } from '../../../fixtures/catalog.ts';

// ---- builders on top of the shared fixtures; every record is parsed by its zod schema ----

const ch = (type: ChannelType, extra: Record<string, unknown> = {}) => channel(type, extra);

function municipality(atvk: string, lat = 56.95, lon = 24.1): Municipality {
  return Municipality.parse({ atvk, slug: `m-${atvk}`, name: { lv: `Novads ${atvk}`, en: `Municipality ${atvk}` }, kind: 'novads', centre: { lat, lon, precision: 'settlement' }, aliases: [], ...SOURCE });
}

// Every reason code and status the tables produce, checked for completeness at the end.
const seen: Record<DimensionKey, { codes: Set<string>; statuses: Set<AccessStatus> }> = {
  multichannel: { codes: new Set(), statuses: new Set() },
  territorial: { codes: new Set(), statuses: new Set() },
  socialGroups: { codes: new Set(), statuses: new Set() },
  crossBorder: { codes: new Set(), statuses: new Set() },
};
function record(key: DimensionKey, result: { status: AccessStatus; reason: { code: string } }) {
  seen[key].codes.add(result.reason.code);
  seen[key].statuses.add(result.status);
}

// ---- N3-1 multichannel ----

describe('N3-1 multichannel', () => {
  it.each([
    ['d-service: not applicable', 'd', ['e-service'], ['e-service'], 'not-applicable', 'digital-only', []],
    ['e: both stages in both environments', 'e', ['e-service', 'post'], ['e-service', 'in-person'], 'provided', 'alternatives-both-stages', []],
    ['f: request both environments, receipt physical only', 'f', ['e-service', 'in-person'], ['in-person'], 'provided', 'alternatives-both-stages', ['electronic-receipt-not-applicable']],
    ['f: receipt by post is physical enough', 'f', ['mobile-app', 'phone'], ['post'], 'provided', 'alternatives-both-stages', ['electronic-receipt-not-applicable']],
    ['kind unknown: judged by channels, provided', null, ['e-service', 'post'], ['e-address', 'post'], 'provided', 'alternatives-both-stages', ['kind-unknown']],
    ['f: everything in person', 'f', ['in-person'], ['in-person'], 'not-provided', 'single-environment', ['electronic-receipt-not-applicable']],
    ['e: everything physical (post and in person)', 'e', ['post', 'in-person'], ['post'], 'not-provided', 'single-environment', []],
    ['e: everything electronic', 'e', ['e-service', 'e-mail-signed'], ['e-service'], 'not-provided', 'single-environment', []],
    ['e: one channel per stage, no choice anywhere', 'e', ['e-service'], ['post'], 'not-provided', 'no-choice', []],
    ['f: one channel per stage, no choice anywhere', 'f', ['e-service'], ['in-person'], 'not-provided', 'no-choice', ['electronic-receipt-not-applicable']],
    ['e: request has both, receipt physical only', 'e', ['e-service', 'post'], ['post'], 'partly', 'missing-alternatives', []],
    ['e: receipt has both, request electronic only', 'e', ['e-service', 'e-address'], ['e-service', 'post'], 'partly', 'missing-alternatives', []],
    ['f: request electronic only (two channels)', 'f', ['e-service', 'e-mail-signed'], ['in-person'], 'partly', 'missing-alternatives', ['electronic-receipt-not-applicable']],
    ['kind unknown: electronic receipt counts as for an e-service', null, ['post'], ['post', 'e-service'], 'partly', 'missing-alternatives', ['kind-unknown']],
    // No receipt channel in the data: how the result comes would settle it.
    ['e: request both, no source says how it is received', 'e', ['e-service', 'post'], [], 'not-known', 'missing-alternatives', []],
    ['e: request electronic only, no source says how it is received', 'e', ['e-service'], [], 'not-known', 'single-environment', []],
  ] as const)('%s', (_name, kind, request, receipt, status, code, notes) => {
    const result = assessMultichannel(service({ kind, requestChannels: channels(...request), receiptChannels: channels(...receipt) }));
    record('multichannel', result);
    expect(result.dimension).toBe('N3-1');
    expect(result.status).toBe(status);
    expect(result.reason.code).toBe(code);
    expect(result.notes).toEqual(notes);
    expect(result.unknown).toEqual(status === 'not-known' ? ['receipt-channels'] : []);
  });

  it('says which stage and environment are missing', () => {
    const result = assessMultichannel(service({ kind: 'e', requestChannels: channels('e-service', 'post'), receiptChannels: channels('post', 'in-person') }));
    expect(result.reason).toMatchObject({ code: 'missing-alternatives', missing: [{ stage: 'receipt', environment: 'electronic' }] });
  });

  it('names the only environment and the only channels', () => {
    expect(assessMultichannel(service({ kind: 'f', requestChannels: channels('in-person'), receiptChannels: channels('in-person') })).reason).toEqual({ code: 'single-environment', environment: 'physical' });
    expect(assessMultichannel(service({ kind: 'e', requestChannels: channels('e-service'), receiptChannels: channels('post') })).reason).toEqual({ code: 'no-choice', request: 'e-service', receipt: 'post' });
  });

  it('does not ask an f-service for electronic receipt', () => {
    const result = assessMultichannel(service({ kind: 'f', requestChannels: channels('e-service'), receiptChannels: channels('in-person', 'post') }));
    expect(result.reason).toMatchObject({ code: 'missing-alternatives', missing: [{ stage: 'request', environment: 'physical' }] });
  });
});

// ---- N3-2 territorial ----

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
  const remoteInPerson = { kind: 'e', requestChannels: channels('e-service', 'in-person'), receiptChannels: channels('in-person') };
  const inPersonOnly = { kind: 'f', requestChannels: channels('in-person'), receiptChannels: channels('in-person') };

  it.each([
    ['national, fully remote, no in-person channel', { kind: 'e', scope: national, requestChannels: channels('e-service'), receiptChannels: channels('post') }, [], two, 'provided', 'remote-only'],
    ['abroad tier, remote request, receipt at an embassy', { kind: 'f', scope: abroad, requestChannels: channels('e-service', 'embassy'), receiptChannels: channels('embassy') }, [], two, 'provided', 'remote-only'],
    ['national, embassy only', { kind: 'f', scope: national, requestChannels: channels('embassy'), receiptChannels: channels('embassy') }, [], two, 'not-provided', 'no-remote-no-places'],
    ['national, remote and places in every municipality', { ...remoteInPerson, scope: national }, [inA, inB], two, 'provided', 'remote-and-places-everywhere'],
    ['abroad tier, remote and places in every municipality', { ...remoteInPerson, scope: abroad }, [inA, inB], two, 'provided', 'remote-and-places-everywhere'],
    ['national, remote by phone, places in some municipalities', { kind: 'e', scope: national, requestChannels: channels('phone', 'in-person'), receiptChannels: channels('in-person') }, [inA], two, 'partly', 'remote-places-partial'],
    ['national, remote, in-person channel but no place at all', { ...remoteInPerson, scope: national }, [], two, 'not-known', 'remote-places-partial'],
    ['national, in person only, places everywhere', { ...inPersonOnly, scope: national }, [inA, inB], two, 'partly', 'places-everywhere-no-remote'],
    ['national, in person only, half the municipalities', { ...inPersonOnly, scope: national }, [inA], two, 'partly', 'places-partial-no-remote'],
    ['national, in person only, under half', { ...inPersonOnly, scope: national }, [inA], three, 'not-provided', 'places-partial-no-remote'],
    ['national, in person only, no place', { ...inPersonOnly, scope: national }, [], two, 'not-known', 'places-partial-no-remote'],
    ['municipality, a place there', { ...inPersonOnly, scope: { ...national, tier: 'municipality', municipality: A } }, [inA], two, 'provided', 'scope-places-exist'],
    ['municipality, no place there, remote', { ...remoteInPerson, scope: { ...national, tier: 'municipality', municipality: B } }, [inA], two, 'partly', 'scope-remote-only'],
    ['municipality, no place there, in person only', { ...inPersonOnly, scope: { ...national, tier: 'municipality', municipality: B } }, [inA], two, 'not-provided', 'scope-no-places'],
    ['single place that exists', { ...inPersonOnly, scope: { ...national, tier: 'single-place', placeId: 'office-a' } }, [inA], two, 'provided', 'scope-places-exist'],
    ['single place missing, remote', { ...remoteInPerson, scope: { ...national, tier: 'single-place', placeId: 'office-z' } }, [inA], two, 'partly', 'scope-remote-only'],
    ['single place missing, in person only', { ...inPersonOnly, scope: { ...national, tier: 'single-place', placeId: 'office-z' } }, [inA], two, 'not-provided', 'scope-no-places'],
    ['special territory with a place', { ...inPersonOnly, scope: { ...national, tier: 'special-territory', note: { lv: 'Pierobeža', en: 'Border zone' } } }, [inB], two, 'provided', 'scope-places-exist'],
    ['special territory, no place, remote', { ...remoteInPerson, scope: { ...national, tier: 'special-territory' } }, [], two, 'not-known', 'scope-remote-only'],
    ['special territory, no place, in person only', { ...inPersonOnly, scope: { ...national, tier: 'special-territory' } }, [], two, 'not-known', 'scope-no-places'],
  ] as const)('%s', (_name, over, places, municipalities, status, code) => {
    const s = service(over as Record<string, unknown>);
    const result = assessTerritorial(catalog({ services: [s], places: [...places], municipalities: [...municipalities] }), s);
    record('territorial', result);
    expect(result.dimension).toBe('N3-2');
    expect(result.status).toBe(status);
    expect(result.reason.code).toBe(code);
    // Not known exactly when our data lists no place for an in-person channel: that fact would settle it.
    expect(result.unknown).toEqual(status === 'not-known' ? ['places'] : []);
  });

  it('reports covered and total municipalities, counting each municipality once', () => {
    const s = service({ ...remoteInPerson, scope: national });
    const result = assessTerritorial(catalog({ services: [s], places: [inA, place('office-a2', { municipality: A })], municipalities: three }), s);
    expect(result.reason).toEqual({ code: 'remote-places-partial', tier: 'national', covered: 1, total: 3 });
  });

  it('counts places that offer the service through a service set, not embassies or other institutions', () => {
    const s = service({ id: 'basket-service', slug: 'basket-service', ...inPersonOnly, scope: national });
    const centre = place('vpvkac-b', { type: 'vpvkac', institution: null, municipality: B, serviceSets: ['vpvkac-basket'] });
    const otherInstitution = place('vid-a', { institution: 'vid', municipality: A });
    const embassy = place('embassy-ee', { type: 'embassy', municipality: null, country: 'EE', postcode: null, services: ['basket-service'], coordinates: null });
    const set = ServiceSetDefinition.parse({ id: 'vpvkac-basket', name: { lv: 'Grozs', en: 'Basket' }, note: { lv: 'Piezīme', en: 'Note' }, services: ['basket-service'], ...SOURCE });
    const result = assessTerritorial(catalog({ services: [s], places: [centre, otherInstitution, embassy], municipalities: two, serviceSets: [set] }), s);
    expect(result.reason).toEqual({ code: 'places-partial-no-remote', tier: 'national', covered: 1, total: 2 });
  });

  it('gives the scope parameters for local tiers', () => {
    const s = service({ ...inPersonOnly, scope: { ...national, tier: 'municipality', municipality: A } });
    const result = assessTerritorial(catalog({ services: [s], places: [inA, place('office-a2', { municipality: A }), inB], municipalities: two }), s);
    expect(result.reason).toEqual({ code: 'scope-places-exist', tier: 'municipality', places: 2, municipality: A, placeId: null });
  });

  it.each([
    ['an in-person channel and no place in Latvia', { ...remoteInPerson, scope: national }, [], ['no-places-listed']],
    ['an in-person channel and only a place abroad', { ...inPersonOnly, scope: national }, [place('embassy-ee', { type: 'embassy', municipality: null, country: 'EE', postcode: null, coordinates: null, services: ['passport'] })], ['no-places-listed']],
    ['a local tier with no place anywhere', { ...inPersonOnly, scope: { ...national, tier: 'municipality', municipality: A } }, [], ['no-places-listed']],
    ['an in-person channel and a place', { ...remoteInPerson, scope: national }, [inB], []],
    ['no in-person channel', { kind: 'e', scope: national, requestChannels: channels('e-service'), receiptChannels: channels('post') }, [], []],
  ] as const)('notes when no listed place offers it in person: %s', (_name, over, places, notes) => {
    const s = service(over as Record<string, unknown>);
    expect(assessTerritorial(catalog({ services: [s], places: [...places], municipalities: two }), s).notes).toEqual(notes);
  });

  it('notes an unknown kind', () => {
    const s = service({ kind: null, scope: national, requestChannels: channels('e-service'), receiptChannels: channels('post') });
    expect(assessTerritorial(catalog({ municipalities: two }), s).notes).toEqual(['kind-unknown']);
  });
});

// ---- N3-3 all social groups ----

describe('N3-3 all social groups', () => {
  const d = { kind: 'd', requestChannels: channels('e-service'), receiptChannels: channels('e-service') };
  it.each([
    ['d-service: not applicable, even with help listed', d, [1, 1, 1], 'not-applicable', 'digital-only', [], []],
    ['help for all three groups', {}, [1, 2, 1], 'provided', 'all-groups', ['lowIncome', 'lowDigitalSkills', 'impairments'], []],
    ['help for two groups', {}, [1, 0, 1], 'partly', 'some-groups', ['lowIncome', 'impairments'], ['lowDigitalSkills']],
    ['help for one group', {}, [0, 1, 0], 'partly', 'some-groups', ['lowDigitalSkills'], ['lowIncome', 'impairments']],
    ['no help for any group', {}, [0, 0, 0], 'not-provided', 'no-groups', [], ['lowIncome', 'lowDigitalSkills', 'impairments']],
  ] as const)('%s', (_name, over, [income, skills, impairments], status, code, covered, missing) => {
    const assisted = { lowIncome: Array(income).fill(ASSIST), lowDigitalSkills: Array(skills).fill(ASSIST), impairments: Array(impairments).fill(ASSIST) };
    const result = assessSocialGroups(service({ ...over, assisted }));
    record('socialGroups', result);
    expect(result.dimension).toBe('N3-3');
    expect(result.status).toBe(status);
    expect(result.reason.code).toBe(code);
    if (result.reason.code !== 'digital-only') {
      expect(result.reason.covered).toEqual(covered);
      expect(result.reason.missing).toEqual(missing);
      expect(result.reason.options).toEqual({ lowIncome: income, lowDigitalSkills: skills, impairments });
    }
  });
});

// ---- N3-4 cross-border ----

describe('N3-4 cross-border', () => {
  const cb = (over: Record<string, unknown>) => ({ fromAbroad: null, fromAbroadHow: null, foreignEid: null, englishInstructionsUrl: null, foreignerNote: null, ...over });
  const url = 'https://pmlp.gov.lv/en';
  const official = { lv: 'Pase', en: { text: 'Passport', origin: 'official' } };
  const eOnly = { requestChannels: channels('e-service') };
  it.each([
    ['from abroad, English instructions, foreign eID', { ...eOnly, crossBorder: cb({ fromAbroad: true, englishInstructionsUrl: url, foreignEid: true }) }, 'provided', 'cross-border-complete', { met: 3 }],
    ['from abroad, official English name, embassy', { requestChannels: channels('embassy'), name: official, crossBorder: cb({ fromAbroad: true, foreignEid: false }) }, 'provided', 'cross-border-complete', { met: 3 }],
    ['from abroad, English instructions, post, foreign eID unknown', { requestChannels: channels('post'), crossBorder: cb({ fromAbroad: true, englishInstructionsUrl: url }) }, 'provided', 'cross-border-complete', { met: 3 }],
    ['not from abroad, nothing else', { ...eOnly, crossBorder: cb({ fromAbroad: false, foreignEid: false }) }, 'not-provided', 'not-from-abroad', { met: 0 }],
    ['not from abroad, nothing else, foreign eID unknown', { ...eOnly, crossBorder: cb({ fromAbroad: false }) }, 'not-provided', 'not-from-abroad', { met: 0 }],
    ['not from abroad, but English instructions', { ...eOnly, crossBorder: cb({ fromAbroad: false, foreignEid: false, englishInstructionsUrl: url }) }, 'partly', 'cross-border-some', { met: ['englishInfo'], missing: ['fromAbroad', 'remoteIdentification'], unknown: [] }],
    ['from abroad, no English, no remote identification', { ...eOnly, crossBorder: cb({ fromAbroad: true, foreignEid: false }) }, 'partly', 'cross-border-some', { met: ['fromAbroad'], missing: ['englishInfo', 'remoteIdentification'], unknown: [] }],
    ['from abroad unknown, rest met', { ...eOnly, name: official, crossBorder: cb({ foreignEid: true }) }, 'not-known', 'unknown', { met: ['englishInfo', 'remoteIdentification'], missing: [], unknown: ['fromAbroad'] }],
    ['from abroad, English, foreign eID unknown and no embassy or post', { ...eOnly, crossBorder: cb({ fromAbroad: true, englishInstructionsUrl: url }) }, 'not-known', 'unknown', { met: ['fromAbroad', 'englishInfo'], missing: [], unknown: ['remoteIdentification'] }],
    ['nothing known at all', { ...eOnly, crossBorder: cb({}) }, 'not-known', 'unknown', { met: [], missing: ['englishInfo'], unknown: ['fromAbroad', 'remoteIdentification'] }],
    // An open fact that cannot change the answer: whatever the foreign eID, English is missing and it works from abroad.
    ['from abroad, no English, foreign eID unknown', { ...eOnly, crossBorder: cb({ fromAbroad: true }) }, 'partly', 'unknown', { met: ['fromAbroad'], missing: ['englishInfo'], unknown: ['remoteIdentification'] }],
  ] as const)('%s', (_name, over, status, code, facets) => {
    const result = assessCrossBorder(service(over as Record<string, unknown>));
    record('crossBorder', result);
    expect(result.dimension).toBe('N3-4');
    expect(result.status).toBe(status);
    expect(result.reason.code).toBe(code);
    if ('unknown' in facets) expect(result.reason).toMatchObject(facets);
    if (status === 'not-known') expect(result.unknown.length).toBeGreaterThan(0);
    else expect(result.unknown).toEqual([]);
  });

  it('names the facts that would settle a not-known answer', () => {
    expect(assessCrossBorder(service({ ...eOnly, crossBorder: cb({}) })).unknown).toEqual(['from-abroad', 'foreign-eid']);
    expect(assessCrossBorder(service({ ...eOnly, name: official, crossBorder: cb({ foreignEid: true }) })).unknown).toEqual(['from-abroad']);
  });

  it('says how English information and remote identification are available', () => {
    const s = service({ name: { lv: 'Pase', en: { text: 'Passport', origin: 'official' } }, requestChannels: channels('embassy', 'post', 'e-service'), crossBorder: cb({ fromAbroad: true, foreignEid: true, englishInstructionsUrl: url }) });
    expect(assessCrossBorder(s).reason).toEqual({ code: 'cross-border-complete', fromAbroad: true, englishBy: ['instructions', 'official-name'], remoteBy: ['foreign-eid', 'embassy', 'post'] });
  });

  it('counts only request channels for remote identification', () => {
    const s = service({ kind: 'e', requestChannels: channels('e-service'), receiptChannels: channels('post'), crossBorder: cb({ fromAbroad: true, foreignEid: false, englishInstructionsUrl: url }) });
    expect(assessCrossBorder(s).reason).toMatchObject({ code: 'cross-border-some', missing: ['remoteIdentification'] });
  });
});

// ---- all four together, and completeness of the tables above ----

describe('assessAccess', () => {
  it('returns the four dimensions with their codes for the fixture service', () => {
    const s = service();
    const result = assessAccess(catalog({ services: [s], places: [place('pmlp-riga')], municipalities: [municipality('0001000')] }), s);
    expect(result.serviceId).toBe('passport');
    expect([result.multichannel.dimension, result.territorial.dimension, result.socialGroups.dimension, result.crossBorder.dimension]).toEqual(['N3-1', 'N3-2', 'N3-3', 'N3-4']);
    // The fixture: f-service, e-service request, in-person receipt, one PMLP office in the only municipality.
    expect(result.multichannel).toMatchObject({ status: 'not-provided', reason: { code: 'no-choice' } });
    expect(result.territorial).toMatchObject({ status: 'provided', reason: { code: 'remote-and-places-everywhere', covered: 1, total: 1 } });
    expect(result.socialGroups).toMatchObject({ status: 'not-provided', reason: { code: 'no-groups' } });
    expect(result.crossBorder).toMatchObject({ status: 'not-known', reason: { code: 'unknown' }, unknown: ['from-abroad', 'foreign-eid'] });
  });

  it('a d-service is not applicable for N3-1 and N3-3 only', () => {
    const s = service({ kind: 'd', requestChannels: channels('e-service'), receiptChannels: channels('e-address') });
    const result = assessAccess(catalog({ services: [s], municipalities: [municipality('0001000')] }), s);
    expect(result.multichannel.status).toBe('not-applicable');
    expect(result.socialGroups.status).toBe('not-applicable');
    expect(result.territorial.status).not.toBe('not-applicable');
    expect(result.crossBorder.status).not.toBe('not-applicable');
  });
});

describe('completeness (runs last)', () => {
  it('exercises every reason code and every status a dimension can have', () => {
    for (const key of Object.keys(REASON_CODES) as DimensionKey[]) {
      expect([...seen[key].codes].sort(), key).toEqual([...REASON_CODES[key]].sort());
    }
    expect([...seen.multichannel.statuses].sort()).toEqual(['not-applicable', 'not-known', 'not-provided', 'partly', 'provided']);
    expect([...seen.socialGroups.statuses].sort()).toEqual(['not-applicable', 'not-provided', 'partly', 'provided']);
    expect([...seen.territorial.statuses].sort()).toEqual(['not-known', 'not-provided', 'partly', 'provided']);
    expect([...seen.crossBorder.statuses].sort()).toEqual(['not-known', 'not-provided', 'partly', 'provided']);
    expect(ACCESS_NOTES).toEqual(['kind-unknown', 'electronic-receipt-not-applicable', 'no-places-listed']);
  });
});
