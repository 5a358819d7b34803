import { describe, expect, it } from 'vitest';
import {
  ALL_ANSWERS,
  EXCLUSION_REASONS,
  ORDER,
  RECOMMENDATION_REASONS,
  allAnswers,
  needsSignIn,
  recommendChannels,
  signInNeed,
  type FinderAnswers,
  type FinderResult,
} from '../../../../src/lib/channels/finder.ts';
import { ChannelType, Service } from '../../../../src/lib/schema/index.ts';
import { channel, place, service as passport } from '../../../fixtures/catalog.ts';

const noNeeds = { authentication: [], eSignature: null, idDocument: null, appointment: null };
const ch = (type: ChannelType, needs: Record<string, unknown> = {}) =>
  channel(type, { needs: { ...noNeeds, ...needs } });
const service = (over: Record<string, unknown>) => passport({ kind: 'e', ...over });

const reasonsSeen = new Set<string>();
const exclusionsSeen = new Set<string>();
function run(s: Service, answers: FinderAnswers, ctx?: Parameters<typeof recommendChannels>[2]): FinderResult {
  const result = recommendChannels(s, answers, ctx);
  for (const r of result.recommendations) reasonsSeen.add(r.reason.code);
  for (const e of result.excluded) exclusionsSeen.add(e.reason.code);
  return result;
}
const types = (result: FinderResult) => result.recommendations.map((r) => r.channel.type);
const codes = (result: FinderResult) => result.recommendations.map((r) => r.reason.code);
const excluded = (result: FinderResult) => result.excluded.map((e) => `${e.channel.type}:${e.reason.code}`);

/** A service that offers every kind of request channel. */
const everything = service({
  requestChannels: [
    ch('e-service', { authentication: ['eid-card', 'eparaksts-mobile', 'foreign-eu-eid'] }),
    ch('mobile-app', { authentication: ['smart-id-qualified'] }),
    ch('e-address', { authentication: ['eid-card'] }),
    ch('e-mail-signed', { eSignature: true }),
    ch('post'),
    ch('phone'),
    ch('in-person'),
    ch('embassy'),
    ch('home-visit'),
  ],
});

