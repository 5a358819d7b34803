// Nearest places to a point, by straight-line (great-circle) distance, and the "most accessible
// first" order of the service page (its filters are client-files.ts compactFilter). A kd-tree (kdbush) with geokdbush's
// great-circle nearest-neighbour search answers in well under a millisecond for thousands of
// places; distances shown are computed with geo.ts, the same haversine with R = 6 371 km.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { Coordinates, Place, PremisesAccess } from '../schema/index.ts';
import { distanceMetres, isBuildingPoint, type Point } from './geo.ts';
import type { AccessNeed } from './access-needs.ts';

/** Anything with coordinates; Place in the site, smaller objects in tests. */
export interface Locatable {
  coordinates: Coordinates | null;
}

/** A spatial index over the places that have coordinates. */
export interface PlaceIndex<P extends Locatable = Place> {
  /** The indexed places; the tree's item ids are positions in this list. */
  places: P[];
  tree: KDBush | null;
}

export interface NearestOptions<P> {
  /** How many results at most (default 10). */
  limit?: number;
  /** Keep only places for which this returns true (default: all). */
  filter?: (place: P) => boolean;
  /** Leave out places farther than this, in metres (default: no limit). */
  maxDistanceMetres?: number;
}

export interface NearestResult<P extends Locatable = Place> {
  place: P;
  distanceMetres: number;
  /** True when the coordinates are a postcode, settlement or city centre, not the building. */
  approximate: boolean;
}

/** Index the places that have coordinates; places without them cannot be "near". */
export function buildPlaceIndex<P extends Locatable>(places: readonly P[]): PlaceIndex<P> {
  const located = places.filter((p) => p.coordinates !== null);
  if (located.length === 0) return { places: [], tree: null };
  const tree = new KDBush(located.length);
  for (const p of located) tree.add(p.coordinates!.lon, p.coordinates!.lat);
  tree.finish();
  return { places: located, tree };
}

/** The nearest places to `origin`, nearest first. */
export function nearestPlaces<P extends Locatable>(
  index: PlaceIndex<P>,
  origin: Point,
  options: NearestOptions<P> = {},
): NearestResult<P>[] {
  const { limit = 10, filter, maxDistanceMetres } = options;
  if (index.tree === null || limit <= 0) return [];
  const predicate = filter ? (id: number) => filter(index.places[id]!) : undefined;
  const maxKm = maxDistanceMetres === undefined ? Infinity : maxDistanceMetres / 1000;
  return around(index.tree, origin.lon, origin.lat, limit, maxKm, predicate).map((id) => {
    const place = index.places[id]!;
    const c = place.coordinates!;
    return { place, distanceMetres: distanceMetres(origin, c), approximate: !isBuildingPoint(c) };
  });
}

export type { AccessNeed };

/** How far a place falls short of the chosen needs: 1 for each "no", ½ for each "unknown". */
export function shortcomings(access: PremisesAccess, needs: readonly AccessNeed[]): number {
  return needs.reduce((sum, need) => sum + (access[need] === true ? 0 : access[need] === false ? 1 : 0.5), 0);
}

/** "Most accessible first": fewest shortcomings, then nearest. Returns a new list. */
export function sortMostAccessible<P extends Locatable & { access: PremisesAccess }>(
  results: readonly NearestResult<P>[],
  needs: readonly AccessNeed[],
): NearestResult<P>[] {
  return results
    .map((r) => ({ r, score: shortcomings(r.place.access, needs) }))
    .sort((a, b) => a.score - b.score || a.r.distanceMetres - b.r.distanceMetres)
    .map(({ r }) => r);
}

/** Beyond this the page says the nearest place is far and points to remote channels. */
export const FAR_METRES = 30_000;

/** Whether even the nearest result is far (or there is none), and how far it is. */
export function farthestNote(
  results: readonly NearestResult<Locatable>[],
  thresholdMetres = FAR_METRES,
): { far: boolean; nearestMetres: number | null } {
  const nearest = results.reduce<number | null>(
    (min, r) => (min === null || r.distanceMetres < min ? r.distanceMetres : min),
    null,
  );
  return { far: nearest === null || nearest > thresholdMetres, nearestMetres: nearest };
}
