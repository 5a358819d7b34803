// Turns raw data files into a checked catalogue, or fails with every problem found:
// the file, the record id, the field and what was expected. Nothing is dropped silently.
import type { z } from 'zod';
import {
  GazetteerEntry,
  Institution,
  LifeSituation,
  Municipality,
  Place,
  Service,
  ServiceSetDefinition,
  SpecialDay,
} from './schema/index.ts';
import { parseOpeningHours } from './opening-hours.ts';
import { isInLatvia } from './geo.ts';

/** One data file as read from disk: its path (for messages) and its records. */
export interface RawFile {
  file: string;
  records: unknown[];
}

export interface RawCatalog {
  institutions: RawFile[];
  services: RawFile[];
  places: RawFile[];
  municipalities: RawFile[];
  lifeSituations: RawFile[];
  serviceSets: RawFile[];
  specialDays: RawFile[];
  gazetteer: RawFile[];
}

export interface DataProblem {
  file: string;
  id: string;
  field: string;
  expected: string;
}

export interface Catalog {
  institutions: Institution[];
  services: Service[];
  places: Place[];
  municipalities: Municipality[];
  lifeSituations: LifeSituation[];
  serviceSets: ServiceSetDefinition[];
  specialDays: SpecialDay[];
  gazetteer: GazetteerEntry[];
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}: record "${p.id}", field "${p.field}": expected ${p.expected}`;
}

/** Thrown by validateCatalog; its message lists every problem, one per line. */
export class DataError extends Error {
  readonly problems: DataProblem[];
  constructor(problems: DataProblem[]) {
    super(`Invalid data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`);
    this.problems = problems;
    this.name = 'DataError';
  }
}

function recordId(record: unknown, index: number): string {
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>;
    for (const key of ['id', 'atvk', 'date']) if (typeof r[key] === 'string' && r[key]) return r[key] as string;
  }
  return `#${index + 1}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(record)';
}

/** Zod's message for a missing field says little; say plainly that it is missing. */
function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `a value (the field is missing; ${issue.expected})`;
  if (issue.code === 'unrecognized_keys') return `no unknown fields (found ${issue.keys.map((k) => `"${k}"`).join(', ')})`;
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') return 'a known channel type (e-service, e-mail-signed, e-address, mobile-app, post, phone, in-person, embassy, home-visit)';
  return issue.message;
}

interface Parsed<T> {
  file: string;
  id: string;
  value: T;
}

function parseAll<T>(files: RawFile[], schema: z.ZodType<T>, problems: DataProblem[]): Parsed<T>[] {
  const out: Parsed<T>[] = [];
  for (const { file, records } of files) {
    records.forEach((record, index) => {
      const id = recordId(record, index);
      const result = schema.safeParse(record);
      if (result.success) out.push({ file, id, value: result.data });
      else for (const issue of result.error.issues) problems.push({ file, id, field: fieldPath(issue.path), expected: expectation(issue) });
    });
  }
  return out;
}

function checkUnique<T>(items: Parsed<T>[], key: (t: T) => string, field: string, what: string, problems: DataProblem[]): void {
  const seen = new Map<string, string>();
  for (const item of items) {
    const k = key(item.value);
    const first = seen.get(k);
    if (first) problems.push({ file: item.file, id: item.id, field, expected: `a unique ${what} ("${k}" is already used in ${first})` });
    else seen.set(k, item.file);
  }
}

/** Validate every record and every reference between records. */
export function validateCatalog(raw: RawCatalog): Catalog {
  const problems: DataProblem[] = [];
  const institutions = parseAll(raw.institutions, Institution, problems);
  const services = parseAll(raw.services, Service, problems);
  const places = parseAll(raw.places, Place, problems);
  const municipalities = parseAll(raw.municipalities, Municipality, problems);
  const lifeSituations = parseAll(raw.lifeSituations, LifeSituation, problems);
  const serviceSets = parseAll(raw.serviceSets, ServiceSetDefinition, problems);
  const specialDays = parseAll(raw.specialDays, SpecialDay, problems);
  const gazetteer = parseAll(raw.gazetteer, GazetteerEntry, problems);

  checkUnique(institutions, (i) => i.id, 'id', 'institution id', problems);
  checkUnique(services, (s) => s.id, 'id', 'service id', problems);
  checkUnique(services, (s) => s.slug, 'slug', 'service slug', problems);
  checkUnique(places, (p) => p.id, 'id', 'place id', problems);
  checkUnique(municipalities, (m) => m.atvk, 'atvk', 'ATVK code', problems);
  checkUnique(municipalities, (m) => m.slug, 'slug', 'municipality slug', problems);
  checkUnique(lifeSituations, (l) => l.id, 'id', 'life situation id', problems);
  checkUnique(gazetteer, (g) => g.id, 'id', 'gazetteer id', problems);

  const ids = {
    institution: new Set(institutions.map((i) => i.value.id)),
    service: new Set(services.map((s) => s.value.id)),
    place: new Set(places.map((p) => p.value.id)),
    municipality: new Set(municipalities.map((m) => m.value.atvk)),
    lifeSituation: new Set(lifeSituations.map((l) => l.value.id)),
    serviceSet: new Set(serviceSets.map((s) => s.value.id)),
  };
  const ref = (item: Parsed<unknown>, field: string, value: string | null, known: Set<string>, what: string) => {
    if (value !== null && !known.has(value)) problems.push({ file: item.file, id: item.id, field, expected: `the id of a known ${what} (no ${what} "${value}")` });
  };

  for (const item of services) checkService(item, ref, ids, problems);
  for (const item of places) checkPlace(item, ref, ids, problems);
  for (const item of serviceSets) item.value.services.forEach((s, i) => ref(item, `services[${i}]`, s, ids.service, 'service'));
  for (const item of gazetteer) ref(item, 'municipality', item.value.municipality, ids.municipality, 'municipality');

  if (problems.length > 0) throw new DataError(problems);
  const values = <T>(items: Parsed<T>[]) => items.map((i) => i.value);
  return {
    institutions: values(institutions),
    services: values(services),
    places: values(places),
    municipalities: values(municipalities),
    lifeSituations: values(lifeSituations),
    serviceSets: values(serviceSets),
    specialDays: values(specialDays),
    gazetteer: values(gazetteer),
  };
}