describe('recommendChannels: every combination of answers, a service with every channel', () => {
  const signInNeeded = [
    'e-service:needs-sign-in',
    'mobile-app:needs-sign-in',
    'e-address:needs-sign-in',
    'e-mail-signed:needs-sign-in',
  ];
  it.each([
    // canSignIn, location, wantsHelp → channels best first, excluded, inPersonBest, reason codes
    [
      true,
      'latvia',
      false,
      ['e-service', 'mobile-app', 'e-address', 'e-mail-signed', 'post', 'phone', 'in-person', 'home-visit'],
      ['embassy:only-abroad'],
      false,
      [
        'online-sign-in',
        'online-sign-in',
        'e-address',
        'e-mail-e-signature',
        'post',
        'phone',
        'in-person',
        'home-visit',
      ],
    ],
    [
      true,
      'latvia',
      true,
      ['in-person', 'phone', 'home-visit', 'post', 'e-service', 'mobile-app', 'e-address', 'e-mail-signed'],
      ['embassy:only-abroad'],
      true,
      [
        'in-person-help',
        'phone-help',
        'home-visit',
        'post',
        'online-sign-in',
        'online-sign-in',
        'e-address',
        'e-mail-e-signature',
      ],
    ],
    [
      true,
      'abroad',
      false,
      ['e-service', 'mobile-app', 'embassy', 'post', 'e-mail-signed', 'e-address', 'phone'],
      ['in-person:only-in-latvia', 'home-visit:only-in-latvia'],
      false,
      [
        'online-foreign-eid',
        'online-sign-in',
        'embassy',
        'post-from-abroad',
        'e-mail-e-signature',
        'e-address',
        'phone',
      ],
    ],
    [
      true,
      'abroad',
      true,
      ['embassy', 'phone', 'post', 'e-service', 'mobile-app', 'e-mail-signed', 'e-address'],
      ['in-person:only-in-latvia', 'home-visit:only-in-latvia'],
      true,
      [
        'embassy-help',
        'phone-help',
        'post-from-abroad',
        'online-foreign-eid',
        'online-sign-in',
        'e-mail-e-signature',
        'e-address',
      ],
    ],
    [
      false,
      'latvia',
      false,
      ['in-person', 'post', 'phone', 'home-visit'],
      [...signInNeeded, 'embassy:only-abroad'],
      true,
      ['in-person-no-sign-in', 'post', 'phone', 'home-visit'],
    ],
    [
      false,
      'latvia',
      true,
      ['in-person', 'phone', 'home-visit', 'post'],
      [...signInNeeded, 'embassy:only-abroad'],
      true,
      ['in-person-help', 'phone-help', 'home-visit', 'post'],
    ],
    [
      false,
      'abroad',
      false,
      ['embassy', 'post', 'phone'],
      [...signInNeeded, 'in-person:only-in-latvia', 'home-visit:only-in-latvia'],
      true,
      ['embassy', 'post-from-abroad', 'phone'],
    ],
    [
      false,
      'abroad',
      true,
      ['embassy', 'phone', 'post'],
      [...signInNeeded, 'in-person:only-in-latvia', 'home-visit:only-in-latvia'],
      true,
      ['embassy-help', 'phone-help', 'post-from-abroad'],
    ],
  ] as const)(
    'canSignIn=%s, %s, wantsHelp=%s',
    (canSignIn, location, wantsHelp, expected, out, inPersonBest, reasons) => {
      const result = run(everything, { canSignIn, location, wantsHelp });
      expect(types(result)).toEqual(expected);
      expect(excluded(result)).toEqual(out);
      expect(result.inPersonBest).toBe(inPersonBest);
      expect(codes(result)).toEqual(reasons);
      expect(result.recommendations.every((r) => r.stage === 'request')).toBe(true);
      expect(result.answers).toEqual({ canSignIn, location, wantsHelp });
    },
  );
});

/** Online without sign-in, post and phone; no in-person channel at all. */
const remoteOnly = service({
  requestChannels: [ch('phone'), ch('post'), ch('e-service')],
  receiptChannels: [ch('post')],
});

describe('recommendChannels: every combination, a service with no in-person channel', () => {
  it.each([
    [true, 'latvia', false, ['e-service', 'post', 'phone'], ['online-no-sign-in', 'post', 'phone']],
    [true, 'latvia', true, ['phone', 'post', 'e-service'], ['phone-help', 'post', 'online-no-sign-in']],
    [true, 'abroad', false, ['e-service', 'post', 'phone'], ['online-no-sign-in', 'post-from-abroad', 'phone']],
    [true, 'abroad', true, ['phone', 'post', 'e-service'], ['phone-help', 'post-from-abroad', 'online-no-sign-in']],
    [false, 'latvia', false, ['post', 'phone', 'e-service'], ['post', 'phone', 'online-no-sign-in']],
    [false, 'latvia', true, ['phone', 'post', 'e-service'], ['phone-help', 'post', 'online-no-sign-in']],
    [false, 'abroad', false, ['post', 'e-service', 'phone'], ['post-from-abroad', 'online-no-sign-in', 'phone']],
    [false, 'abroad', true, ['phone', 'post', 'e-service'], ['phone-help', 'post-from-abroad', 'online-no-sign-in']],
  ] as const)('canSignIn=%s, %s, wantsHelp=%s', (canSignIn, location, wantsHelp, expected, reasons) => {
    const result = run(remoteOnly, { canSignIn, location, wantsHelp });
    expect(types(result)).toEqual(expected);
    expect(codes(result)).toEqual(reasons);
    expect(result.excluded).toEqual([]);
    expect(result.inPersonBest).toBe(false);
  });
});

