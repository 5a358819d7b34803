// What NearestPlaces.tsx loads with import() once a person starts choosing where they are:
// the static data files, the spatial index and the gazetteer search. Kept out of the island
// so the page's own JavaScript stays small; all the logic is in src/lib.
import { NEED_FILTERS } from '../lib/places/access-needs.ts';
import { buildPlaceIndex, sortMostAccessible, type AccessNeed, type NearestResult } from '../lib/places/nearest.ts';
import { answerNearest } from '../lib/places/nearest-answer.ts';
import {
  ABROAD_DATA_PATH,
  missionFor,
  searchAbroad,
  type AbroadFile,
  type AbroadHit,
  type MissionReason,
} from '../lib/access/abroad.ts';
import { searchGazetteer, suggest } from '../lib/places/gazetteer-search.ts';
import {
  GAZETTEER_DATA_PATH,
  PLACES_DATA_PATH,
  compactFilter,
  decodeGazetteer,
  findGazetteerPoint,
  hoursOf,
  placesForService,
  missionsForService,
  type CompactMission,
  type CompactGazetteerRow,
  type CompactPlace,
  type FilterChoice,
  type GazetteerPoint,
  type PlacesFile,
} from '../lib/places/client-files.ts';
import { openStatus, type OpenStatus } from '../lib/hours/open-status.ts';
import type { GazetteerEntry } from '../lib/schema/index.ts';
import type { Point } from '../lib/places/geo.ts';

export type { CompactPlace, CompactMission, GazetteerPoint, OpenStatus, AccessNeed, AbroadHit, MissionReason };

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export interface Found extends NearestResult<CompactPlace> {
  status: OpenStatus;
}

/** The finder's filters (all answered) and its order. */
export interface Choice extends Required<FilterChoice> {
  mostAccessible: boolean;
}

/** Needs "most accessible first" weighs when none is ticked. */

export interface Places {
  /** ATVK → centre. */
  municipalities: Record<string, Point>;
  /** Places offering the service that have coordinates. */
  located: number;
  /**
   * The nearest places to `origin`, the unplaceable ones of `municipality` (the person's, when
   * known), whether the nearest is far and whether to point to a remote way.
   */
  /** The mission that serves a person at `hit`, among those offering the service; null when none does. */
  mission(
    hit: AbroadHit,
    now: number,
  ): { mission: CompactMission; status: OpenStatus; distanceMetres: number | null; reason: MissionReason } | null;
  nearest(
    origin: Point,
    municipality: string | null,
    choice: Choice,
    now: number,
    limit?: number,
  ): {
    results: Found[];
    unplaced: Found[];
    far: boolean;
    nearestMetres: number | null;
    suggestRemote: boolean;
  };
}

/** `remoteCompletes`: whether a remote way completes the service (nearest-answer.ts's remoteWayCompletes, computed at build time). */
export async function loadPlaces(serviceId: string, remoteCompletes: boolean): Promise<Places> {
  const file = await getJson<PlacesFile>(PLACES_DATA_PATH);
  const places = placesForService(file, serviceId);
  const index = buildPlaceIndex(places);
  const statusOf = (now: number) => (place: CompactPlace) => openStatus(hoursOf(place), file.calendar, now);
  return {
    municipalities: file.municipalities,
    located: index.places.length,
    mission(hit, now) {
      const answer = missionFor(missionsForService(file, serviceId), hit);
      return answer ? { ...answer, status: statusOf(now)(answer.mission) } : null;
    },
    nearest(origin, municipality, choice, now, limit = 10) {
      const status = statusOf(now);
      const filter = compactFilter(choice, status);
      const answer = answerNearest(index, places, origin, { municipality, remoteCompletes }, { limit, filter });
      let results: NearestResult<CompactPlace>[] = answer.results;
      if (choice.mostAccessible)
        results = sortMostAccessible(results, choice.needs.length > 0 ? choice.needs : NEED_FILTERS);
      const withStatus = (r: NearestResult<CompactPlace>): Found => ({ ...r, status: status(r.place) });
      return {
        ...answer,
        results: results.map(withStatus),
        // Unplaced places have no distance; the list says "location not known exactly" instead.
        unplaced: answer.unplaced.map((place) => withStatus({ place, distanceMetres: Number.NaN, approximate: true })),
      };
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

export interface Abroad {
  search(query: string, limit?: number): AbroadHit[];
}

/** Countries and main cities abroad; loaded only when what a person types is not found in Latvia. */
export async function loadAbroad(): Promise<Abroad> {
  const file = await getJson<AbroadFile>(ABROAD_DATA_PATH);
  return { search: (query, limit = 5) => searchAbroad(file, query, limit) };
}
