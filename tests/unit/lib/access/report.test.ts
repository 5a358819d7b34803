import { describe, expect, it } from 'vitest';
import { assessAccess } from '../../../../src/lib/access/dimensions.ts';
import { dimensionTable, gaps, statusCounts } from '../../../../src/lib/access/report.ts';
import { full } from './report-fixtures.ts';

describe('dimensionTable', () => {
  it('has one row per service, in catalogue order, from assessAccess', () => {
    const rows = dimensionTable(full);
    expect(rows.map((r) => [r.serviceId, r.institution])).toEqual([
      ['passport', 'pmlp'],
      ['tax-return', 'pmlp'],
      ['good', 'pmlp'],
    ]);
    for (const [i, s] of full.services.entries()) expect(rows[i]!.assessment).toEqual(assessAccess(full, s));
  });
});

describe('statusCounts', () => {
  it('counts the services per status in each dimension', () => {
    const counts = statusCounts(dimensionTable(full));
    expect(counts.multichannel).toEqual({
      provided: 1,
      partly: 0,
      'not-provided': 1,
      'not-applicable': 1,
      'not-known': 0,
    });
    // passport and good: in-person places in 2 of 3 municipalities, remote request → partly; tax-return: remote only.
    expect(counts.territorial).toEqual({
      provided: 1,
      partly: 2,
      'not-provided': 0,
      'not-applicable': 0,
      'not-known': 0,
    });
    expect(counts.socialGroups).toEqual({
      provided: 1,
      partly: 0,
      'not-provided': 1,
      'not-applicable': 1,
      'not-known': 0,
    });
    // passport: whether it works from abroad and whether a foreign eID is accepted are open — counted apart.
    expect(counts.crossBorder).toEqual({
      provided: 1,
      partly: 0,
      'not-provided': 1,
      'not-applicable': 0,
      'not-known': 1,
    });
  });

  it('counts nothing for no rows, and one institution after filtering', () => {
    const zero = { provided: 0, partly: 0, 'not-provided': 0, 'not-applicable': 0, 'not-known': 0 };
    expect(statusCounts([])).toEqual({ multichannel: zero, territorial: zero, socialGroups: zero, crossBorder: zero });
    const one = statusCounts(dimensionTable(full).filter((r) => r.serviceId === 'good'));
    expect(Object.values(one).every((c) => c.provided + c.partly === 1)).toBe(true);
  });
});

describe('gaps', () => {
  it('lists every partly and not-provided dimension with its service, and nothing provided, not applicable or not known', () => {
    const list = gaps(full);
    expect(list.map((g) => `${g.serviceId} ${g.code} ${g.status} ${g.reason.code}`)).toEqual([
      'passport N3-1 not-provided no-choice',
      'passport N3-2 partly remote-places-partial',
      'passport N3-3 not-provided no-groups',
      'tax-return N3-4 not-provided not-from-abroad',
      'good N3-2 partly remote-places-partial',
    ]);
    expect(list.every((g) => g.institution === 'pmlp')).toBe(true);
    expect(list[1]!.dimension).toBe('territorial');
    expect(list[1]!.reason).toEqual({ code: 'remote-places-partial', tier: 'national', covered: 2, total: 3 });
  });

  it('uses given rows when the page has them already', () => {
    const rows = dimensionTable(full).filter((r) => r.serviceId === 'good');
    expect(gaps(full, rows).map((g) => g.serviceId)).toEqual(['good']);
  });
});
