// Points for in-person places in Latvia that no source locates exactly. The finder can only
// rank a place that has a point, and a place without one was silently left out of "nearest"
// before, so every place in Latvia gets the best point the data supports, marked with how
// it was found:
//   1. a point a source gives ("exact", or the address register's "address") is never touched;
//   2. the address's postcode (the place's `postcode`, or "LV-1234" inside its address) → the
//      postcode's point in data/gazetteer.json (GeoNames postal codes)   → precision "postcode";
//   3. the town, village or parish (`city`, else the address's words) in the gazetteer, within
//      the place's municipality                                            → precision "settlement".
// An existing approximate point is replaced only by a more precise one. Pure: the CLI
// (points-cli.ts) reads and writes the files and prints what was derived and from what.
import type { Coordinates, Place } from '../lib/schema/place.ts';
import { genitiveForms } from './genitive.ts';
import { asciiFold } from './slug.ts';
import { distanceMetres, isBuildingPoint, roundCoordinate } from '../lib/places/geo.ts';
import type { GazetteerLike } from './vpvkac-common.ts';

/** Better first; "city" is the centre of a whole city (missions abroad). */
const RANK: Record<Coordinates['precision'], number> = { exact: 0, address: 0, postcode: 1, settlement: 2, city: 3 };

/** Among settlements of one name, the bigger is the likelier meaning. */
const KIND_RANK: Record<string, number> = { city: 0, town: 1, village: 2, parish: 3 };

export interface Derivation {
  id: string;
  /** What the point was derived from, e.g. 'postcode LV-3601' or 'town "Talsi" (0051000)'. */
  from: string | null;
  before: Coordinates | null;
  after: Coordinates | null;
}

export interface PointLookups {
  postcode: Map<string, GazetteerLike>;
  /** Folded settlement name → entries (any municipality), bigger kinds first. */
  settlement: Map<string, GazetteerLike[]>;
}

export function pointLookups(gazetteer: readonly GazetteerLike[]): PointLookups {
  const postcode = new Map<string, GazetteerLike>();
  const settlement = new Map<string, GazetteerLike[]>();
  const add = (key: string, g: GazetteerLike) => {
    const list = settlement.get(key) ?? [];
    if (!list.includes(g)) list.push(g);
    settlement.set(key, list);
  };
  for (const g of gazetteer) {
    if (g.kind === 'postcode') postcode.set(g.name, g);
    else if (g.kind in KIND_RANK) {
      add(asciiFold(g.name), g);
      // A village is also the centre its parish is named after: "Baltinavas pagasts" → Baltinava.
      if (g.kind === 'village' || g.kind === 'town')
        for (const form of genitiveForms(g.name)) add(`${asciiFold(form)} pagasts`, g);
    }
  }
  for (const list of settlement.values()) list.sort((a, b) => KIND_RANK[a.kind]! - KIND_RANK[b.kind]!);
  return { postcode, settlement };
}

function fromPostcode(place: Place, lookups: PointLookups): { point: Coordinates; from: string } | null {
  const code = place.postcode ?? /\bLV-\d{4}\b/.exec(place.address ?? '')?.[0] ?? null;
  const entry = code ? lookups.postcode.get(code) : undefined;
  if (!entry) return null;
  return {
    point: { lat: roundCoordinate(entry.lat), lon: roundCoordinate(entry.lon), precision: 'postcode' },
    from: `postcode ${code} (gazetteer, GeoNames postal codes)`,
  };
}

/** Names to look up, most specific first: the city field, then the address's comma parts from the end. */
function settlementNames(place: Place): string[] {
  const names: string[] = [];
  if (place.city) names.push(place.city);
  // "Bērziņu pagasts" as the city of a parish centre; a village named after its parish is found by genitive.
  const parts = (place.address ?? '')
    .split(',')
    .map((s) => s.trim().replace(/ pag\.$/, ' pagasts'))
    .filter((s) => s && !/\d/.test(s) && !/ nov(\.|ads)$/.test(s));
  names.push(...parts.reverse());
  // "Zosēni" (a library) when only the parish "Zosēnu pagasts" is in the gazetteer.
  if (place.city) for (const form of genitiveForms(place.city)) names.push(`${form} pagasts`);
  return names;
}

function fromSettlement(place: Place, lookups: PointLookups): { point: Coordinates; from: string } | null {
  for (const name of settlementNames(place)) {
    const entries = lookups.settlement.get(asciiFold(name)) ?? [];
    // A novads's offices may sit in the state city it surrounds (Ventspils novads in Ventspils).
    const entry =
      entries.find((g) => place.municipality === null || g.municipality === place.municipality) ??
      entries.find((g) => g.kind === 'city');
    if (entry)
      return {
        point: { lat: roundCoordinate(entry.lat), lon: roundCoordinate(entry.lon), precision: 'settlement' },
        from: `${entry.kind} "${entry.name}" (${entry.municipality}, gazetteer) for "${name}"`,
      };
  }
  return null;
}

/**
 * A postcode point farther than this from the place's own town is not trusted: GeoNames gives
 * a rural postcode the point of one farm or an estimate (LV-2169, Salaspils, lies 28 km north).
 */
const POSTCODE_TRUST_KM = 5;
/** Nearer than this, the postcode point is just the town's point (Rīga's postcodes all are). */
const SAME_POINT_KM = 0.2;

/**
 * The best point the data supports for one place in Latvia, or null when there is none: the
 * postcode's point when it lies in the place's own town, else the town's, else whichever exists.
 */
export function derivePoint(place: Place, lookups: PointLookups): { point: Coordinates; from: string } | null {
  const postcode = fromPostcode(place, lookups);
  const settlement = fromSettlement(place, lookups);
  if (postcode && settlement) {
    const km = distanceMetres(postcode.point, settlement.point) / 1000;
    if (km < SAME_POINT_KM) return settlement;
    if (km > POSTCODE_TRUST_KM)
      return { ...settlement, from: `${settlement.from}; the postcode's point is ${Math.round(km)} km away, not used` };
  }
  return postcode ?? settlement;
}

/**
 * Places with derived points where that improves on what they have; places abroad and exact
 * points stay as they are. Returns the new list and one derivation per place in Latvia that
 * has no exact point (after === before when nothing better was found).
 */
export function derivePoints(
  places: readonly Place[],
  lookups: PointLookups,
): { places: Place[]; derivations: Derivation[] } {
  const derivations: Derivation[] = [];
  const out = places.map((place) => {
    // A building's own point (from a source, or the address register's point of its address) stays.
    if (place.country !== 'LV' || (place.coordinates && isBuildingPoint(place.coordinates))) return place;
    const found = derivePoint(place, lookups);
    const better =
      found && (place.coordinates === null || RANK[found.point.precision] < RANK[place.coordinates.precision]);
    derivations.push({
      id: place.id,
      from: better ? found.from : null,
      before: place.coordinates,
      after: better ? found.point : place.coordinates,
    });
    return better ? { ...place, coordinates: found.point } : place;
  });
  return { places: out, derivations };
}

/** One line per derivation, for a person to review before committing. */
export function formatDerivation(d: Derivation): string {
  const at = (c: Coordinates | null) => (c ? `${c.lat}, ${c.lon} (${c.precision})` : 'no point');
  if (d.from) return `${d.id}: ${at(d.before)} → ${at(d.after)} from ${d.from}`;
  return `${d.id}: kept ${at(d.before)}${d.before ? '' : ' — NOT PLACEABLE: give it a postcode, a town or coordinates'}`;
}
