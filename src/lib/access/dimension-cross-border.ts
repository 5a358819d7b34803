// N3-4 cross-border (pārrobežu pieejamība): can people abroad and foreigners find out about it
// and get it?
//
// fromAbroad            crossBorder.fromAbroad (null = unknown)
// englishInfo           crossBorder.englishInstructionsUrl, or an English name marked official
// remoteIdentification  crossBorder.foreignEid true, or an embassy or post request channel
//                       (unknown when none of these and foreignEid is null)
// all three met                                   → provided      'cross-border-complete'
// fromAbroad false and no other fact met          → not-provided  'not-from-abroad'
// some fact unknown                               → partly        'unknown' (never better than partly)
// otherwise                                       → partly        'cross-border-some'
import type { Service } from '../schema/index.ts';
import {
  settle,
  type AccessNote,
  type AccessStatus,
  type DimensionResult,
  type UnknownFact,
} from './dimension-result.ts';

export type CrossBorderFacet = 'fromAbroad' | 'englishInfo' | 'remoteIdentification';
export const CROSS_BORDER_FACETS: readonly CrossBorderFacet[] = ['fromAbroad', 'englishInfo', 'remoteIdentification'];

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
  | ({
      code: 'cross-border-some' | 'unknown';
      met: CrossBorderFacet[];
      missing: CrossBorderFacet[];
      unknown: CrossBorderFacet[];
    } & CrossBorderFacts);

/** The facts of N3-4 as the data states them (the advice asks for englishBy too). */
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
  const open: UnknownFact[] = [
    ...(state.fromAbroad === null ? ['from-abroad' as const] : []),
    ...(state.remoteIdentification === null ? ['foreign-eid' as const] : []),
  ];
  const result = (status: AccessStatus, reason: CrossBorderReason): DimensionResult<CrossBorderReason> => ({
    dimension: 'N3-4',
    status,
    reason,
    notes,
    unknown: [],
  });
  const reason = {
    code: unknown.length > 0 ? ('unknown' as const) : ('cross-border-some' as const),
    met,
    missing,
    unknown,
    ...facts,
  };

  return settle(open, (favourable) => {
    const filled = (f: CrossBorderFacet) => state[f] ?? favourable;
    const metNow = CROSS_BORDER_FACETS.filter(filled);
    // Only the favourable filling can reach this with open facts, and then settle keeps the other reason.
    if (metNow.length === CROSS_BORDER_FACETS.length)
      return result('provided', { code: 'cross-border-complete', ...facts });
    // Not from abroad, and no known fact makes up for it (an open foreign-eID fact would not: it
    // only helps someone who can apply from abroad in the first place).
    if (!filled('fromAbroad') && met.length === 0)
      return result('not-provided', state.fromAbroad === false ? { code: 'not-from-abroad', ...facts } : reason);
    return result('partly', reason);
  });
}
