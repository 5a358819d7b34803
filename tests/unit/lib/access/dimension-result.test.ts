import { describe, expect, it } from 'vitest';
import {
  ACCESS_NOTES,
  settle,
  type AccessStatus,
  type DimensionResult,
  type UnknownFact,
} from '../../../../src/lib/access/dimension-result.ts';

describe('settle', () => {
  const judged = (status: AccessStatus, code: string): DimensionResult<{ code: string }> => ({
    dimension: 'N3-1',
    status,
    reason: { code },
    notes: [],
    unknown: [],
  });
  it.each([
    [
      'no open fact: the rule as the data stands',
      [],
      'partly',
      'provided',
      { status: 'partly', reason: { code: 'worst' }, unknown: [] },
    ],
    [
      'an open fact that cannot change the answer',
      ['places'],
      'partly',
      'partly',
      { status: 'partly', reason: { code: 'worst' }, unknown: [] },
    ],
    [
      'an open fact that would: not known, the facts named',
      ['from-abroad', 'foreign-eid'],
      'not-provided',
      'provided',
      { status: 'not-known', reason: { code: 'worst' }, unknown: ['from-abroad', 'foreign-eid'] },
    ],
  ] as const)('%s', (_name, open, worst, best, expected) => {
    const result = settle([...open] as UnknownFact[], (favourable) =>
      favourable ? judged(best, 'best') : judged(worst, 'worst'),
    );
    expect(result).toMatchObject(expected);
  });
});

describe('ACCESS_NOTES', () => {
  it('lists every note once, in the order the pages show them', () => {
    expect(ACCESS_NOTES).toEqual(['kind-unknown', 'electronic-receipt-not-applicable', 'no-places-listed']);
  });
});
