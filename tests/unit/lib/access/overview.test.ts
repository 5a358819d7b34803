import { describe, expect, it } from 'vitest';
import { institutionOverview, serviceOverview, gapsIn } from '../../../../src/lib/access/overview.ts';
import { DIMENSIONS } from '../../../../src/lib/access/dimensions.ts';
import type { AccessStatus } from '../../../../src/lib/access/dimension-result.ts';
import type { DimensionRow } from '../../../../src/lib/access/report.ts';
import { Institution } from '../../../../src/lib/schema/index.ts';

const source = { sources: [{ url: 'https://example.test/source', title: 'Test source' }], checked: '2026-11-01' };
const institution = (id: string) =>
  Institution.parse({
    id,
    name: { lv: id, en: { text: id, origin: 'ours' } },
    abbreviation: null,
    website: null,
    phone: null,
    email: null,
    ...source,
  });

type Four = [AccessStatus, AccessStatus, AccessStatus, AccessStatus];
/** A dimension row with only the statuses the overview reads. */
function row(serviceId: string, inst: string, statuses: Four): DimensionRow {
  const assessment = Object.fromEntries(
    DIMENSIONS.map(({ key, code }, i) => [
      key,
      { dimension: code, status: statuses[i], reason: { code: 'x' }, notes: [], unknown: [] },
    ]),
  );
  return { serviceId, institution: inst, assessment: { serviceId, ...assessment } } as unknown as DimensionRow;
}

const P = 'provided';
const H = 'partly';
const N = 'not-provided';
const A = 'not-applicable';
const K = 'not-known';

describe('serviceOverview', () => {
  it.each([
    ['no gaps', [P, P, A, P], 0, 0],
    ['partly and not provided are gaps', [H, N, P, P], 2, 0],
    ['not known is counted apart, never as a gap', [K, K, H, P], 1, 2],
    ['not applicable is neither', [A, A, A, A], 0, 0],
  ] as const)('%s', (_name, statuses, gaps, notKnown) => {
    const [r] = serviceOverview([row('s', 'i', [...statuses] as Four)]);
    expect(r).toMatchObject({ serviceId: 's', gaps, notKnown });
    expect(DIMENSIONS.map(({ key }) => r!.statuses[key])).toEqual(statuses);
  });

  it('sorts most gaps first, then most not known, then keeps the given order', () => {
    const sorted = serviceOverview([
      row('a', 'i', [P, P, P, P]),
      row('b', 'i', [H, P, P, K]),
      row('c', 'i', [H, P, P, P]),
      row('d', 'i', [N, N, P, P]),
      row('e', 'i', [P, P, P, P]),
    ]);
    expect(sorted.map((r) => r.serviceId)).toEqual(['d', 'b', 'c', 'a', 'e']);
  });
});

describe('institutionOverview', () => {
  const institutions = ['alpha', 'beta', 'gamma'].map(institution);
  const rows = [row('s1', 'alpha', [P, H, K, N]), row('s2', 'alpha', [P, P, K, P]), row('s3', 'beta', [N, N, N, N])];

  it('lists every institution, one without services with all zeros', () => {
    const overview = institutionOverview(rows, institutions);
    expect(overview.map((r) => r.institution.id)).toEqual(['beta', 'alpha', 'gamma']);
    const gamma = overview.find((r) => r.institution.id === 'gamma')!;
    expect(gamma).toMatchObject({ services: 0, gaps: 0, notKnown: 0 });
    expect(Object.values(gamma.tallies).every((t) => Object.values(t).every((n) => n === 0))).toBe(true);
  });

  it('counts each status per dimension, gaps and not known over the four', () => {
    const alpha = institutionOverview(rows, institutions).find((r) => r.institution.id === 'alpha')!;
    expect(alpha.services).toBe(2);
    expect(alpha.tallies.multichannel).toEqual({
      provided: 2,
      partly: 0,
      'not-provided': 0,
      'not-applicable': 0,
      'not-known': 0,
    });
    expect(alpha.tallies.territorial).toMatchObject({ provided: 1, partly: 1 });
    expect(alpha.tallies.socialGroups).toMatchObject({ 'not-known': 2 });
    expect(alpha.tallies.crossBorder).toMatchObject({ provided: 1, 'not-provided': 1 });
    expect([alpha.gaps, alpha.notKnown]).toEqual([2, 2]);
    expect(gapsIn(alpha.tallies.territorial)).toBe(1);
  });

  it('ignores rows of institutions it was not given', () => {
    expect(institutionOverview(rows, [institution('gamma')]).map((r) => r.services)).toEqual([0]);
  });
});
