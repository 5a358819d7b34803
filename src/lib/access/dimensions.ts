// The four access dimensions of PU2-14 (N3-1 … N3-4) for one service, derived from the data.
// Each dimension has its module with its rules and thresholds: dimension-multichannel.ts,
// dimension-territorial.ts, dimension-social-groups.ts, dimension-cross-border.ts; what one
// result holds, and how a fact the data leaves open is judged, is in dimension-result.ts.
// Every dimension of a service whose kind is null carries the note 'kind-unknown', so the page
// can say the kind is not known.
import type { Catalog } from '../catalog/validate.ts';
import type { Service } from '../schema/index.ts';
import { memoByCatalog } from '../catalog/memo.ts';
import type { DimensionCode, DimensionResult } from './dimension-result.ts';
import { assessMultichannel, type MultichannelReason } from './dimension-multichannel.ts';
import { assessTerritorial, type TerritorialReason } from './dimension-territorial.ts';
import { assessSocialGroups, type SocialGroupsReason } from './dimension-social-groups.ts';
import { assessCrossBorder, type CrossBorderReason } from './dimension-cross-border.ts';

export type DimensionKey = 'multichannel' | 'territorial' | 'socialGroups' | 'crossBorder';

/** The four dimensions in the order the seed lists them. */
export const DIMENSIONS: readonly { key: DimensionKey; code: DimensionCode }[] = [
  { key: 'multichannel', code: 'N3-1' },
  { key: 'territorial', code: 'N3-2' },
  { key: 'socialGroups', code: 'N3-3' },
  { key: 'crossBorder', code: 'N3-4' },
];

export interface AccessAssessment {
  serviceId: string;
  multichannel: DimensionResult<MultichannelReason>;
  territorial: DimensionResult<TerritorialReason>;
  socialGroups: DimensionResult<SocialGroupsReason>;
  crossBorder: DimensionResult<CrossBorderReason>;
}

export type AccessReason = MultichannelReason | TerritorialReason | SocialGroupsReason | CrossBorderReason;

/** Every reason code per dimension, so the UI strings can be checked for completeness. */
export const REASON_CODES = {
  multichannel: ['digital-only', 'alternatives-both-stages', 'missing-alternatives', 'single-environment', 'no-choice'],
  territorial: [
    'remote-and-places-everywhere',
    'remote-only',
    'remote-places-partial',
    'places-everywhere-no-remote',
    'places-partial-no-remote',
    'no-remote-no-places',
    'scope-places-exist',
    'scope-remote-only',
    'scope-no-places',
  ],
  socialGroups: ['digital-only', 'all-groups', 'some-groups', 'no-groups'],
  crossBorder: ['cross-border-complete', 'cross-border-some', 'unknown', 'not-from-abroad'],
} as const satisfies { [K in DimensionKey]: readonly AccessAssessment[K]['reason']['code'][] };

/** All four dimensions for one service. */
function assessAccessUncached(catalog: Catalog, service: Service): AccessAssessment {
  return {
    serviceId: service.id,
    multichannel: assessMultichannel(service),
    territorial: assessTerritorial(catalog, service),
    socialGroups: assessSocialGroups(service),
    crossBorder: assessCrossBorder(service),
  };
}

/** The four dimensions of a service; the report and every service page ask, so it is kept per catalogue. */
export const assessAccess: (catalog: Catalog, service: Service) => AccessAssessment = memoByCatalog(
  (service: Service) => service.id,
  assessAccessUncached,
);
