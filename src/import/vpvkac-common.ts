// Shared by the VPVKAC importers (pakalpojumucentri.ts, vpvkac-csv.ts): Latvian opening hours →
// the project's opening_hours subset, Latvian addresses → postcode / municipality / town, and the
// merge of imported centres into data/places/vpvkac.json. Pure: no file access.

import type { Coordinates, Place } from '../lib/schema/place.ts';
import { hoursFromText } from '../lib/hours/from-text.ts';
import { isBuildingPoint } from '../lib/places/geo.ts';
import { diffRecords, type DiffSummary } from './diff.ts';
import { genitiveForms } from './genitive.ts';
import { asciiFold, slugify } from './slug.ts';

// ---------------------------------------------------------------------------------------------
// Opening hours

export type HoursResult = { ok: true; hours: string | null } | { ok: false; error: string };

/**
 * The hours cell of a centre, one line per weekday as published, e.g.
 *   "Pirmdiena: 8:30 - 12:00; 12:20 - 17:00", "Piektdiena: Slēgts", "Ceturtdiena: 8:00 – 17.00"
 * → the project's opening_hours subset, read by src/lib/hours/from-text.ts (the one reader of
 * Latvian hours text). Seasonal tables, "metodiskā diena", notes in brackets are refused with a
 * reason, so the importer reports them and keeps the hours unknown rather than misreading them.
 * Returns hours null when there are no lines at all.
 */
export function latvianHoursToOsm(lines: readonly string[]): HoursResult {
  const text = lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
  if (text === '') return { ok: true, hours: null };
  const r = hoursFromText(text);
  return r.openingHours !== null
    ? { ok: true, hours: r.openingHours }
    : { ok: false, error: r.unread ?? 'by appointment only, no weekly hours' };
}

// ---------------------------------------------------------------------------------------------
// Addresses, municipalities, postcodes

export interface MunicipalityLike {
  atvk: string;
  name: { lv: string };
  aliases: { name: string; atvk: string | null }[];
}

export interface GazetteerLike {
  name: string;
  kind: string;
  municipality: string;
  lat: number;
  lon: number;
}

/** Lookups built once from data/municipalities.json and data/gazetteer.json. */
export interface Lookups {
  /** Folded municipality name or alias ("dienvidkurzemes nov.", "riga") → ATVK. */
  municipalityByName: Map<string, string>;
  /** "LV-3430" → point and municipality. */
  postcode: Map<string, { lat: number; lon: number; municipality: string }>;
  /** Folded genitive town name ("grobinas") → nominative ("Grobiņa"). */
  townByGenitive: Map<string, string>;
}

export function buildLookups(
  municipalities: readonly MunicipalityLike[],
  gazetteer: readonly GazetteerLike[],
): Lookups {
  const municipalityByName = new Map<string, string>();
  for (const m of municipalities) {
    municipalityByName.set(asciiFold(m.name.lv), m.atvk);
    // "Aizkraukles novads" is written "Aizkraukles nov." in addresses.
    municipalityByName.set(asciiFold(m.name.lv.replace(/ novads$/, ' nov.')), m.atvk);
    // An alias with its own (old) ATVK maps to the current municipality all the same.
    for (const a of m.aliases) municipalityByName.set(asciiFold(a.name), m.atvk);
  }
  const postcode = new Map<string, { lat: number; lon: number; municipality: string }>();
  const townByGenitive = new Map<string, string>();
  for (const g of gazetteer) {
    if (g.kind === 'postcode') postcode.set(g.name, { lat: g.lat, lon: g.lon, municipality: g.municipality });
    if (g.kind === 'town' || g.kind === 'city')
      for (const form of genitiveForms(g.name)) townByGenitive.set(asciiFold(form), g.name);
  }
  return { municipalityByName, postcode, townByGenitive };
}

export interface ParsedAddress {
  /** Lines joined with ", " as on the source. */
  address: string;
  postcode: string | null;
  municipality: string | null;
  /** Town or village in the nominative, where the address says. */
  city: string | null;
  coordinates: Coordinates | null;
}

