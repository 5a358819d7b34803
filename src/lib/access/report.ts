// The managers' report (PU2-14 "information on actual accessibility"): the four dimensions for
// every service, counts per status and the gaps. Built from the same assessAccess the service
// pages use, so the two cannot disagree. Where services are offered and how far that is:
// report-coverage.ts; the page as data: report-page.ts; the downloads: report-csv.ts.
import type { Catalog } from '../catalog/validate.ts';
import { DIMENSIONS, assessAccess, type AccessAssessment, type AccessReason, type DimensionKey } from './dimensions.ts';
import { ACCESS_STATUSES, type AccessStatus, type DimensionCode } from './dimension-result.ts';

export interface DimensionRow {
  serviceId: string;
  institution: string;
  assessment: AccessAssessment;
}

const dimensionTables = new WeakMap<Catalog, readonly DimensionRow[]>();

/** Services × the four dimensions, in catalogue order; made once per catalogue (every report page and CSV asks). */
export function dimensionTable(catalog: Catalog): readonly DimensionRow[] {
  let rows = dimensionTables.get(catalog);
  if (!rows)
    dimensionTables.set(
      catalog,
      (rows = Object.freeze(
        catalog.services.map((service) => ({
          serviceId: service.id,
          institution: service.institution,
          assessment: assessAccess(catalog, service),
        })),
      )),
    );
  return rows;
}

export type StatusCounts = Record<DimensionKey, Record<AccessStatus, number>>;

/** How many services have each status, per dimension (filter the rows first for one institution). */
export function statusCounts(rows: readonly DimensionRow[]): StatusCounts {
  const empty = () => Object.fromEntries(ACCESS_STATUSES.map((s) => [s, 0])) as Record<AccessStatus, number>;
  const counts = Object.fromEntries(DIMENSIONS.map((d) => [d.key, empty()])) as StatusCounts;
  for (const row of rows) for (const { key } of DIMENSIONS) counts[key][row.assessment[key].status] += 1;
  return counts;
}

export interface Gap {
  serviceId: string;
  institution: string;
  dimension: DimensionKey;
  code: DimensionCode;
  status: 'partly' | 'not-provided';
  reason: AccessReason;
}

/** Every dimension that is not provided or only partly, with its service; service order, then N3-1 … N3-4. */
export function gaps(catalog: Catalog, rows: readonly DimensionRow[] = dimensionTable(catalog)): Gap[] {
  const out: Gap[] = [];
  for (const row of rows) {
    for (const { key, code } of DIMENSIONS) {
      const result = row.assessment[key];
      if (result.status === 'partly' || result.status === 'not-provided') {
        out.push({
          serviceId: row.serviceId,
          institution: row.institution,
          dimension: key,
          code,
          status: result.status,
          reason: result.reason,
        });
      }
    }
  }
  return out;
}
