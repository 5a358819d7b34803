// N3-3 all social groups (visu sabiedrības grupu pieejamība): can people with low income, low
// digital skills or functional impairments get it?
//
// d-service → not-applicable 'digital-only'. Otherwise count the groups (low income, low digital
// skills, functional impairments) with at least one assisted option:
// 3 → provided 'all-groups'; 1–2 → partly 'some-groups'; 0 → not-provided 'no-groups'.
import type { Service } from '../schema/index.ts';
import type { AccessNote, AccessStatus, DimensionResult } from './dimension-result.ts';

export type SocialGroup = 'lowIncome' | 'lowDigitalSkills' | 'impairments';
export const SOCIAL_GROUPS: readonly SocialGroup[] = ['lowIncome', 'lowDigitalSkills', 'impairments'];

export type SocialGroupsReason =
  | { code: 'digital-only' }
  | {
      code: 'all-groups' | 'some-groups' | 'no-groups';
      covered: SocialGroup[];
      missing: SocialGroup[];
      options: Record<SocialGroup, number>;
    };

/** N3-3: can people with low income, low digital skills or functional impairments get it? */
export function assessSocialGroups(service: Service): DimensionResult<SocialGroupsReason> {
  const notes: AccessNote[] = service.kind === null ? ['kind-unknown'] : [];
  if (service.kind === 'd')
    return { dimension: 'N3-3', status: 'not-applicable', reason: { code: 'digital-only' }, notes, unknown: [] };
  const options = {
    lowIncome: service.assisted.lowIncome.length,
    lowDigitalSkills: service.assisted.lowDigitalSkills.length,
    impairments: service.assisted.impairments.length,
  };
  const covered = SOCIAL_GROUPS.filter((g) => options[g] > 0);
  const missing = SOCIAL_GROUPS.filter((g) => options[g] === 0);
  const result = (status: AccessStatus, reason: SocialGroupsReason): DimensionResult<SocialGroupsReason> => ({
    dimension: 'N3-3',
    status,
    reason,
    notes,
    unknown: [],
  });
  if (missing.length === 0) return result('provided', { code: 'all-groups', covered, missing, options });
  if (covered.length === 0) return result('not-provided', { code: 'no-groups', covered, missing, options });
  return result('partly', { code: 'some-groups', covered, missing, options });
}
