// The small static files the "nearest places" island fetches once a person starts choosing
// where they are: the places (with hours encoded by compact-hours.ts), which places offer
// each service, the special-days calendar, and a compact gazetteer. Built at build time by
// src/pages/data/*.json.ts, read back here by the island; pure, no browser.
import type { Catalog } from '../catalog/validate.ts';
import type { GazetteerEntry, Place, PremisesAccess } from '../schema/index.ts';
import { byId, placesOffering } from '../catalog/catalog.ts';
import { fallbackContact, missionPageUrl, type FallbackContact } from './contact.ts';
import { buildCalendar, decodeHours, encodeHours, type Calendar, type CompactHours } from '../hours/codec.ts';
import { parseOpeningHours, type WeeklyHours } from '../hours/opening-hours.ts';
import type { AccessNeed, Locatable } from './nearest.ts';
import type { OpenStatus } from '../hours/open-status.ts';
import type { Point } from './geo.ts';
import { plainText } from '../text/localized.ts';

/** Site-absolute paths of the files (src/pages/data/places-compact.json.ts, gazetteer-compact.json.ts). */
export const PLACES_DATA_PATH = '/data/places-compact.json';
export const GAZETTEER_DATA_PATH = '/data/gazetteer-compact.json';

/** A place as the island needs it: what a result card shows, and where it is. */
export interface CompactPlace extends Locatable {
  id: string;
  name: { lv: string; en: string };
  type: Place['type'];
  municipality: string | null;
  address: string | null;
  phone: string | null;
  appointmentUrl: string | null;
  access: PremisesAccess;
  languages: string[];
  /** Weekly hours as encodeHours wrote them; null when unknown. */
  hours: CompactHours | null;
  /** The institution's contact, when the place has neither address nor phone (place-contact.ts). */
  contact?: FallbackContact;
}

/** A mission abroad: a place with its country and city, its e-mail and its page on the ministry's site. */
export interface CompactMission extends CompactPlace {
  country: string;
  city: string | null;
  email: string | null;
  /** The mission's own page (the first source on mfa.gov.lv, else the first source). */
  pageUrl: string;
  consularDistrict?: string[];
}

export interface PlacesFile {
  /** Places in Latvia (missions abroad are never "near"), with or without coordinates. */
  places: CompactPlace[];
  /** Embassies and consulates, for a person abroad (src/lib/access/abroad.ts chooses the one that serves them). */
  missions: CompactMission[];
  /** Service id → ids of the places that offer it in person. */
  services: Record<string, string[]>;
  calendar: Calendar;
  /** ATVK → the municipality's centre, the origin when a person chooses a municipality. */
  municipalities: Record<string, Point>;
}

function compactPlace(place: Place, catalog: Catalog): CompactPlace {
  const parsed = place.openingHours === null ? null : parseOpeningHours(place.openingHours);
  if (parsed && !parsed.ok) throw new Error(`Place "${place.id}": ${parsed.error}`);
  return {
    id: place.id,
    name: plainText(place.name),
    type: place.type,
    municipality: place.municipality,
    coordinates: place.coordinates,
    address: place.address,
    phone: place.phone,
    appointmentUrl: place.appointmentUrl,
    access: place.access,
    languages: place.languages,
    hours: parsed ? encodeHours(parsed.hours) : null,
    ...withContact(
      fallbackContact(place, place.institution === null ? null : byId(catalog.institutions, place.institution)),
    ),
  };
}

const withContact = (contact: FallbackContact | null) => (contact ? { contact } : {});

function compactMission(place: Place, catalog: Catalog): CompactMission {
  return {
    ...compactPlace(place, catalog),
    country: place.country,
    city: place.city,
    email: place.email,
    pageUrl: missionPageUrl(place),
    ...(place.consularDistrict && place.consularDistrict.length > 0
      ? { consularDistrict: place.consularDistrict }
      : {}),
  };
}

/** The places file from the catalogue. */
export function buildPlacesFile(catalog: Catalog): PlacesFile {
  const inLatvia = catalog.places.filter((p) => p.country === 'LV');
  const missions = catalog.places.filter((p) => p.country !== 'LV');
  const ids = new Set(catalog.places.map((p) => p.id));
  const services: Record<string, string[]> = {};
  for (const service of catalog.services) {
    const offering = placesOffering(catalog, service)
      .filter((p) => ids.has(p.id))
      .map((p) => p.id);
    if (offering.length > 0) services[service.id] = offering;
  }
  return {
    places: inLatvia.map((p) => compactPlace(p, catalog)),
    missions: missions.map((p) => compactMission(p, catalog)),
    services,
    calendar: buildCalendar(catalog.specialDays),
    municipalities: Object.fromEntries(
      catalog.municipalities.map((m) => [m.atvk, { lat: m.centre.lat, lon: m.centre.lon }]),
    ),
  };
}

