// The four access dimensions of PU2-14 (N3-1 … N3-4) for one service, derived from the data.
// Each dimension gets a status and a structured reason (a code plus the numbers behind it),
// never prose: the pages phrase the reason in Latvian and English.
//
// Rules and thresholds
// --------------------
// Environments: electronic = e-service, mobile app, signed e-mail, e-address;
// physical = post, phone (physical, remote) and in person, embassy, home visit (physical, in person).
//
// N3-1 multichannel (daudzkanālu pieejamība)
//   d-service                                        → not-applicable  'digital-only'
//   every stage has a channel in both environments   → provided        'alternatives-both-stages'
//     (f-service: receipt is judged on physical channels only; electronic receipt cannot apply)
//   every channel of both stages in one environment  → not-provided    'single-environment'
//   each stage has exactly one kind of channel       → not-provided    'no-choice'
//     (the person chooses nothing at any stage, even if the two stages differ)
//   otherwise                                        → partly          'missing-alternatives' (lists what is missing)
//   kind null: judged by the channels as an e-service. Every dimension of a service whose kind
//   is null carries the note 'kind-unknown', so the page can say the kind is not known.
//
// N3-2 territorial (teritoriālā pieejamība)
//   "remote" = a request channel in the electronic environment or by post or phone.
//   Coverage = municipalities with at least one place in Latvia offering the service
//   (placesOffering) / all municipalities in the catalogue (42).
//   Tier 'national' or 'abroad':
//     no in-person channel at all and remote          → provided      'remote-only' (nothing ties it to a place)
//     remote and coverage = every municipality        → provided      'remote-and-places-everywhere'
//     remote and coverage below every municipality    → partly        'remote-places-partial'
//     not remote and coverage = every municipality    → partly        'places-everywhere-no-remote'
//     not remote, coverage ≥ MOST_MUNICIPALITIES (½)  → partly        'places-partial-no-remote'
//     not remote, coverage below that                 → not-provided  'places-partial-no-remote'
//     not remote and no in-person channel             → not-provided  'no-remote-no-places'
//   Tier 'municipality', 'special-territory', 'single-place':
//     places offering it there (in the scope's municipality; any place in Latvia for a special
//     territory, whose outline the data does not have; the named place for a single place)
//                                                     → provided      'scope-places-exist'
//     no place there, but remote                      → partly        'scope-remote-only'
//     no place there and not remote                   → not-provided  'scope-no-places'
//   Note 'no-places-listed': an in-person channel, but no place in Latvia in the data offers it.
//
// N3-3 all social groups (visu sabiedrības grupu pieejamība)
//   d-service → not-applicable 'digital-only'. Otherwise count the groups (low income, low digital
//   skills, functional impairments) with at least one assisted option:
//   3 → provided 'all-groups'; 1–2 → partly 'some-groups'; 0 → not-provided 'no-groups'.
//
// N3-4 cross-border (pārrobežu pieejamība), three facts:
//   fromAbroad            crossBorder.fromAbroad (null = unknown)
//   englishInfo           crossBorder.englishInstructionsUrl, or an English name marked official
//   remoteIdentification  crossBorder.foreignEid true, or an embassy or post request channel
//                         (unknown when none of these and foreignEid is null)
//   all three met                                   → provided      'cross-border-complete'
//   fromAbroad false and no other fact met          → not-provided  'not-from-abroad'
//   some fact unknown                               → partly        'unknown' (never better than partly)
//   otherwise                                       → partly        'cross-border-some'
//
// Not known (a gap in our data, not necessarily in the service)
// -------------------------------------------------------------
// Where the data leaves a fact open, the dimension is judged twice: once as if every open fact
// were favourable and once as if none were. When the two answers agree, that is the status (the
// open fact cannot change it); when they differ, the status is 'not-known' and `unknown` names
// the facts that would settle it. Open facts:
//   'receipt-channels'  N3-1: no receipt channel in the data (no source says how the result comes)
//   'places'            N3-2: an in-person channel, but no place in Latvia in the data offers it
//   'from-abroad'       N3-4: crossBorder.fromAbroad is null
//   'foreign-eid'       N3-4: crossBorder.foreignEid is null and no embassy or post request channel
import type { Catalog } from '../catalog/validate.ts';
import type { Channel, ChannelType, Place, Service } from '../schema/index.ts';
import { ENVIRONMENT_OF } from '../channels/channels.ts';
import { placesOffering } from '../catalog/catalog.ts';
import { memoByCatalog } from '../catalog/memo.ts';

