// Territorial coverage for the managers' report: where a service can be had in person and how
// far that is. Per service, the places offering it in each municipality and the municipalities
// and parishes far from all of them; summed over a set of services, per municipality, how many
// of them someone can get in person there; and the territorial view, the distance from every
// municipality's and parish's centre to the nearest VPVKAC and to each institution's points.
import type { Catalog } from '../catalog/validate.ts';
import type { GazetteerEntry, Institution, Municipality, Place, Service } from '../schema/index.ts';
import { placesOffering } from '../catalog/catalog.ts';
import { memoByCatalog } from '../catalog/memo.ts';
import { placeCountsByMunicipality } from './dimension-territorial.ts';
import type { Point } from '../places/geo.ts';
import { buildPlaceIndex, nearestPlaces } from '../places/nearest.ts';

export interface MunicipalityOverviewRow {
  municipality: Municipality;
  /** Services (of those given) offered in person by at least one place in the municipality. */
  services: number;
  /** Places in the municipality offering at least one of the services. */
  places: number;
}

/** One row per municipality of the catalogue, in catalogue order. */
export function municipalityOverview(catalog: Catalog, services: readonly Service[]): MunicipalityOverviewRow[] {
  const servicesIn = new Map<string, Set<string>>();
  const placesIn = new Map<string, Set<string>>();
  for (const service of services) {
    for (const place of placesOffering(catalog, service)) {
      if (place.municipality === null) continue;
      if (!servicesIn.has(place.municipality)) servicesIn.set(place.municipality, new Set());
      if (!placesIn.has(place.municipality)) placesIn.set(place.municipality, new Set());
      servicesIn.get(place.municipality)!.add(service.id);
      placesIn.get(place.municipality)!.add(place.id);
    }
  }
  return catalog.municipalities.map((municipality) => ({
    municipality,
    services: servicesIn.get(municipality.atvk)?.size ?? 0,
    places: placesIn.get(municipality.atvk)?.size ?? 0,
  }));
}

/**
 * The services grouped by the set of places in Latvia that offer them, in the order given: services
 * offered at the same places have the same territorial coverage, so a report shows each group once.
 */
export function groupBySamePlaces(catalog: Catalog, services: readonly Service[]): Service[][] {
  return [
    ...Map.groupBy(services, (service) =>
      inLatvia(catalog, service)
        .map((p) => p.id)
        .join(' '),
    ).values(),
  ];
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
}

/**
 * The nearest of the located places to a point (places without coordinates are skipped). Places
 * sharing a point (approximate coordinates often coincide) count once, as the first of them in
 * catalogue order; a k-d tree answers each query, since the report asks for every municipality
 * and parish of every service.
 */
function nearestTo(places: readonly Place[]): (point: Point) => Nearest {
  const firstAtPoint = new Map<string, Place>();
  for (const place of places) {
    if (place.coordinates === null) continue;
    const key = `${place.coordinates.lat},${place.coordinates.lon}`;
    if (!firstAtPoint.has(key)) firstAtPoint.set(key, place);
  }
  const index = buildPlaceIndex([...firstAtPoint.values()]);
  return (point) => {
    const [hit] = nearestPlaces(index, point, { limit: 1 });
    return hit
      ? { nearestMetres: hit.distanceMetres, nearestPlaceId: hit.place.id }
      : { nearestMetres: null, nearestPlaceId: null };
  };
}

/** Farthest first; "no place at all" (null) before any distance; ties keep catalogue order. */
function byDistance(a: Nearest, b: Nearest): number {
  if (a.nearestMetres === b.nearestMetres) return 0;
  if (a.nearestMetres === null) return -1;
  if (b.nearestMetres === null) return 1;
  return b.nearestMetres - a.nearestMetres;
}

/** The places in Latvia offering the service (the distances and the groups use these). */
function inLatvia(catalog: Catalog, service: Service): Place[] {
  return placesOffering(catalog, service).filter((p) => p.country === 'LV');
}

/** The nearest-place search over a service's places, made once per service: both far lists and several pages ask. */
const nearestPlaceOf = memoByCatalog(
  (service: Service) => service.id,
  (catalog: Catalog, service: Service) => nearestTo(inLatvia(catalog, service)),
);

type FarQuery = { service: Service; thresholdMetres: number };
const farKey = (q: FarQuery) => `${q.service.id}@${q.thresholdMetres}`;
const isFar = (thresholdMetres: number) => (n: Nearest) =>
  n.nearestMetres === null || n.nearestMetres > thresholdMetres;

const farFromPlacesCached = memoByCatalog(
  farKey,
  (catalog: Catalog, { service, thresholdMetres }: FarQuery): FarFromPlaces => {
    const places = inLatvia(catalog, service);
    const located = places.filter((p) => p.coordinates !== null).length;
    const nearest = nearestPlaceOf(catalog, service);
    return {
      thresholdMetres,
      placesWithCoordinates: located,
      placesWithoutCoordinates: places.length - located,
      municipalities: catalog.municipalities
        .map((municipality) => ({ municipality, ...nearest(municipality.centre) }))
        .filter(isFar(thresholdMetres))
        .sort(byDistance),
    };
  },
);

const farParishesCached = memoByCatalog(
  farKey,
  (catalog: Catalog, { service, thresholdMetres }: FarQuery): FarParish[] => {
    const nearest = nearestPlaceOf(catalog, service);
    return catalog.gazetteer
      .filter((entry) => entry.kind === 'parish')
      .map((parish) => ({ parish, ...nearest(parish) }))
      .filter(isFar(thresholdMetres))
      .sort(byDistance);
  },
);