/** The places that offer a service. */
export function placesForService(file: PlacesFile, serviceId: string): CompactPlace[] {
  const ids = new Set(file.services[serviceId] ?? []);
  return file.places.filter((p) => ids.has(p.id));
}

/** The missions abroad that offer a service. */
export function missionsForService(file: PlacesFile, serviceId: string): CompactMission[] {
  const ids = new Set(file.services[serviceId] ?? []);
  return file.missions.filter((p) => ids.has(p.id));
}

// ---- Gazetteer -------------------------------------------------------------------------

const KINDS = ['city', 'town', 'parish', 'village', 'postcode'] as const satisfies readonly GazetteerEntry['kind'][];

/** [name, kind index in KINDS, municipality ATVK, lat, lon]: ids, sources and dates stay in data/. */
export type CompactGazetteerRow = [string, number, string, number, number];

/** Four decimals of a degree are about 11 m: plenty for "where am I". */
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function buildGazetteerFile(entries: readonly GazetteerEntry[]): CompactGazetteerRow[] {
  return entries.map((e) => [e.name, KINDS.indexOf(e.kind), e.municipality, round4(e.lat), round4(e.lon)]);
}

/**
 * A gazetteer entry as the island knows it. Its key is "name~ATVK" (unique in the data, and
 * readable in a shared URL as ?vieta=name&pasvaldiba=ATVK).
 */
export type GazetteerPoint = Pick<GazetteerEntry, 'id' | 'name' | 'kind' | 'municipality' | 'lat' | 'lon'>;

export function gazetteerKey(name: string, atvk: string): string {
  return `${name}~${atvk}`;
}

export function decodeGazetteer(rows: readonly CompactGazetteerRow[]): GazetteerPoint[] {
  return rows.map(([name, kind, municipality, lat, lon]) => ({
    id: gazetteerKey(name, municipality),
    name,
    kind: KINDS[kind] ?? 'village',
    municipality,
    lat,
    lon,
  }));
}

/**
 * The entry a shared URL names: by name within the municipality when one is given, else the
 * first of that name (bigger places first). Null when the name is not in the gazetteer.
 */
export function findGazetteerPoint(
  points: readonly GazetteerPoint[],
  name: string,
  atvk: string | null,
): GazetteerPoint | null {
  const matches = points.filter((p) => p.name === name && (atvk === null || p.municipality === atvk));
  return matches.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind))[0] ?? null;
}

// ---- "?near=lat,lon" --------------------------------------------------------------------

/** Three decimals (about 100 m): close enough to rank places, vague enough to share. */
export function formatNear(p: Point): string {
  return `${p.lat.toFixed(3)},${p.lon.toFixed(3)}`;
}

export function parseNear(text: string | null): Point | null {
  const m = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(text ?? '');
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

// ---- Filters and order over compact places ------------------------------------------------

const decoded = new Map<string, WeeklyHours>();

/** A compact place's weekly hours, decoded once per distinct string; null when unknown. */
export function hoursOf(place: Pick<CompactPlace, 'hours'>): WeeklyHours | null {
  if (place.hours === null) return null;
  let hours = decoded.get(place.hours);
  if (!hours) {
    hours = decodeHours(place.hours);
    decoded.set(place.hours, hours);
  }
  return hours;
}

/** The service page's filters; an empty choice keeps every place. */
export interface FilterChoice {
  openNow?: boolean;
  saturday?: boolean;
  needs?: readonly AccessNeed[];
}

/** The service page's filters as one test on compact places: every chosen need must be known to be met (unknown does not pass). */
export function compactFilter(
  choice: FilterChoice,
  statusOf: (place: CompactPlace) => OpenStatus,
): (place: CompactPlace) => boolean {
  const needs = choice.needs ?? [];
  return (place) =>
    (!choice.openNow || statusOf(place).state === 'open') &&
    (!choice.saturday || (hoursOf(place)?.days[5]?.length ?? 0) > 0) &&
    needs.every((need) => place.access[need] === true);
}
