// Pure geometry on WGS-84 points; no rendering, no browser.

export interface Point {
  lat: number;
  lon: number;
}

/** Mean Earth radius in metres, as used by Leaflet's CRS.Earth (IUGG mean radius). */
const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in metres (haversine formula; see e.g. Sinnott, Sky & Telescope 68:2, 1984). */
export function distanceMetres(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The mean of points: their centre, good enough over the few kilometres of a town or parish. */
export function meanPoint(points: readonly Point[]): Point {
  return {
    lat: points.reduce((s, p) => s + p.lat, 0) / points.length,
    lon: points.reduce((s, p) => s + p.lon, 0) / points.length,
  };
}

/** A coordinate rounded to 5 decimals (about 1 m), so data files are stable and small. */
export function roundCoordinate(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

/**
 * Latvia's bounding box (extreme points: west 20.97° at Bernāti, east 28.24° near Pasiene,
 * south 55.67° near Demene, north 58.08° near Ainaži), with a small margin.
 * A box, not the border: it catches swapped or foreign coordinates, which is its purpose.
 */
export const LATVIA_BOUNDS = { south: 55.6, north: 58.1, west: 20.9, east: 28.3 } as const;

export function isInLatvia(p: Point): boolean {
  return (
    p.lat >= LATVIA_BOUNDS.south &&
    p.lat <= LATVIA_BOUNDS.north &&
    p.lon >= LATVIA_BOUNDS.west &&
    p.lon <= LATVIA_BOUNDS.east
  );
}

/**
 * Whether a place's point marks the building itself: surveyed ("exact") or the address
 * register's point of its street address ("address"). Every other precision is the centre of an
 * area, and pages say "approximate location".
 */
export function isBuildingPoint(c: { precision: string }): boolean {
  return c.precision === 'exact' || c.precision === 'address';
}