type RefCheck = (item: Parsed<unknown>, field: string, value: string | null, known: Set<string>, what: string) => void;
type KnownIds = Record<'institution' | 'service' | 'place' | 'municipality' | 'lifeSituation' | 'serviceSet', Set<string>>;

const ELECTRONIC = new Set(['e-service', 'e-mail-signed', 'e-address', 'mobile-app']);
const PHYSICAL_PRESENCE = new Set(['in-person', 'embassy', 'home-visit']);

function checkService(item: Parsed<Service>, ref: RefCheck, ids: KnownIds, problems: DataProblem[]): void {
  const s = item.value;
  ref(item, 'institution', s.institution, ids.institution, 'institution');
  s.lifeSituations.forEach((l, i) => ref(item, `lifeSituations[${i}]`, l, ids.lifeSituation, 'life situation'));
  ref(item, 'scope.municipality', s.scope.municipality, ids.municipality, 'municipality');
  ref(item, 'scope.placeId', s.scope.placeId, ids.place, 'place');
  if (s.kind === null && s.kindReason === null) problems.push({ file: item.file, id: item.id, field: 'kindReason', expected: 'a reason when kind is null' });
  for (const list of ['requestChannels', 'receiptChannels'] as const) {
    s[list].forEach((channel, i) => {
      if (channel.type === 'in-person') channel.placeIds.forEach((p, j) => ref(item, `${list}[${i}].placeIds[${j}]`, p, ids.place, 'place'));
    });
  }
  s.receiptChannels.forEach((channel, i) => {
    // PU2-14: a d-service is delivered only digitally; an f-service cannot be received electronically.
    if (s.kind === 'd' && PHYSICAL_PRESENCE.has(channel.type)) {
      problems.push({ file: item.file, id: item.id, field: `receiptChannels[${i}].type`, expected: `an electronic receipt channel: a "d" service is delivered only digitally, so it cannot be received "${channel.type}"` });
    }
    if (s.kind === 'f' && ELECTRONIC.has(channel.type)) {
      problems.push({ file: item.file, id: item.id, field: `receiptChannels[${i}].type`, expected: `a physical receipt channel: an "f" service happens physically, so it cannot be received "${channel.type}"` });
    }
  });
}

function checkPlace(item: Parsed<Place>, ref: RefCheck, ids: KnownIds, problems: DataProblem[]): void {
  const p = item.value;
  ref(item, 'institution', p.institution, ids.institution, 'institution');
  ref(item, 'municipality', p.municipality, ids.municipality, 'municipality');
  p.services.forEach((s, i) => ref(item, `services[${i}]`, s, ids.service, 'service'));
  p.serviceSets.forEach((s, i) => ref(item, `serviceSets[${i}]`, s, ids.serviceSet, 'service set'));
  if (p.country === 'LV' && p.municipality === null) problems.push({ file: item.file, id: item.id, field: 'municipality', expected: 'the ATVK code of the municipality for a place in Latvia' });
  // Issue 14: a place without a point was silently missing from "nearest"; derive one instead.
  if (p.country === 'LV' && p.coordinates === null) {
    problems.push({ file: item.file, id: item.id, field: 'coordinates', expected: 'a point for an in-person place in Latvia: exact from a source, else derived from its postcode or town (npm run data:points -- <file>)' });
  }
  if (p.coordinates && p.type !== 'embassy' && !isInLatvia(p.coordinates)) {
    problems.push({ file: item.file, id: item.id, field: 'coordinates', expected: `a point in Latvia (got ${p.coordinates.lat}, ${p.coordinates.lon}); only embassies and consulates lie abroad` });
  }
  if (p.openingHours !== null) {
    const parsed = parseOpeningHours(p.openingHours);
    if (!parsed.ok) problems.push({ file: item.file, id: item.id, field: 'openingHours', expected: `OpenStreetMap opening_hours such as "Mo-Fr 08:30-17:00; PH off" — ${parsed.error}` });
  }
}