export const ACCESS_STATUSES = ['provided', 'partly', 'not-provided', 'not-applicable', 'not-known'] as const;
export type AccessStatus = (typeof ACCESS_STATUSES)[number];
/** The statuses that are gaps in the service (not-known is counted apart: it may be a gap in our data). */
export const GAP_STATUSES: readonly AccessStatus[] = ['partly', 'not-provided'];

/** Facts our data leaves open that would settle a dimension's status (see "Not known" above). */
export const UNKNOWN_FACTS = ['receipt-channels', 'places', 'from-abroad', 'foreign-eid'] as const;
export type UnknownFact = (typeof UNKNOWN_FACTS)[number];

export type DimensionKey = 'multichannel' | 'territorial' | 'socialGroups' | 'crossBorder';
export type DimensionCode = 'N3-1' | 'N3-2' | 'N3-3' | 'N3-4';

/** The four dimensions in the order the seed lists them. */
export const DIMENSIONS: readonly { key: DimensionKey; code: DimensionCode }[] = [
  { key: 'multichannel', code: 'N3-1' },
  { key: 'territorial', code: 'N3-2' },
  { key: 'socialGroups', code: 'N3-3' },
  { key: 'crossBorder', code: 'N3-4' },
];

/** Coverage share at or above which in-person-only access counts as partly rather than a gap. */
export const MOST_MUNICIPALITIES = 0.5;

export type Stage = 'request' | 'receipt';
/** The seed's two environments; physical covers both remote (post, phone) and in person. */
export type Environment2 = 'electronic' | 'physical';
export type TerritorialTier = Service['scope']['tier'];
export type SocialGroup = 'lowIncome' | 'lowDigitalSkills' | 'impairments';
export const SOCIAL_GROUPS: readonly SocialGroup[] = ['lowIncome', 'lowDigitalSkills', 'impairments'];
export type CrossBorderFacet = 'fromAbroad' | 'englishInfo' | 'remoteIdentification';
export const CROSS_BORDER_FACETS: readonly CrossBorderFacet[] = ['fromAbroad', 'englishInfo', 'remoteIdentification'];

/**
 * Extra facts shown next to a reason: the kind is unknown; electronic receipt cannot apply
 * (f-service); the service has an in-person channel but our data lists no place in Latvia that
 * offers it (a gap in the data as much as, perhaps, in the service).
 */
export type AccessNote = 'kind-unknown' | 'electronic-receipt-not-applicable' | 'no-places-listed';

export interface StageChannels {
  electronic: boolean;
  physical: boolean;
  /** Distinct channel types the stage offers, in data order. */
  types: ChannelType[];
}

export type MultichannelReason =
  | { code: 'digital-only' }
  | { code: 'alternatives-both-stages'; request: StageChannels; receipt: StageChannels }
  | { code: 'missing-alternatives'; missing: { stage: Stage; environment: Environment2 }[]; request: StageChannels; receipt: StageChannels }
  | { code: 'single-environment'; environment: Environment2 }
  | { code: 'no-choice'; request: ChannelType; receipt: ChannelType };

interface Coverage {
  /** Municipalities with at least one place offering the service. */
  covered: number;
  /** Municipalities in the catalogue (42). */
  total: number;
}

export type TerritorialReason =
  | ({ code: 'remote-and-places-everywhere'; tier: TerritorialTier } & Coverage)
  | { code: 'remote-only'; tier: TerritorialTier }
  | ({ code: 'remote-places-partial'; tier: TerritorialTier } & Coverage)
  | ({ code: 'places-everywhere-no-remote'; tier: TerritorialTier } & Coverage)
  | ({ code: 'places-partial-no-remote'; tier: TerritorialTier } & Coverage)
  | { code: 'no-remote-no-places'; tier: TerritorialTier }
  | { code: 'scope-places-exist' | 'scope-remote-only' | 'scope-no-places'; tier: TerritorialTier; places: number; municipality: string | null; placeId: string | null };

