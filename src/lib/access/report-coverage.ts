// Territorial coverage for the managers' report: summed over a set of services, per
// municipality, how many of the services someone can get in person there and how many of our
// places there offer at least one of them; and the territorial view, the distance from every
// municipality's and parish's centre to the nearest VPVKAC and to each institution's points.
import type { Catalog } from '../catalog/validate.ts';
import type { Institution, Municipality, Place, Service } from '../schema/index.ts';
import { placesOffering } from '../catalog/catalog.ts';
import type { Point } from '../places/geo.ts';
import { buildPlaceIndex, nearestPlaces } from '../places/nearest.ts';

/** Whether the service can be requested or received in person in Latvia (an in-person channel). */
export function hasInPersonChannel(service: Service): boolean {
  return [...service.requestChannels, ...service.receiptChannels].some((c) => c.type === 'in-person');
}

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
  groups.push({ set: { kind: 'vpvkac', institution: null, places: vpvkac.length, located: vpvkac.filter((p) => p.coordinates).length }, places: vpvkac });
  for (const institution of catalog.institutions) {
    const own = inLatvia.filter((p) => p.institution === institution.id);
    if (own.length === 0) continue;
    groups.push({ set: { kind: 'institution', institution, places: own.length, located: own.filter((p) => p.coordinates).length }, places: own });
  }
  const indexes = groups.map((g) => buildPlaceIndex(g.places));
  const byAtvk = new Map(catalog.municipalities.map((m) => [m.atvk, m]));
  const measure = (id: string, name: string, municipality: Municipality, point: Point): AreaDistances => {
    const metres = indexes.map((index) => nearestPlaces(index, point, { limit: 1 })[0]?.distanceMetres ?? null);
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