describe('recommendChannels: details', () => {
  it('keeps channels of one type in the data order', () => {
    const s = service({
      requestChannels: [
        { ...ch('in-person'), placeIds: [] },
        { ...ch('in-person'), placeTypes: ['vpvkac'] },
        ch('post'),
      ],
    });
    const result = run(s, { canSignIn: true, location: 'latvia', wantsHelp: true });
    expect(result.recommendations.map((r) => r.channel)).toEqual([
      s.requestChannels[0],
      s.requestChannels[1],
      s.requestChannels[2],
    ]);
  });

  it('leaves out a channel whose needs say sign-in or e-signature, and keeps one whose e-signature need is unknown', () => {
    const s = service({
      requestChannels: [
        ch('e-service', { eSignature: true }),
        ch('mobile-app', { authentication: ['eid-card'] }),
        ch('e-service', { eSignature: null }),
      ],
    });
    const result = run(s, { canSignIn: false, location: 'latvia', wantsHelp: false });
    expect(excluded(result)).toEqual(['e-service:needs-sign-in', 'mobile-app:needs-sign-in']);
    expect(codes(result)).toEqual(['online-no-sign-in']);
  });

  it('an e-service whose sign-in the data does not state is not offered to someone who cannot sign in, and says why', () => {
    const s = service({ requestChannels: [ch('e-service', { authentication: null }), ch('post')] });
    const cannot = run(s, { canSignIn: false, location: 'latvia', wantsHelp: false });
    expect(excluded(cannot)).toEqual(['e-service:sign-in-unknown']);
    expect(types(cannot)).toEqual(['post']);
    // Someone who can sign in gets it, as an e-service to sign in to.
    expect(codes(run(s, { canSignIn: true, location: 'latvia', wantsHelp: false }))).toEqual([
      'online-sign-in',
      'post',
    ]);
  });

  it('calls an e-service usable with a foreign eID when the service says foreign eID works', () => {
    const s = service({
      requestChannels: [ch('e-service', { authentication: ['eid-card'] })],
      crossBorder: {
        fromAbroad: true,
        fromAbroadHow: null,
        foreignEid: true,
        englishInstructionsUrl: null,
        foreignerNote: null,
      },
    });
    expect(codes(run(s, { canSignIn: true, location: 'abroad', wantsHelp: false }))).toEqual(['online-foreign-eid']);
    expect(codes(run(s, { canSignIn: true, location: 'latvia', wantsHelp: false }))).toEqual(['online-sign-in']);
  });

  it('in person is best only where places for it exist (ctx.places)', () => {
    const office = place('office');
    const embassy = place('embassy-ee', {
      type: 'embassy',
      municipality: null,
      country: 'EE',
      postcode: null,
      coordinates: null,
    });
    const help = { canSignIn: true, wantsHelp: true } as const;
    expect(run(everything, { ...help, location: 'latvia' }, { places: [office] }).inPersonBest).toBe(true);
    expect(run(everything, { ...help, location: 'latvia' }, { places: [] }).inPersonBest).toBe(false);
    expect(run(everything, { ...help, location: 'latvia' }, { places: [embassy] }).inPersonBest).toBe(false);
    expect(run(everything, { ...help, location: 'abroad' }, { places: [embassy] }).inPersonBest).toBe(true);
    expect(run(everything, { ...help, location: 'abroad' }, { places: [office] }).inPersonBest).toBe(false);
    // The ranking does not change with ctx; only the flag does.
    expect(types(run(everything, { ...help, location: 'latvia' }, { places: [] }))[0]).toBe('in-person');
  });

  it('returns nothing when no channel fits', () => {
    const s = service({
      requestChannels: [ch('e-address', { authentication: ['eid-card'] })],
      receiptChannels: [ch('e-address')],
      kind: 'd',
    });
    const result = run(s, { canSignIn: false, location: 'abroad', wantsHelp: true });
    expect(result.recommendations).toEqual([]);
    expect(result.inPersonBest).toBe(false);
  });

  it.each([
    ['e-service', { authentication: ['eid-card'] }, 'yes'],
    ['e-service', { authentication: [] }, 'no'],
    ['e-service', { authentication: null }, 'unknown'],
    ['e-service', { authentication: null, eSignature: true }, 'yes'],
    ['mobile-app', { authentication: null }, 'unknown'],
    ['e-mail-signed', { authentication: [] }, 'yes'],
    ['e-address', { authentication: null }, 'yes'],
    ['post', { authentication: [] }, 'no'],
  ] as const)('signInNeed: %s with %j → %s', (type, needs, expected) => {
    expect(signInNeed(Service.shape.requestChannels.element.parse(ch(type, needs)))).toBe(expected);
  });

  it('treats signed e-mail and e-address as needing sign-in whatever their needs say', () => {
    expect(needsSignIn(Service.shape.requestChannels.element.parse(ch('e-mail-signed')))).toBe(true);
    expect(needsSignIn(Service.shape.requestChannels.element.parse(ch('e-address')))).toBe(true);
    expect(needsSignIn(Service.shape.requestChannels.element.parse(ch('post')))).toBe(false);
  });
});