export type SocialGroupsReason =
  | { code: 'digital-only' }
  | { code: 'all-groups' | 'some-groups' | 'no-groups'; covered: SocialGroup[]; missing: SocialGroup[]; options: Record<SocialGroup, number> };

export interface CrossBorderFacts {
  fromAbroad: boolean | null;
  /** How English information is available; empty when there is none. */
  englishBy: ('instructions' | 'official-name')[];
  /** How a person abroad can identify themselves or send the request; empty when none is known. */
  remoteBy: ('foreign-eid' | 'embassy' | 'post')[];
}

export type CrossBorderReason =
  | ({ code: 'cross-border-complete' } & CrossBorderFacts)
  | ({ code: 'not-from-abroad' } & CrossBorderFacts)
  | ({ code: 'cross-border-some' | 'unknown'; met: CrossBorderFacet[]; missing: CrossBorderFacet[]; unknown: CrossBorderFacet[] } & CrossBorderFacts);

export interface DimensionResult<R> {
  dimension: DimensionCode;
  status: AccessStatus;
  /** What the data shows (for 'not-known': the reason as if the open facts were unfavourable). */
  reason: R;
  notes: AccessNote[];
  /** Open facts that would settle the status; non-empty exactly when the status is 'not-known'. */
  unknown: UnknownFact[];
}

/**
 * The status when the open facts cannot change it, else 'not-known' with the facts named.
 * `judge(favourable)` is the dimension's rule with the open facts filled in one way or the other.
 */
function settle<R>(open: UnknownFact[], judge: (favourable: boolean) => DimensionResult<R>): DimensionResult<R> {
  const worst = judge(false);
  if (open.length === 0) return worst;
  const best = judge(true);
  return best.status === worst.status ? worst : { ...worst, status: 'not-known', unknown: open };
}

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

export const ACCESS_NOTES: readonly AccessNote[] = ['kind-unknown', 'electronic-receipt-not-applicable', 'no-places-listed'];

function env2(channel: Channel): Environment2 {
  return ENVIRONMENT_OF[channel.type] === 'electronic' ? 'electronic' : 'physical';
}

export function stageChannels(channels: readonly Channel[]): StageChannels {
  const types = [...new Set(channels.map((c) => c.type))];
  return {
    electronic: channels.some((c) => env2(c) === 'electronic'),
    physical: channels.some((c) => env2(c) === 'physical'),
    types,
  };
}

/** N3-1: can the person choose how to request and how to receive the service? */
export function assessMultichannel(service: Service): DimensionResult<MultichannelReason> {
  const notes: AccessNote[] = [];
  if (service.kind === null) notes.push('kind-unknown');
  if (service.kind === 'd') return { dimension: 'N3-1', status: 'not-applicable', reason: { code: 'digital-only' }, notes, unknown: [] };
  if (service.kind === 'f') notes.push('electronic-receipt-not-applicable');
  const request = stageChannels(service.requestChannels);
  const known = stageChannels(service.receiptChannels);
  // No receipt channel means no source says how the result comes, not that it never does.
  const open: UnknownFact[] = service.receiptChannels.length === 0 ? ['receipt-channels'] : [];
  const anyReceipt: StageChannels = { electronic: true, physical: true, types: ['e-service', 'post'] };
  return settle(open, (favourable) => judgeMultichannel(service, request, favourable && open.length > 0 ? anyReceipt : known, notes));
}

function judgeMultichannel(service: Service, request: StageChannels, receipt: StageChannels, notes: AccessNote[]): DimensionResult<MultichannelReason> {
  const result = (status: AccessStatus, reason: MultichannelReason): DimensionResult<MultichannelReason> => ({ dimension: 'N3-1', status, reason, notes, unknown: [] });
  const missing: { stage: Stage; environment: Environment2 }[] = [];
  if (!request.electronic) missing.push({ stage: 'request', environment: 'electronic' });
  if (!request.physical) missing.push({ stage: 'request', environment: 'physical' });
  if (service.kind !== 'f' && !receipt.electronic) missing.push({ stage: 'receipt', environment: 'electronic' });
  if (!receipt.physical) missing.push({ stage: 'receipt', environment: 'physical' });

  if (missing.length === 0) return result('provided', { code: 'alternatives-both-stages', request, receipt });

  const electronicAnywhere = request.electronic || receipt.electronic;
  const physicalAnywhere = request.physical || receipt.physical;
  if (electronicAnywhere !== physicalAnywhere) {
    return result('not-provided', { code: 'single-environment', environment: electronicAnywhere ? 'electronic' : 'physical' });
  }
  if (request.types.length === 1 && receipt.types.length === 1) {
    return result('not-provided', { code: 'no-choice', request: request.types[0]!, receipt: receipt.types[0]! });
  }
  return result('partly', { code: 'missing-alternatives', missing, request, receipt });
}

