// What NearestPlaces.tsx loads with import() once a person starts choosing where they are:
// the static data files, the spatial index and the gazetteer search. Kept out of the island
// so the page's own JavaScript stays small; all the logic is in src/lib.
import { buildPlaceIndex, farthestNote, nearestPlaces, type AccessNeed, type NearestResult } from '../lib/nearest.ts';
import { searchGazetteer, suggest } from '../lib/gazetteer-search.ts';
import {
  GAZETTEER_DATA_PATH,
  PLACES_DATA_PATH,
  compactFilter,
  decodeGazetteer,
  findGazetteerPoint,
  hoursOf,
  placesForService,
  sortCompactMostAccessible,
  type CompactGazetteerRow,
  type CompactPlace,
  type GazetteerPoint,
  type PlacesFile,
} from '../lib/place-data.ts';
import { openStatus, type OpenStatus } from '../lib/open-status.ts';
import type { GazetteerEntry } from '../lib/schema/index.ts';
import type { Point } from '../lib/geo.ts';

export type { CompactPlace, GazetteerPoint, OpenStatus, AccessNeed };

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export interface Found extends NearestResult<CompactPlace> {
  status: OpenStatus;
}

export interface Choice {
  openNow: boolean;
  saturday: boolean;
  needs: AccessNeed[];
  mostAccessible: boolean;
}

/** Needs "most accessible first" weighs when none is ticked. */
const ALL_NEEDS: AccessNeed[] = ['stepFree', 'accessibleToilet', 'hearingLoop', 'signLanguage'];

export interface Places {
  /** ATVK → centre. */
  municipalities: Record<string, Point>;
  /** Places offering the service that have coordinates. */
  located: number;
  nearest(origin: Point, choice: Choice, now: number, limit?: number): { results: Found[]; far: boolean; nearestMetres: number | null };
}

export async function loadPlaces(serviceId: string): Promise<Places> {
  const file = await getJson<PlacesFile>(PLACES_DATA_PATH);
  const places = placesForService(file, serviceId);
  const index = buildPlaceIndex(places);
  const statusOf = (now: number) => (place: CompactPlace) => openStatus(hoursOf(place), file.calendar, now);
  return {
    municipalities: file.municipalities,
    located: index.places.length,
    nearest(origin, choice, now, limit = 10) {
      const status = statusOf(now);
      const filter = compactFilter(choice, status);
      let results = nearestPlaces(index, origin, { limit, filter });
      if (choice.mostAccessible) results = sortCompactMostAccessible(results, choice.needs.length > 0 ? choice.needs : ALL_NEEDS);
      const note = farthestNote(results);
      return { results: results.map((r) => ({ ...r, status: status(r.place) })), ...note };
    },
  };
}

export interface Gazetteer {
  search(query: string, limit?: number): GazetteerPoint[];
  suggest(query: string, limit?: number): GazetteerPoint[];
  find(name: string, atvk: string | null): GazetteerPoint | null;
}

export async function loadGazetteer(): Promise<Gazetteer> {
  const points = decodeGazetteer(await getJson<CompactGazetteerRow[]>(GAZETTEER_DATA_PATH));
  // The search reads only id, name and kind; the compact points carry no source or date.
  const entries = points as unknown as GazetteerEntry[];
  return {
    search: (query, limit = 8) => searchGazetteer(entries, query, limit) as unknown as GazetteerPoint[],
    suggest: (query, limit = 5) => suggest(entries, query, limit) as unknown as GazetteerPoint[],
    find: (name, atvk) => findGazetteerPoint(points, name, atvk),
  };
}
