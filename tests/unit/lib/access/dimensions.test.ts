import { describe, expect, it } from 'vitest';
import { assessAccess } from '../../../../src/lib/access/dimensions.ts';
import { catalog, chs, municipality, place, service } from '../../../fixtures/access-dimensions.ts';

// Each dimension's rules are tested beside its module (dimension-multichannel.test.ts, …).
describe('assessAccess', () => {
  it('returns the four dimensions with their codes for the fixture service', () => {
    const s = service();
    const result = assessAccess(
      catalog({ services: [s], places: [place('pmlp-riga')], municipalities: [municipality('0001000')] }),
      s,
    );
    expect(result.serviceId).toBe('passport');
    expect([
      result.multichannel.dimension,
      result.territorial.dimension,
      result.socialGroups.dimension,
      result.crossBorder.dimension,
    ]).toEqual(['N3-1', 'N3-2', 'N3-3', 'N3-4']);
    // The fixture: f-service, e-service request, in-person receipt, one PMLP office in the only municipality.
    expect(result.multichannel).toMatchObject({ status: 'not-provided', reason: { code: 'no-choice' } });
    expect(result.territorial).toMatchObject({
      status: 'provided',
      reason: { code: 'remote-and-places-everywhere', covered: 1, total: 1 },
    });
    expect(result.socialGroups).toMatchObject({ status: 'not-provided', reason: { code: 'no-groups' } });
    expect(result.crossBorder).toMatchObject({
      status: 'not-known',
      reason: { code: 'unknown' },
      unknown: ['from-abroad', 'foreign-eid'],
    });
  });

  it('a d-service is not applicable for N3-1 and N3-3 only', () => {
    const s = service({ kind: 'd', requestChannels: chs('e-service'), receiptChannels: chs('e-address') });
    const result = assessAccess(catalog({ services: [s], municipalities: [municipality('0001000')] }), s);
    expect(result.multichannel.status).toBe('not-applicable');
    expect(result.socialGroups.status).toBe('not-applicable');
    expect(result.territorial.status).not.toBe('not-applicable');
    expect(result.crossBorder.status).not.toBe('not-applicable');
  });
});