/**
 * Address lines as published: street / (building part) / town or village / (parish "pag.") /
 * (municipality "nov.") / postcode. State cities have no "nov." line ("Brīvības gatve 455 / Rīga /
 * LV-1024"). Returns an error when no municipality can be found.
 */
export function parseAddress(
  lines: readonly string[],
  lookups: Lookups,
): { ok: true; value: ParsedAddress } | { ok: false; error: string } {
  const parts = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
  if (parts.length < 2) return { ok: false, error: `address has ${parts.length} line(s): "${parts.join(' / ')}"` };
  const postcode = parts.find((p) => /^LV-\d{4}$/.test(p)) ?? null;
  const novads = parts.find((p) => /\snov\.?$/.test(p) || /\snovads$/.test(p));
  let municipality = novads
    ? (lookups.municipalityByName.get(asciiFold(novads.replace(/\.?$/, '.').replace(/ novads\.$/, ' nov.'))) ?? null)
    : null;
  if (novads && !municipality) return { ok: false, error: `unknown municipality "${novads}"` };
  // Locality: the line after the street (and building part) that is not parish, municipality or postcode.
  const rest = parts
    .slice(1)
    .filter(
      (p) =>
        p !== postcode &&
        p !== novads &&
        !/\spag\.?$/.test(p) &&
        !/^(k|korp)\.\s?\S+$/i.test(p) &&
        !/^\S+-\d+$/.test(p),
    );
  const locality = rest.at(-1) ?? null;
  let city: string | null = null;
  if (locality) {
    const town = /^(.+) pilsēta$/.exec(locality);
    city = town ? (lookups.townByGenitive.get(asciiFold(town[1]!)) ?? null) : locality;
    if (!municipality && !novads) municipality = lookups.municipalityByName.get(asciiFold(locality)) ?? null; // a state city
  }
  const pc = postcode ? lookups.postcode.get(postcode) : undefined;
  if (!municipality && pc) municipality = pc.municipality;
  if (!municipality) return { ok: false, error: `no municipality in the address "${parts.join(' / ')}"` };
  return {
    ok: true,
    value: {
      address: parts.join(', '),
      postcode,
      municipality,
      city,
      coordinates: pc ? { lat: pc.lat, lon: pc.lon, precision: 'postcode' } : null,
    },
  };
}