/** Number of places in Latvia offering the service, per municipality ATVK (only municipalities that have some). */
export function placeCountsByMunicipality(catalog: Catalog, service: Service): Map<string, number> {
  const counts = new Map<string, number>();
  for (const place of placesOffering(catalog, service)) {
    if (place.municipality === null) continue;
    counts.set(place.municipality, (counts.get(place.municipality) ?? 0) + 1);
  }
  return counts;
}

/** Municipalities of the catalogue with at least one place offering the service, and how many there are. */
export function municipalityCoverage(catalog: Catalog, service: Service): Coverage {
  const counts = placeCountsByMunicipality(catalog, service);
  return { covered: catalog.municipalities.filter((m) => (counts.get(m.atvk) ?? 0) > 0).length, total: catalog.municipalities.length };
}

/** A request channel that works wherever the person is: electronic, post or phone. */
export function hasRemoteRequest(service: Service): boolean {
  return service.requestChannels.some((c) => ENVIRONMENT_OF[c.type] !== 'inPerson');
}

function hasInPersonChannel(service: Service): boolean {
  return [...service.requestChannels, ...service.receiptChannels].some((c) => c.type === 'in-person');
}

/** N3-2: can the person get the service where they are? */
export function assessTerritorial(catalog: Catalog, service: Service): DimensionResult<TerritorialReason> {
  const notes: AccessNote[] = service.kind === null ? ['kind-unknown'] : [];
  const offering = placesOffering(catalog, service);
  const noPlacesListed = hasInPersonChannel(service) && !offering.some((p) => p.municipality !== null);
  if (noPlacesListed) notes.push('no-places-listed');
  // An in-person channel with no place listed: the places exist somewhere, our data does not say where.
  return settle(noPlacesListed ? ['places'] : [], (favourable) => judgeTerritorial(catalog, service, offering, favourable, notes));
}

function judgeTerritorial(catalog: Catalog, service: Service, offering: readonly Place[], placesEverywhere: boolean, notes: AccessNote[]): DimensionResult<TerritorialReason> {
  const { tier } = service.scope;
  const remote = hasRemoteRequest(service);
  const result = (status: AccessStatus, reason: TerritorialReason): DimensionResult<TerritorialReason> => ({ dimension: 'N3-2', status, reason, notes, unknown: [] });

  if (tier === 'national' || tier === 'abroad') {
    if (!hasInPersonChannel(service)) return remote ? result('provided', { code: 'remote-only', tier }) : result('not-provided', { code: 'no-remote-no-places', tier });
    const measured = municipalityCoverage(catalog, service);
    const coverage = placesEverywhere ? { covered: measured.total, total: measured.total } : measured;
    const everywhere = coverage.total > 0 && coverage.covered === coverage.total;
    if (remote) return everywhere ? result('provided', { code: 'remote-and-places-everywhere', tier, ...coverage }) : result('partly', { code: 'remote-places-partial', tier, ...coverage });
    if (everywhere) return result('partly', { code: 'places-everywhere-no-remote', tier, ...coverage });
    const most = coverage.total > 0 && coverage.covered / coverage.total >= MOST_MUNICIPALITIES;
    return result(most ? 'partly' : 'not-provided', { code: 'places-partial-no-remote', tier, ...coverage });
  }

  const { municipality, placeId } = service.scope;
  const listed =
    tier === 'municipality'
      ? offering.filter((p) => municipality !== null && p.municipality === municipality).length
      : tier === 'single-place'
        ? catalog.places.filter((p) => placeId !== null && p.id === placeId).length
        : offering.filter((p) => p.municipality !== null).length;
  const places = placesEverywhere ? Math.max(listed, 1) : listed;
  const params = { tier, places, municipality, placeId };
  if (places > 0) return result('provided', { code: 'scope-places-exist', ...params });
  return remote ? result('partly', { code: 'scope-remote-only', ...params }) : result('not-provided', { code: 'scope-no-places', ...params });
}

