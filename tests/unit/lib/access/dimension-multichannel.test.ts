import { describe, expect, it } from 'vitest';
import { assessMultichannel } from '../../../../src/lib/access/dimension-multichannel.ts';
import { chs, reasonTracker, service } from '../../../fixtures/access-dimensions.ts';

const seen = reasonTracker('multichannel');

describe('N3-1 multichannel', () => {
  it.each([
    ['d-service: not applicable', 'd', ['e-service'], ['e-service'], 'not-applicable', 'digital-only', []],
    [
      'e: both stages in both environments',
      'e',
      ['e-service', 'post'],
      ['e-service', 'in-person'],
      'provided',
      'alternatives-both-stages',
      [],
    ],
    [
      'f: request both environments, receipt physical only',
      'f',
      ['e-service', 'in-person'],
      ['in-person'],
      'provided',
      'alternatives-both-stages',
      ['electronic-receipt-not-applicable'],
    ],
    [
      'f: receipt by post is physical enough',
      'f',
      ['mobile-app', 'phone'],
      ['post'],
      'provided',
      'alternatives-both-stages',
      ['electronic-receipt-not-applicable'],
    ],
    [
      'kind unknown: judged by channels, provided',
      null,
      ['e-service', 'post'],
      ['e-address', 'post'],
      'provided',
      'alternatives-both-stages',
      ['kind-unknown'],
    ],
    [
      'f: everything in person',
      'f',
      ['in-person'],
      ['in-person'],
      'not-provided',
      'single-environment',
      ['electronic-receipt-not-applicable'],
    ],
    [
      'e: everything physical (post and in person)',
      'e',
      ['post', 'in-person'],
      ['post'],
      'not-provided',
      'single-environment',
      [],
    ],
    [
      'e: everything electronic',
      'e',
      ['e-service', 'e-mail-signed'],
      ['e-service'],
      'not-provided',
      'single-environment',
      [],
    ],
    ['e: one channel per stage, no choice anywhere', 'e', ['e-service'], ['post'], 'not-provided', 'no-choice', []],
    [
      'f: one channel per stage, no choice anywhere',
      'f',
      ['e-service'],
      ['in-person'],
      'not-provided',
      'no-choice',
      ['electronic-receipt-not-applicable'],
    ],
    [
      'e: request has both, receipt physical only',
      'e',
      ['e-service', 'post'],
      ['post'],
      'partly',
      'missing-alternatives',
      [],
    ],
    [
      'e: receipt has both, request electronic only',
      'e',
      ['e-service', 'e-address'],
      ['e-service', 'post'],
      'partly',
      'missing-alternatives',
      [],
    ],
    [
      'f: request electronic only (two channels)',
      'f',
      ['e-service', 'e-mail-signed'],
      ['in-person'],
      'partly',
      'missing-alternatives',
      ['electronic-receipt-not-applicable'],
    ],
    [
      'kind unknown: electronic receipt counts as for an e-service',
      null,
      ['post'],
      ['post', 'e-service'],
      'partly',
      'missing-alternatives',
      ['kind-unknown'],
    ],
    // No receipt channel in the data: how the result comes would settle it.
    [
      'e: request both, no source says how it is received',
      'e',
      ['e-service', 'post'],
      [],
      'not-known',
      'missing-alternatives',
      [],
    ],
    [
      'e: request electronic only, no source says how it is received',
      'e',
      ['e-service'],
      [],
      'not-known',
      'single-environment',
      [],
    ],
  ] as const)('%s', (_name, kind, request, receipt, status, code, notes) => {
    const result = assessMultichannel(
      service({ kind, requestChannels: chs(...request), receiptChannels: chs(...receipt) }),
    );
    seen.record(result);
    expect(result.dimension).toBe('N3-1');
    expect(result.status).toBe(status);
    expect(result.reason.code).toBe(code);
    expect(result.notes).toEqual(notes);
    expect(result.unknown).toEqual(status === 'not-known' ? ['receipt-channels'] : []);
  });

  it('says which stage and environment are missing', () => {
    const result = assessMultichannel(
      service({ kind: 'e', requestChannels: chs('e-service', 'post'), receiptChannels: chs('post', 'in-person') }),
    );
    expect(result.reason).toMatchObject({
      code: 'missing-alternatives',
      missing: [{ stage: 'receipt', environment: 'electronic' }],
    });
  });

  it('names the only environment and the only channels', () => {
    expect(
      assessMultichannel(service({ kind: 'f', requestChannels: chs('in-person'), receiptChannels: chs('in-person') }))
        .reason,
    ).toEqual({ code: 'single-environment', environment: 'physical' });
    expect(
      assessMultichannel(service({ kind: 'e', requestChannels: chs('e-service'), receiptChannels: chs('post') }))
        .reason,
    ).toEqual({ code: 'no-choice', request: 'e-service', receipt: 'post' });
  });

  it('does not ask an f-service for electronic receipt', () => {
    const result = assessMultichannel(
      service({ kind: 'f', requestChannels: chs('e-service'), receiptChannels: chs('in-person', 'post') }),
    );
    expect(result.reason).toMatchObject({
      code: 'missing-alternatives',
      missing: [{ stage: 'request', environment: 'physical' }],
    });
  });
});

describe('completeness (runs last)', () => {
  it('exercises every reason code and every status the dimension can have', () =>
    seen.expectComplete(['not-applicable', 'not-known', 'not-provided', 'partly', 'provided']));
});
