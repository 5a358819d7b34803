import { describe, expect, it } from 'vitest';
import { assessSocialGroups } from '../../../../src/lib/access/dimension-social-groups.ts';
import { assist, chs, reasonTracker, service } from '../../../fixtures/access-dimensions.ts';

const seen = reasonTracker('socialGroups');

describe('N3-3 all social groups', () => {
  const d = { kind: 'd', requestChannels: chs('e-service'), receiptChannels: chs('e-service') };
  it.each([
    ['d-service: not applicable, even with help listed', d, [1, 1, 1], 'not-applicable', 'digital-only', [], []],
    [
      'help for all three groups',
      {},
      [1, 2, 1],
      'provided',
      'all-groups',
      ['lowIncome', 'lowDigitalSkills', 'impairments'],
      [],
    ],
    ['help for two groups', {}, [1, 0, 1], 'partly', 'some-groups', ['lowIncome', 'impairments'], ['lowDigitalSkills']],
    ['help for one group', {}, [0, 1, 0], 'partly', 'some-groups', ['lowDigitalSkills'], ['lowIncome', 'impairments']],
    [
      'no help for any group',
      {},
      [0, 0, 0],
      'not-provided',
      'no-groups',
      [],
      ['lowIncome', 'lowDigitalSkills', 'impairments'],
    ],
  ] as const)('%s', (_name, over, [income, skills, impairments], status, code, covered, missing) => {
    const assisted = {
      lowIncome: Array(income).fill(assist),
      lowDigitalSkills: Array(skills).fill(assist),
      impairments: Array(impairments).fill(assist),
    };
    const result = assessSocialGroups(service({ ...over, assisted }));
    seen.record(result);
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

describe('completeness (runs last)', () => {
  it('exercises every reason code and every status the dimension can have', () =>
    seen.expectComplete(['not-applicable', 'not-provided', 'partly', 'provided']));
});
