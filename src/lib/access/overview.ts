// The overview at the top of the managers' report: one row per institution (or, on an
// institution's report, per service) with the counts of each status in each of the four
// dimensions, sorted so the rows with the most gaps come first. A gap is a dimension that is
// partly or not provided; "not known" is counted apart (it may be a gap in our data, not in the
// service). Pure: the rows carry ids and counts, the page phrases them.
import type { Institution } from '../schema/index.ts';
import { DIMENSIONS, type DimensionKey } from './dimensions.ts';
import { ACCESS_STATUSES, GAP_STATUSES, type AccessStatus } from './dimension-result.ts';
import type { DimensionRow } from './report.ts';

export type StatusTally = Record<AccessStatus, number>;

function emptyTally(): StatusTally {
  return Object.fromEntries(ACCESS_STATUSES.map((s) => [s, 0])) as StatusTally;
}

/** A sort key for a status: worst first when sorted from the highest (a report column sorted by status). */
export const STATUS_SEVERITY: Record<AccessStatus, number> = {
  'not-provided': 4,
  partly: 3,
  'not-known': 2,
  'not-applicable': 1,
  provided: 0,
};

/** Gaps (partly + not provided) in a tally. */
export function gapsIn(tally: StatusTally): number {
  return GAP_STATUSES.reduce((sum, s) => sum + tally[s], 0);
}

export interface InstitutionOverviewRow {
  institution: Institution;
  services: number;
  /** Per dimension, how many of the institution's services have each status. */
  tallies: Record<DimensionKey, StatusTally>;
  /** Gaps over all four dimensions (what the rows are sorted by). */
  gaps: number;
  /** Dimensions whose status is not known, over all four. */
  notKnown: number;
}

export interface ServiceOverviewRow {
  serviceId: string;
  institution: string;
  statuses: Record<DimensionKey, AccessStatus>;
  gaps: number;
  notKnown: number;
}

/**
 * Most gaps first; then most not-known (the next thing to look into); then the given order
 * (the caller passes rows already in name order, so ties read alphabetically).
 */
function byGaps<T extends { gaps: number; notKnown: number }>(rows: T[]): T[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => b.row.gaps - a.row.gaps || b.row.notKnown - a.row.notKnown || a.i - b.i)
    .map(({ row }) => row);
}

/**
 * Every institution of the catalogue, those without services too (all zeros, so the list is
 * complete), in `institutions` order before sorting by gaps.
 */
export function institutionOverview(
  rows: readonly DimensionRow[],
  institutions: readonly Institution[],
): InstitutionOverviewRow[] {
  const byInstitution = new Map<string, InstitutionOverviewRow>();
  for (const institution of institutions) {
    const tallies = Object.fromEntries(DIMENSIONS.map((d) => [d.key, emptyTally()])) as Record<
      DimensionKey,
      StatusTally
    >;
    byInstitution.set(institution.id, { institution, services: 0, tallies, gaps: 0, notKnown: 0 });
  }
  for (const row of rows) {
    const entry = byInstitution.get(row.institution);
    if (!entry) continue;
    entry.services += 1;
    for (const { key } of DIMENSIONS) entry.tallies[key][row.assessment[key].status] += 1;
  }
  const out = [...byInstitution.values()];
  for (const entry of out) {
    entry.gaps = DIMENSIONS.reduce((sum, d) => sum + gapsIn(entry.tallies[d.key]), 0);
    entry.notKnown = DIMENSIONS.reduce((sum, d) => sum + entry.tallies[d.key]['not-known'], 0);
  }
  return byGaps(out);
}

/** The services of the rows, one row each with its four statuses, most gaps first. */
export function serviceOverview(rows: readonly DimensionRow[]): ServiceOverviewRow[] {
  return byGaps(
    rows.map((row) => {
      const statuses = Object.fromEntries(DIMENSIONS.map((d) => [d.key, row.assessment[d.key].status])) as Record<
        DimensionKey,
        AccessStatus
      >;
      const all = DIMENSIONS.map((d) => statuses[d.key]);
      return {
        serviceId: row.serviceId,
        institution: row.institution,
        statuses,
        gaps: all.filter((s) => GAP_STATUSES.includes(s)).length,
        notKnown: all.filter((s) => s === 'not-known').length,
      };
    }),
  );
}