describe('recommendChannels: channels limited to some people or one place', () => {
  const limitedService = service({
    requestChannels: [
      ch('in-person'),
      {
        ...ch('home-visit'),
        conditions: [
          { kind: 'municipality', municipality: '0001000', note: null },
          { kind: 'disability', municipality: null, note: null },
        ],
      },
      { ...ch('embassy'), conditions: [{ kind: 'residents-abroad', municipality: null, note: null }] },
      {
        ...ch('post'),
        conditions: [
          {
            kind: 'case',
            municipality: null,
            note: { lv: 'Tikai papildu adresei.', en: 'Only for an extra address.' },
          },
        ],
      },
    ],
  });

  it.each(ALL_ANSWERS.map((a) => [JSON.stringify(a), a] as const))(
    'never advises the Rīga-only home visit or the one-case post: %s',
    (_name, answers) => {
      const result = run(limitedService, answers);
      expect(types(result)).not.toContain('home-visit');
      expect(types(result)).not.toContain('post');
    },
  );

  it('lists them apart, with their conditions, for someone in Latvia who wants help', () => {
    const result = run(limitedService, { canSignIn: true, location: 'latvia', wantsHelp: true });
    expect(result.limited.map((c) => c.type)).toEqual(['home-visit', 'post']);
  });

  it('offers the embassy for people registered abroad only to someone abroad', () => {
    expect(types(run(limitedService, { canSignIn: true, location: 'abroad', wantsHelp: false }))).toContain('embassy');
    expect(excluded(run(limitedService, { canSignIn: true, location: 'latvia', wantsHelp: false }))).toContain(
      'embassy:only-abroad',
    );
  });
});

describe('ORDER', () => {
  it('ranks every channel type that fits a location, in every mode', () => {
    const all = ChannelType.options;
    for (const mode of ['self', 'noSignIn', 'help'] as const) {
      expect([...ORDER.latvia[mode]].sort()).toEqual(all.filter((t) => t !== 'embassy').sort());
      expect([...ORDER.abroad[mode]].sort()).toEqual(all.filter((t) => t !== 'in-person' && t !== 'home-visit').sort());
    }
  });
});

describe('allAnswers', () => {
  it('lists the eight combinations once each, matching recommendChannels', () => {
    const table = allAnswers(everything);
    expect(table).toHaveLength(8);
    expect(new Set(table.map((r) => JSON.stringify(r.answers))).size).toBe(8);
    expect(table.map((r) => r.answers)).toEqual(ALL_ANSWERS);
    for (const row of table) expect(row).toEqual(recommendChannels(everything, row.answers));
  });

  it('passes the context on', () => {
    expect(allAnswers(everything, { places: [] }).some((r) => r.inPersonBest)).toBe(false);
  });
});

describe('completeness (runs last)', () => {
  it('exercises every reason code', () => {
    expect([...reasonsSeen].sort()).toEqual([...RECOMMENDATION_REASONS].sort());
    expect([...exclusionsSeen].sort()).toEqual([...EXCLUSION_REASONS].sort());
  });
});
