// The managers' report (PU2-14 "information on actual accessibility"): the four dimensions for
// every service, counts per status, the gaps, territorial coverage per municipality, the
// municipalities and parishes far from any place offering a service (downloads: access-report-csv.ts).
// Built from the same assessAccess the service pages use, so the two cannot disagree.
import type { Catalog } from '../catalog/validate.ts';
import type { GazetteerEntry, Municipality, Place, Service } from '../schema/index.ts';
import { DIMENSIONS, assessAccess, type AccessAssessment, type AccessReason, type DimensionKey } from './dimensions.ts';
import { ACCESS_STATUSES, type AccessStatus, type DimensionCode } from './dimension-result.ts';
import { placeCountsByMunicipality } from './dimension-territorial.ts';
import { placesOffering } from '../catalog/catalog.ts';
import type { Point } from '../places/geo.ts';
import { buildPlaceIndex, nearestPlaces } from '../places/nearest.ts';
import { memoByCatalog } from '../catalog/memo.ts';

export interface DimensionRow {
  serviceId: string;
  institution: string;
  assessment: AccessAssessment;
}

const dimensionTables = new WeakMap<Catalog, readonly DimensionRow[]>();

/** Services × the four dimensions, in catalogue order; made once per catalogue (every report page and CSV asks). */
export function dimensionTable(catalog: Catalog): readonly DimensionRow[] {
  let rows = dimensionTables.get(catalog);
  if (!rows) dimensionTables.set(catalog, (rows = Object.freeze(catalog.services.map((service) => ({ serviceId: service.id, institution: service.institution, assessment: assessAccess(catalog, service) })))));
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
        out.push({ serviceId: row.serviceId, institution: row.institution, dimension: key, code, status: result.status, reason: result.reason });
      }
    }
  }
  return out;
}

/**
 * The services grouped by the set of places in Latvia that offer them, in the order given: services
 * offered at the same places have the same territorial coverage, so a report shows each group once.
 */
export function groupBySamePlaces(catalog: Catalog, services: readonly Service[]): Service[][] {
  const groups = new Map<string, Service[]>();
  for (const service of services) {
    const key = placesOffering(catalog, service).filter((p) => p.country === 'LV').map((p) => p.id).join(' ');
    const group = groups.get(key);
    if (group) group.push(service);
    else groups.set(key, [service]);
  }
  return [...groups.values()];
}

export interface MunicipalityCoverageRow {
  municipality: Municipality;
  /** In-person places in the municipality that offer the service. */
  places: number;
}

/** For every municipality of the catalogue, how many in-person places offer the service. */
export function territorialCoverage(catalog: Catalog, service: Service): MunicipalityCoverageRow[] {
  const counts = placeCountsByMunicipality(catalog, service);
  return catalog.municipalities.map((municipality) => ({ municipality, places: counts.get(municipality.atvk) ?? 0 }));
}

interface Nearest {
  /** Distance in metres to the nearest place offering the service; null when no such place has coordinates. */
  nearestMetres: number | null;
  nearestPlaceId: string | null;
}

export interface FarMunicipality extends Nearest {
  municipality: Municipality;
}

export interface FarParish extends Nearest {
  parish: GazetteerEntry;
}

export interface FarFromPlaces {
  thresholdMetres: number;
  /** Places in Latvia offering the service whose position is known; the distances use these. */
  placesWithCoordinates: number;
  /** Places in Latvia offering the service without coordinates (not counted in the distances). */
  placesWithoutCoordinates: number;
  /** Municipalities whose centre is farther than the threshold; farthest first. */
  municipalities: FarMunicipality[];
  /** Gazetteer parishes (pagasti) whose point is farther than the threshold; farthest first. */
  parishes: FarParish[];
}

/**
 * The nearest of the located places to a point. Places sharing a point (approximate coordinates
 * often coincide) count once, as the first of them in catalogue order; a k-d tree answers each
 * query, since the report asks for every municipality and parish of every service.
 */
function nearestTo(located: readonly Place[]): (point: Point) => Nearest {
  const firstAtPoint = new Map<string, Place>();
  for (const place of located) {
    const key = `${place.coordinates!.lat},${place.coordinates!.lon}`;
    if (!firstAtPoint.has(key)) firstAtPoint.set(key, place);
  }
  const index = buildPlaceIndex([...firstAtPoint.values()]);
  return (point) => {
    const [hit] = nearestPlaces(index, point, { limit: 1 });
    return hit ? { nearestMetres: hit.distanceMetres, nearestPlaceId: hit.place.id } : { nearestMetres: null, nearestPlaceId: null };
  };
}

/** Farthest first; "no place at all" (null) before any distance; ties keep catalogue order. */
function byDistance(a: Nearest, b: Nearest): number {
  if (a.nearestMetres === b.nearestMetres) return 0;
  if (a.nearestMetres === null) return -1;
  if (b.nearestMetres === null) return 1;
  return b.nearestMetres - a.nearestMetres;
}

/**
 * Municipalities and parishes whose point is farther than thresholdMetres (straight line) from
 * the nearest place in Latvia offering the service.
 * With no located place at all, every municipality and parish is listed with nearestMetres null.
 */
function farFromPlacesUncached(catalog: Catalog, service: Service, thresholdMetres: number): FarFromPlaces {
  const inLatvia = placesOffering(catalog, service).filter((p) => p.country === 'LV');
  const located = inLatvia.filter((p) => p.coordinates !== null);
  const far = (n: Nearest) => n.nearestMetres === null || n.nearestMetres > thresholdMetres;
  const nearest = nearestTo(located);
  const municipalities = catalog.municipalities
    .map((municipality) => ({ municipality, ...nearest(municipality.centre) }))
    .filter(far)
    .sort(byDistance);
  let parishes: FarParish[] | undefined;
  return {
    thresholdMetres,
    placesWithCoordinates: located.length,
    placesWithoutCoordinates: inLatvia.length - located.length,
    municipalities,
    // Worked out when first read: the whole-catalogue report reads only the municipalities of
    // every service, and the ~500 parishes per service were most of this function's time.
    get parishes() {
      parishes ??= catalog.gazetteer
        .filter((entry) => entry.kind === 'parish')
        .map((parish) => ({ parish, ...nearest(parish) }))
        .filter(far)
        .sort(byDistance);
      return parishes;
    },
  };
}

const farFromPlacesCached = memoByCatalog(
  (q: { service: Service; thresholdMetres: number }) => `${q.service.id}@${q.thresholdMetres}`,
  (catalog: Catalog, q: { service: Service; thresholdMetres: number }) => farFromPlacesUncached(catalog, q.service, q.thresholdMetres),
);

/**
 * Municipalities and parishes whose point is farther than the threshold from the nearest place
 * offering the service. Several report pages ask for the same service, so answers are kept per catalogue.
 */
export function farFromPlaces(catalog: Catalog, service: Service, thresholdMetres = 20_000): FarFromPlaces {
  return farFromPlacesCached(catalog, { service, thresholdMetres });
}