/** N3-3: can people with low income, low digital skills or functional impairments get it? */
export function assessSocialGroups(service: Service): DimensionResult<SocialGroupsReason> {
  const notes: AccessNote[] = service.kind === null ? ['kind-unknown'] : [];
  if (service.kind === 'd') return { dimension: 'N3-3', status: 'not-applicable', reason: { code: 'digital-only' }, notes, unknown: [] };
  const options = {
    lowIncome: service.assisted.lowIncome.length,
    lowDigitalSkills: service.assisted.lowDigitalSkills.length,
    impairments: service.assisted.impairments.length,
  };
  const covered = SOCIAL_GROUPS.filter((g) => options[g] > 0);
  const missing = SOCIAL_GROUPS.filter((g) => options[g] === 0);
  const result = (status: AccessStatus, reason: SocialGroupsReason): DimensionResult<SocialGroupsReason> => ({ dimension: 'N3-3', status, reason, notes, unknown: [] });
  if (missing.length === 0) return result('provided', { code: 'all-groups', covered, missing, options });
  if (covered.length === 0) return result('not-provided', { code: 'no-groups', covered, missing, options });
  return result('partly', { code: 'some-groups', covered, missing, options });
}

export function crossBorderFacts(service: Service): CrossBorderFacts {
  const cb = service.crossBorder;
  const englishBy: CrossBorderFacts['englishBy'] = [];
  if (cb.englishInstructionsUrl !== null) englishBy.push('instructions');
  if (service.name.en.origin === 'official') englishBy.push('official-name');
  const remoteBy: CrossBorderFacts['remoteBy'] = [];
  if (cb.foreignEid === true) remoteBy.push('foreign-eid');
  if (service.requestChannels.some((c) => c.type === 'embassy')) remoteBy.push('embassy');
  if (service.requestChannels.some((c) => c.type === 'post')) remoteBy.push('post');
  return { fromAbroad: cb.fromAbroad, englishBy, remoteBy };
}

/** N3-4: can people abroad and foreigners find out about it and get it? */
export function assessCrossBorder(service: Service): DimensionResult<CrossBorderReason> {
  const notes: AccessNote[] = service.kind === null ? ['kind-unknown'] : [];
  const facts = crossBorderFacts(service);
  const state: Record<CrossBorderFacet, boolean | null> = {
    fromAbroad: facts.fromAbroad,
    englishInfo: facts.englishBy.length > 0,
    remoteIdentification: facts.remoteBy.length > 0 ? true : service.crossBorder.foreignEid === null ? null : false,
  };
  const met = CROSS_BORDER_FACETS.filter((f) => state[f] === true);
  const missing = CROSS_BORDER_FACETS.filter((f) => state[f] === false);
  const unknown = CROSS_BORDER_FACETS.filter((f) => state[f] === null);
  const open: UnknownFact[] = [...(state.fromAbroad === null ? ['from-abroad' as const] : []), ...(state.remoteIdentification === null ? ['foreign-eid' as const] : [])];
  const result = (status: AccessStatus, reason: CrossBorderReason): DimensionResult<CrossBorderReason> => ({ dimension: 'N3-4', status, reason, notes, unknown: [] });
  const reason = { code: unknown.length > 0 ? ('unknown' as const) : ('cross-border-some' as const), met, missing, unknown, ...facts };

  return settle(open, (favourable) => {
    const filled = (f: CrossBorderFacet) => state[f] ?? favourable;
    const metNow = CROSS_BORDER_FACETS.filter(filled);
    // Only the favourable filling can reach this with open facts, and then settle keeps the other reason.
    if (metNow.length === CROSS_BORDER_FACETS.length) return result('provided', { code: 'cross-border-complete', ...facts });
    // Not from abroad, and no known fact makes up for it (an open foreign-eID fact would not: it
    // only helps someone who can apply from abroad in the first place).
    if (!filled('fromAbroad') && met.length === 0) return result('not-provided', state.fromAbroad === false ? { code: 'not-from-abroad', ...facts } : reason);
    return result('partly', reason);
  });
}

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
export const assessAccess: (catalog: Catalog, service: Service) => AccessAssessment = memoByCatalog((service: Service) => service.id, assessAccessUncached);