/**
 * The places in Latvia offering the service (with and without a position) and the municipalities
 * whose centre is farther than thresholdMetres (straight line) from the nearest of them. With no
 * located place at all, every municipality is listed with nearestMetres null. Several report pages
 * ask for the same service, so answers are kept per catalogue.
 */
export function farFromPlaces(catalog: Catalog, service: Service, thresholdMetres = 20_000): FarFromPlaces {
  return farFromPlacesCached(catalog, { service, thresholdMetres });
}

/**
 * The gazetteer parishes (pagasti) whose point is farther than thresholdMetres from the nearest
 * place in Latvia offering the service, farthest first; all of them when no place is located.
 * Apart from farFromPlaces: the whole-catalogue report reads only the municipalities of every
 * service, and the ~500 parishes per service were most of the time.
 */
export function farParishes(catalog: Catalog, service: Service, thresholdMetres = 20_000): FarParish[] {
  return farParishesCached(catalog, { service, thresholdMetres });
}

// ---- The territorial view: distances from every municipality's and parish's centre ----

/** Distance bands of the territorial view (km, straight line): within 10, within 25, farther. */
export const DISTANCE_BANDS = ['within-10', 'within-25', 'over-25'] as const;
export type DistanceBand = (typeof DISTANCE_BANDS)[number] | 'unknown';
export const BAND_LIMIT_KM = { 'within-10': 10, 'within-25': 25 } as const;

/** The band of a distance in metres; 'unknown' when there is no located point at all. */
export function distanceBand(metres: number | null): DistanceBand {
  if (metres === null) return 'unknown';
  if (metres <= BAND_LIMIT_KM['within-10'] * 1000) return 'within-10';
  if (metres <= BAND_LIMIT_KM['within-25'] * 1000) return 'within-25';
  return 'over-25';
}

export interface PointSet {
  /** 'vpvkac': the centres offering the VPVKAC basket; else an institution's own in-person points. */
  kind: 'vpvkac' | 'institution';
  institution: Institution | null;
  /** Points in Latvia in the set, and how many of them have a known position (distances use those). */
  places: number;
  located: number;
}

export interface AreaDistances {
  id: string;
  name: string;
  municipality: Municipality;
  point: Point;
  /** Metres to the nearest located point of each set, in the order of TerritorialView.sets; null: none located. */
  metres: (number | null)[];
  /** The band of the distance to the nearest VPVKAC-basket point (sets[0]). */
  band: DistanceBand;
}

export interface TerritorialView {
  sets: PointSet[];
  municipalities: AreaDistances[];
  parishes: AreaDistances[];
  /** Parishes per band (of the VPVKAC distance). */
  bandCounts: Record<DistanceBand, number>;
}

/** In-person points in Latvia (embassies are abroad; a place without a municipality is not in Latvia). */
function pointsInLatvia(places: readonly Place[]): Place[] {
  return places.filter((p) => p.country === 'LV' && p.type !== 'embassy');
}

function territorialViewUncached(catalog: Catalog): TerritorialView {
  const inLatvia = pointsInLatvia(catalog.places);
  const groups: { set: PointSet; places: Place[] }[] = [];
  const vpvkac = inLatvia.filter((p) => p.serviceSets.includes('vpvkac-basket'));
  groups.push({
    set: {
      kind: 'vpvkac',
      institution: null,
      places: vpvkac.length,
      located: vpvkac.filter((p) => p.coordinates).length,
    },
    places: vpvkac,
  });
  for (const institution of catalog.institutions) {
    const own = inLatvia.filter((p) => p.institution === institution.id);
    if (own.length === 0) continue;
    groups.push({
      set: { kind: 'institution', institution, places: own.length, located: own.filter((p) => p.coordinates).length },
      places: own,
    });
  }
  const nearest = groups.map((g) => nearestTo(g.places));
  const byAtvk = new Map(catalog.municipalities.map((m) => [m.atvk, m]));
  const measure = (id: string, name: string, municipality: Municipality, point: Point): AreaDistances => {
    const metres = nearest.map((nearestOfSet) => nearestOfSet(point).nearestMetres);
    return { id, name, municipality, point, metres, band: distanceBand(metres[0] ?? null) };
  };
  const municipalities = catalog.municipalities.map((m) => measure(m.atvk, m.name.lv, m, m.centre));
  const parishes = catalog.gazetteer
    .filter((g) => g.kind === 'parish' && byAtvk.has(g.municipality))
    .map((g) => measure(g.id, g.name, byAtvk.get(g.municipality)!, { lat: g.lat, lon: g.lon }));
  const bandCounts = { 'within-10': 0, 'within-25': 0, 'over-25': 0, unknown: 0 };
  for (const p of parishes) bandCounts[p.band] += 1;
  return { sets: groups.map((g) => g.set), municipalities, parishes, bandCounts };
}

const territorialViews = new WeakMap<Catalog, TerritorialView>();

/**
 * For every municipality and parish, the straight-line distance from its centre to the nearest
 * point offering the VPVKAC basket and to each institution's in-person points (both languages'
 * pages and the downloads ask, so it is made once per catalogue). Names are the Latvian ones
 * (parishes have no other); rows in catalogue order.
 */
export function territorialView(catalog: Catalog): TerritorialView {
  let view = territorialViews.get(catalog);
  if (!view) territorialViews.set(catalog, (view = territorialViewUncached(catalog)));
  return view;
}
