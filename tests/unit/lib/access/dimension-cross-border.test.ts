import { describe, expect, it } from 'vitest';
import { assessCrossBorder } from '../../../../src/lib/access/dimension-cross-border.ts';
import { chs, reasonTracker, service } from '../../../fixtures/access-dimensions.ts';

const seen = reasonTracker('crossBorder');

describe('N3-4 cross-border', () => {
  const cb = (over: Record<string, unknown>) => ({
    fromAbroad: null,
    fromAbroadHow: null,
    foreignEid: null,
    englishInstructionsUrl: null,
    foreignerNote: null,
    ...over,
  });
  const url = 'https://pmlp.gov.lv/en';
  const official = { lv: 'Pase', en: { text: 'Passport', origin: 'official' } };
  const eOnly = { requestChannels: chs('e-service') };
  it.each([
    [
      'from abroad, English instructions, foreign eID',
      { ...eOnly, crossBorder: cb({ fromAbroad: true, englishInstructionsUrl: url, foreignEid: true }) },
      'provided',
      'cross-border-complete',
      { met: 3 },
    ],
    [
      'from abroad, official English name, embassy',
      { requestChannels: chs('embassy'), name: official, crossBorder: cb({ fromAbroad: true, foreignEid: false }) },
      'provided',
      'cross-border-complete',
      { met: 3 },
    ],
    [
      'from abroad, English instructions, post, foreign eID unknown',
      { requestChannels: chs('post'), crossBorder: cb({ fromAbroad: true, englishInstructionsUrl: url }) },
      'provided',
      'cross-border-complete',
      { met: 3 },
    ],
    [
      'not from abroad, nothing else',
      { ...eOnly, crossBorder: cb({ fromAbroad: false, foreignEid: false }) },
      'not-provided',
      'not-from-abroad',
      { met: 0 },
    ],
    [
      'not from abroad, nothing else, foreign eID unknown',
      { ...eOnly, crossBorder: cb({ fromAbroad: false }) },
      'not-provided',
      'not-from-abroad',
      { met: 0 },
    ],
    [
      'not from abroad, but English instructions',
      { ...eOnly, crossBorder: cb({ fromAbroad: false, foreignEid: false, englishInstructionsUrl: url }) },
      'partly',
      'cross-border-some',
      { met: ['englishInfo'], missing: ['fromAbroad', 'remoteIdentification'], unknown: [] },
    ],
    [
      'from abroad, no English, no remote identification',
      { ...eOnly, crossBorder: cb({ fromAbroad: true, foreignEid: false }) },
      'partly',
      'cross-border-some',
      { met: ['fromAbroad'], missing: ['englishInfo', 'remoteIdentification'], unknown: [] },
    ],
    [
      'from abroad unknown, rest met',
      { ...eOnly, name: official, crossBorder: cb({ foreignEid: true }) },
      'not-known',
      'unknown',
      { met: ['englishInfo', 'remoteIdentification'], missing: [], unknown: ['fromAbroad'] },
    ],
    [
      'from abroad, English, foreign eID unknown and no embassy or post',
      { ...eOnly, crossBorder: cb({ fromAbroad: true, englishInstructionsUrl: url }) },
      'not-known',
      'unknown',
      { met: ['fromAbroad', 'englishInfo'], missing: [], unknown: ['remoteIdentification'] },
    ],
    [
      'nothing known at all',
      { ...eOnly, crossBorder: cb({}) },
      'not-known',
      'unknown',
      { met: [], missing: ['englishInfo'], unknown: ['fromAbroad', 'remoteIdentification'] },
    ],
    // An open fact that cannot change the answer: whatever the foreign eID, English is missing and it works from abroad.
    [
      'from abroad, no English, foreign eID unknown',
      { ...eOnly, crossBorder: cb({ fromAbroad: true }) },
      'partly',
      'unknown',
      { met: ['fromAbroad'], missing: ['englishInfo'], unknown: ['remoteIdentification'] },
    ],
  ] as const)('%s', (_name, over, status, code, facets) => {
    const result = assessCrossBorder(service(over as Record<string, unknown>));
    seen.record(result);
    expect(result.dimension).toBe('N3-4');
    expect(result.status).toBe(status);
    expect(result.reason.code).toBe(code);
    if ('unknown' in facets) expect(result.reason).toMatchObject(facets);
    if (status === 'not-known') expect(result.unknown.length).toBeGreaterThan(0);
    else expect(result.unknown).toEqual([]);
  });

  it('names the facts that would settle a not-known answer', () => {
    expect(assessCrossBorder(service({ ...eOnly, crossBorder: cb({}) })).unknown).toEqual([
      'from-abroad',
      'foreign-eid',
    ]);
    expect(
      assessCrossBorder(service({ ...eOnly, name: official, crossBorder: cb({ foreignEid: true }) })).unknown,
    ).toEqual(['from-abroad']);
  });

  it('says how English information and remote identification are available', () => {
    const s = service({
      name: { lv: 'Pase', en: { text: 'Passport', origin: 'official' } },
      requestChannels: chs('embassy', 'post', 'e-service'),
      crossBorder: cb({ fromAbroad: true, foreignEid: true, englishInstructionsUrl: url }),
    });
    expect(assessCrossBorder(s).reason).toEqual({
      code: 'cross-border-complete',
      fromAbroad: true,
      englishBy: ['instructions', 'official-name'],
      remoteBy: ['foreign-eid', 'embassy', 'post'],
    });
  });

  it('counts only request channels for remote identification', () => {
    const s = service({
      kind: 'e',
      requestChannels: chs('e-service'),
      receiptChannels: chs('post'),
      crossBorder: cb({ fromAbroad: true, foreignEid: false, englishInstructionsUrl: url }),
    });
    expect(assessCrossBorder(s).reason).toMatchObject({ code: 'cross-border-some', missing: ['remoteIdentification'] });
  });
});

describe('completeness (runs last)', () => {
  it('exercises every reason code and every status the dimension can have', () =>
    seen.expectComplete(['not-known', 'not-provided', 'partly', 'provided']));
});
