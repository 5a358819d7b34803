// What the assessment of one access dimension holds: a status, a structured reason (a code plus
// the numbers behind it, never prose: the pages phrase it in Latvian and English), notes, and the
// open facts that would settle it.
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

export const ACCESS_STATUSES = ['provided', 'partly', 'not-provided', 'not-applicable', 'not-known'] as const;
export type AccessStatus = (typeof ACCESS_STATUSES)[number];
/** The statuses that are gaps in the service (not-known is counted apart: it may be a gap in our data). */
export const GAP_STATUSES: readonly AccessStatus[] = ['partly', 'not-provided'];

/** Facts our data leaves open that would settle a dimension's status (see "Not known" above). */
export const UNKNOWN_FACTS = ['receipt-channels', 'places', 'from-abroad', 'foreign-eid'] as const;
export type UnknownFact = (typeof UNKNOWN_FACTS)[number];

export type DimensionCode = 'N3-1' | 'N3-2' | 'N3-3' | 'N3-4';

/**
 * Extra facts shown next to a reason: the kind is unknown; electronic receipt cannot apply
 * (f-service); the service has an in-person channel but our data lists no place in Latvia that
 * offers it (a gap in the data as much as, perhaps, in the service).
 */
export type AccessNote = 'kind-unknown' | 'electronic-receipt-not-applicable' | 'no-places-listed';

export const ACCESS_NOTES: readonly AccessNote[] = [
  'kind-unknown',
  'electronic-receipt-not-applicable',
  'no-places-listed',
];

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
export function settle<R>(open: UnknownFact[], judge: (favourable: boolean) => DimensionResult<R>): DimensionResult<R> {
  const worst = judge(false);
  if (open.length === 0) return worst;
  const best = judge(true);
  return best.status === worst.status ? worst : { ...worst, status: 'not-known', unknown: open };
}
