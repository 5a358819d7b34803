// What the nearest-places finder loads and where it keeps the person's choice. The places of the
// service, the gazetteer and the places abroad (with nearest-engine.ts, which searches them) are
// fetched only when a person starts choosing, once per page; a failed load is tried again next time.
import { useState } from 'preact/hooks';
import type { Abroad, AbroadHit, Gazetteer, GazetteerPoint, Places } from './nearest-engine.ts';
import { cleanPlaceQuery, type PlaceOption } from '../lib/places/query.ts';

/** Where the person is; `municipality` (ATVK) when known, to list places that have no point; `abroad` outside Latvia. */
export type Origin = {
  point: { lat: number; lon: number };
  label: string;
  municipality: string | null;
  abroad?: AbroadHit;
};
/** One suggestion of the place field: a place in Latvia or abroad. */
export type Option = PlaceOption<GazetteerPoint, AbroadHit>;

let placesPromise: Promise<Places> | undefined;
let gazetteerPromise: Promise<Gazetteer> | undefined;
let abroadPromise: Promise<Abroad> | undefined;

function loadPlaces(serviceId: string, remoteCompletes: boolean): Promise<Places> {
  placesPromise ??= import('./nearest-engine.ts').then((m) => m.loadPlaces(serviceId, remoteCompletes));
  placesPromise.catch(() => (placesPromise = undefined));
  return placesPromise;
}
function loadGazetteer(): Promise<Gazetteer> {
  gazetteerPromise ??= import('./nearest-engine.ts').then((m) => m.loadGazetteer());
  gazetteerPromise.catch(() => (gazetteerPromise = undefined));
  return gazetteerPromise;
}

function loadAbroad(): Promise<Abroad> {
  abroadPromise ??= import('./nearest-engine.ts').then((m) => m.loadAbroad());
  abroadPromise.catch(() => (abroadPromise = undefined));
  return abroadPromise;
}

/**
 * The finder's data as state: each `ensure…` loads once and keeps the result. The places and the
 * gazetteer call `onError` when they cannot load (the finder says so); the places abroad only
 * widen the suggestions, so without them the finder goes on with Latvia alone (null).
 */
export function useNearestData(serviceId: string, remoteCompletes: boolean, onError: () => void) {
  const [places, setPlaces] = useState<Places | null>(null);
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  const [abroad, setAbroad] = useState<Abroad | null>(null);
  const failed = (error: unknown): never => {
    onError();
    throw error;
  };
  const ensurePlaces = () => loadPlaces(serviceId, remoteCompletes).then((p) => (setPlaces(p), p), failed);
  const ensureGazetteer = () => loadGazetteer().then((g) => (setGazetteer(g), g), failed);
  const ensureAbroad = () =>
    loadAbroad().then(
      (a) => (setAbroad(a), a),
      () => null,
    );
  return { places, gazetteer, abroad, ensurePlaces, ensureGazetteer, ensureAbroad };
}

/** Puts the chosen place into the address bar, so the page can be shared and printed. */
export function syncUrl(params: Record<string, string>): void {
  const url = new URL(window.location.href);
  for (const key of ['near', 'vieta', 'pasvaldiba', 'valsts']) url.searchParams.delete(key);
  // Nothing longer than the field's limit goes into the address bar.
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, cleanPlaceQuery(value).text);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}