/** Phone as published ("66954818", "+371 66954818, 26123456") → the first number, digits and spaces. */
export function firstPhone(text: string): string | null {
  const first = text
    .split(/[,;/]| un /)[0]!
    .replace(/\u00a0/g, ' ')
    .replace(/[^\d+ ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /^\+?[0-9 ]{4,20}$/.test(first) ? first : null;
}

export function firstEmail(text: string): string | null {
  const m = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.exec(text);
  return m ? m[0].toLowerCase() : null;
}

// ---------------------------------------------------------------------------------------------
// Imported centres → Place records, merged into the existing file

/** What an importer read about one centre. */
export interface ImportedCentre {
  /** 1-based line in the source file (for messages). */
  line: number;
  name: string;
  email: string | null;
  phone: string | null;
  /** OSM opening hours, or null when unknown or unreadable. */
  openingHours: string | null;
  /** The hours as published (lines joined with newlines), or null when the source gives none. */
  hoursText: string | null;
  address: ParsedAddress;
}

export interface SourceRef {
  url: string;
  title: string;
}

/** A stable id: the e-mail's local part ("grobina@pakalpojumucentri.lv" → "vpvkac-grobina"), else the name. */
export function centreId(c: Pick<ImportedCentre, 'email' | 'name'>): string {
  const local = c.email?.endsWith('@pakalpojumucentri.lv') ? c.email.split('@')[0]! : null;
  return `vpvkac-${slugify(local ?? c.name.replace(/\bVPVKAC\b/g, ''))}`;
}

function emptyAccess(): Place['access'] {
  return { stepFree: null, accessibleToilet: null, parking: null, hearingLoop: null, signLanguage: null };
}

const nameKey = (s: string) =>
  asciiFold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export interface MergeResult {
  places: Place[];
  diff: DiffSummary;
  /** Existing centres that the source does not list (kept: their facts come from other sources). */
  notInSource: string[];
}

/**
 * Merge imported centres into the existing VPVKAC places. A centre matches an existing place by
 * id, then by e-mail, then by name. What the source says (address, postcode, municipality, town,
 * hours, phone, e-mail) replaces the old value; a value the source leaves empty keeps the old one.
 * Exact coordinates are kept; otherwise the postcode point is used. Names, services, access and
 * languages stay as they were. A place whose only source is this source and which the source no
 * longer lists is removed; other places not in the source are kept and listed in `notInSource`.
 */
export function mergeCentres(
  existing: readonly Place[],
  centres: readonly ImportedCentre[],
  source: SourceRef,
  checked: string,
): MergeResult {
  const out = existing.map((p) => structuredClone(p));
  const byId = new Map(out.map((p, i) => [p.id, i]));
  const byEmail = new Map<string, number>();
  out.forEach((p, i) => {
    if (p.email && !byEmail.has(p.email)) byEmail.set(p.email, i);
  });
  const byName = new Map(out.map((p, i) => [nameKey(p.name.lv), i]));
  const matched = new Set<number>();

  for (const c of centres) {
    const id = centreId(c);
    const idx = byId.get(id) ?? (c.email ? byEmail.get(c.email) : undefined) ?? byName.get(nameKey(c.name));
    if (idx !== undefined && !matched.has(idx)) {
      matched.add(idx);
      const p = out[idx]!;
      p.address = c.address.address;
      p.postcode = c.address.postcode ?? p.postcode;
      p.municipality = c.address.municipality ?? p.municipality;
      p.city = c.address.city ?? p.city;
      if (!p.coordinates || !isBuildingPoint(p.coordinates)) p.coordinates = c.address.coordinates ?? p.coordinates;
      p.openingHours = c.openingHours ?? p.openingHours;
      if (c.hoursText) p.hoursPublished = { text: c.hoursText, url: source.url };
      p.phone = c.phone ?? p.phone;
      p.email = c.email ?? p.email;
      if (!p.sources.some((s) => s.url === source.url))
        p.sources = [{ url: source.url, title: source.title }, ...p.sources];
      p.checked = checked;
      continue;
    }
    if (byId.has(id)) continue; // the same id twice in the source: the first one wins
    const city = c.address.city;
    const place: Place = {
      id,
      type: 'vpvkac',
      name: {
        lv: c.name,
        en: {
          text: city ? `${city} customer service centre (VPVKAC)` : 'Customer service centre (VPVKAC)',
          origin: 'ours',
        },
      },
      institution: null,
      address: c.address.address,
      postcode: c.address.postcode,
      municipality: c.address.municipality,
      country: 'LV',
      city,
      coordinates: c.address.coordinates,
      openingHours: c.openingHours,
      hoursPublished: c.hoursText ? { text: c.hoursText, url: source.url } : null,
      appointmentOnly: null,
      phone: c.phone,
      email: c.email,
      appointmentUrl: null,
      services: [],
      serviceSets: ['vpvkac-basket'],
      access: emptyAccess(),
      languages: [],
      sources: [{ url: source.url, title: source.title }],
      checked,
    };
    byId.set(id, out.length);
    matched.add(out.length);
    out.push(place);
  }

  const notInSource: string[] = [];
  const kept = out.filter((p, i) => {
    if (matched.has(i) || p.type !== 'vpvkac') return true;
    if (p.sources.every((s) => s.url === source.url)) return false;
    notInSource.push(p.id);
    return true;
  });
  return { places: kept, diff: diffRecords(existing, kept, (p) => p.id), notInSource };
}
