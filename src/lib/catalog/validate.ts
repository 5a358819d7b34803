// Turns raw data files into a checked catalogue, or fails with every problem found:
// the file, the record id, the field and what was expected. Nothing is dropped silently.
import type { z } from 'zod';
import {
  EverydayPhrases,
  GazetteerEntry,
  Institution,
  LifeSituation,
  Municipality,
  Place,
  Service,
  ServiceSetDefinition,
  SpecialDay,
} from '../schema/index.ts';
import { FIRST_DATA_DATE } from '../schema/common.ts';
import { parseOpeningHours } from '../hours/opening-hours.ts';
import { isInLatvia } from '../places/geo.ts';

/** One data file as read from disk: its path (for messages), its records, and what made it unreadable. */
export interface RawFile {
  file: string;
  records: unknown[];
  /** Problems of the file as a whole (empty, not JSON, wrong shape); its records are then empty. */
  problems?: DataProblem[];
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
  /** data/everyday-phrases.json; absent in catalogues that have none. */
  everydayPhrases?: RawFile[];
}

/** One problem: where it is (file, record, field), what was expected and what was found. */
export interface DataProblem {
  file: string;
  /** The record's id, or "#n" for the n-th record without one; null for the file as a whole. */
  id: string | null;
  field: string;
  expected: string;
  /** What the data holds instead, shortened; absent when the rule is about several fields. */
  received?: string;
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
  /** Everyday search phrases per service id (optional: catalogues built in tests may have none). */
  everydayPhrases?: EverydayPhrases[];
}

/** One problem as a line under its file's heading. */
export function formatProblem(p: DataProblem): string {
  const where = p.id === null ? 'the file' : `record "${p.id}", field "${p.field}"`;
  return `${where}: expected ${p.expected}${p.received === undefined ? '' : `, received ${p.received}`}`;
}

/** Every problem once, grouped by file in the order the files were read, under one heading. */
export function formatProblems(problems: readonly DataProblem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    `Invalid data: ${count(problems.length, 'problem', 'problems')} in ${count(byFile.size, 'file', 'files')}`,
    ...[...byFile].flatMap(([file, list]) => [file, ...list.map((p) => `  ${formatProblem(p)}`)]),
  ].join('\n');
}

/** Thrown by validateCatalog; its message lists every problem, one per line, grouped by file. */
export class DataError extends Error {
  readonly problems: DataProblem[];
  constructor(problems: DataProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = 'DataError';
  }
}

const MAX_SHOWN = 60;

/** A value as the data holds it, in JSON, shortened so one problem stays one line. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** JSON's type words for a value, as zod names them. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * The text of one data file as records. A BOM is refused, not stripped: other readers of data/
 * (Python's json module, this project's own tests, jq before 1.7) fail on it, and RFC 8259 §8.1
 * says JSON text must not start with one. `list` is true for the single files that hold a list
 * (municipalities.json, …); a file in a folder may hold one record or a list.
 */
export function parseDataFile(file: string, text: string, list: boolean): RawFile & { problems: DataProblem[] } {
  const wanted = list ? 'a JSON list of records' : 'a JSON record or a list of records';
  const fail = (expected: string, received: string) => ({ file, records: [], problems: [{ file, id: null, field: '(file)', expected, received }] });
  if (text.startsWith('\uFEFF')) return fail('UTF-8 text without a byte-order mark', 'a byte-order mark (U+FEFF) before the JSON: save the file as UTF-8 without BOM');
  if (text.trim() === '') return fail(wanted, text === '' ? 'an empty file' : 'an empty file (white space only)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // V8 gives "... in JSON at position 15 (line 2 column 17)"; the line and column are what an editor shows.
    const message = (error as Error).message.replace(/ at position \d+ \(line (\d+) column (\d+)\)/, ' at line $1 column $2');
    return fail('valid JSON', message);
  }
  if (Array.isArray(parsed)) return { file, records: parsed, problems: [] };
  if (!list && typeOf(parsed) === 'object') return { file, records: [parsed], problems: [] };
  return fail(wanted, typeOf(parsed) === 'object' ? 'object' : `${typeOf(parsed)} ${shown(parsed)}`);
}

function recordId(record: unknown): string | null {
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>;
    for (const key of ['id', 'atvk', 'date']) if (typeof r[key] === 'string' && r[key]) return r[key] as string;
  }
  return null;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(record)';
}

const CHANNEL_TYPES = 'a known channel type (e-service, e-mail-signed, e-address, mobile-app, post, phone, in-person, embassy, home-visit)';

/**
 * Zod's issues as problems: zod's own "expected …, received …" where it has one (parsed with
 * reportInput, so a missing field — no input at all — is told from a wrong value), our schema
 * messages otherwise, each with the value found. An unknown key becomes one problem per key.
 */
function problemsOf(issue: z.core.$ZodIssue, file: string, id: string): DataProblem[] {
  const at = (path: readonly PropertyKey[], expected: string, received?: string): DataProblem => ({ file, id, field: fieldPath(path), expected, ...(received === undefined ? {} : { received }) });
  // With reportInput, zod puts the value into each issue; JSON has no undefined, so an undefined
  // input is a missing field (without reportInput it is undefined always, and every wrong value
  // read as missing).
  const hasInput = issue.input !== undefined;
  if (issue.code === 'unrecognized_keys') {
    const input = (hasInput ? issue.input : {}) as Record<string, unknown>;
    return issue.keys.map((key) => at([...issue.path, key], 'no field of this name (a typo, or a field the schema does not have)', shown(input[key])));
  }
  if (issue.code === 'invalid_type') {
    // Zod: "Invalid input: expected object, received number".
    const zod = /expected (.+), received (\S+)$/.exec(issue.message);
    const expected = zod?.[1] ?? issue.expected;
    return [at(issue.path, expected, hasInput ? `${zod?.[2] ?? typeOf(issue.input)} ${shown(issue.input)}` : 'nothing (the field is missing)')];
  }
  const received = hasInput ? shown(issue.input) : undefined;
  if (issue.code === 'invalid_value') return [at(issue.path, issue.message.replace(/^Invalid option: expected /, ''), received)];
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    // Zod reports the whole channel; the value that decides its kind is what was wrong.
    const input = issue.input as Record<string, unknown> | undefined;
    const key = 'discriminator' in issue && typeof issue.discriminator === 'string' ? issue.discriminator : 'type';
    return [at(issue.path, CHANNEL_TYPES, input && typeof input === 'object' ? shown(input[key]) : received)];
  }
  return [at(issue.path, issue.message, received)];
}

interface Parsed<T> {
  file: string;
  id: string;
  value: T;
}

/** The records of one kind that parsed, and what is known of those that did not. */
interface ParsedKind<T> {
  items: Parsed<T>[];
  /** Ids of records that failed: references to them are not reported again. */
  failedIds: Set<string>;
  /** A record without an id (or a whole file) failed: any reference to this kind may be to it. */
  anonymousFailure: boolean;
}

function parseAll<T>(files: RawFile[], schema: z.ZodType<T>, problems: DataProblem[]): ParsedKind<T> {
  const kind: ParsedKind<T> = { items: [], failedIds: new Set(), anonymousFailure: false };
  for (const { file, records, problems: fileProblems = [] } of files) {
    if (fileProblems.length > 0) kind.anonymousFailure = true;
    problems.push(...fileProblems);
    records.forEach((record, index) => {
      const known = recordId(record);
      const id = known ?? `#${index + 1}`;
      const result = schema.safeParse(record, { reportInput: true });
      if (result.success) return void kind.items.push({ file, id, value: result.data });
      if (known === null) kind.anonymousFailure = true;
      else kind.failedIds.add(known);
      // One problem per field: a value that breaks two rules of one field (a format, then a
      // refinement) is one mistake.
      const seen = new Set<string>();
      for (const problem of result.error.issues.flatMap((issue) => problemsOf(issue, file, id))) {
        if (seen.has(problem.field)) continue;
        seen.add(problem.field);
        problems.push(problem);
      }
    });
  }
  return kind;
}

function checkUnique<T>({ items }: ParsedKind<T>, key: (t: T) => string, field: string, what: string, problems: DataProblem[]): void {
  const seen = new Map<string, string>();
  for (const item of items) {
    const k = key(item.value);
    const first = seen.get(k);
    if (first) problems.push({ file: item.file, id: item.id, field, expected: `a unique ${what}`, received: `"${k}", already used in ${first}` });
    else seen.set(k, item.file);
  }
}

export interface ValidateOptions {
  /**
   * The day of the build in Riga (YYYY-MM-DD): no record can have been checked later. The build
   * passes it (src/server/load-catalog.ts); without it, check dates are not compared with a day.
   */
  today?: string;
}

/** A check date lies between the project's first data and the day of the build. */
function checkDates(kind: ParsedKind<{ checked: string }>, today: string | undefined, problems: DataProblem[]): void {
  for (const item of kind.items) {
    const { checked } = item.value;
    if (checked < FIRST_DATA_DATE) problems.push({ file: item.file, id: item.id, field: 'checked', expected: `a date on or after ${FIRST_DATA_DATE} (the project's first data)`, received: shown(checked) });
    else if (today !== undefined && checked > today) problems.push({ file: item.file, id: item.id, field: 'checked', expected: `a date no later than the day of the build (${today})`, received: shown(checked) });
  }
}

/** Validate every record and every reference between records. */
export function validateCatalog(raw: RawCatalog, { today }: ValidateOptions = {}): Catalog {
  const problems: DataProblem[] = [];
  const institutions = parseAll(raw.institutions, Institution, problems);
  const services = parseAll(raw.services, Service, problems);
  const places = parseAll(raw.places, Place, problems);
  const municipalities = parseAll(raw.municipalities, Municipality, problems);
  const lifeSituations = parseAll(raw.lifeSituations, LifeSituation, problems);
  const serviceSets = parseAll(raw.serviceSets, ServiceSetDefinition, problems);
  const specialDays = parseAll(raw.specialDays, SpecialDay, problems);
  const gazetteer = parseAll(raw.gazetteer, GazetteerEntry, problems);
  const everydayPhrases = parseAll(raw.everydayPhrases ?? [], EverydayPhrases, problems);

  for (const kind of [institutions, services, places, municipalities, serviceSets, specialDays, gazetteer]) checkDates(kind, today, problems);

  checkUnique(institutions, (i) => i.id, 'id', 'institution id', problems);
  checkUnique(services, (s) => s.id, 'id', 'service id', problems);
  checkUnique(services, (s) => s.slug, 'slug', 'service slug', problems);
  checkUnique(places, (p) => p.id, 'id', 'place id', problems);
  checkUnique(municipalities, (m) => m.atvk, 'atvk', 'ATVK code', problems);
  checkUnique(municipalities, (m) => m.slug, 'slug', 'municipality slug', problems);
  checkUnique(lifeSituations, (l) => l.id, 'id', 'life situation id', problems);
  checkUnique(gazetteer, (g) => g.id, 'id', 'gazetteer id', problems);
  checkUnique(everydayPhrases, (p) => p.id, 'id', 'service id (one record of phrases per service)', problems);

  const ids: KnownIds = {
    institution: known(institutions, (i) => i.id),
    service: known(services, (s) => s.id),
    place: known(places, (p) => p.id),
    municipality: known(municipalities, (m) => m.atvk),
    lifeSituation: known(lifeSituations, (l) => l.id),
    serviceSet: known(serviceSets, (s) => s.id),
  };
  // A reference to a record that failed (or may be one that failed) is not a second mistake.
  const ref: RefCheck = (item, field, value, known, what) => {
    if (value === null || known.ids.has(value) || known.failed.has(value) || known.anonymousFailure) return;
    problems.push({ file: item.file, id: item.id, field, expected: `the id of a known ${what}`, received: `"${value}" (no ${what} has this id)` });
  };

  for (const item of services.items) checkService(item, ref, ids, problems);
  for (const item of places.items) checkPlace(item, ref, ids, problems);
  for (const item of serviceSets.items) item.value.services.forEach((s, i) => ref(item, `services[${i}]`, s, ids.service, 'service'));
  for (const item of gazetteer.items) ref(item, 'municipality', item.value.municipality, ids.municipality, 'municipality');
  for (const item of everydayPhrases.items) ref(item, 'id', item.value.id, ids.service, 'service');

  if (problems.length > 0) {
    // Each file's problems under one heading, the files in the order they were read.
    const order = new Map(Object.values(raw).flat().map((f, i) => [f.file, i]));
    throw new DataError(problems.toSorted((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0)));
  }
  const values = <T>({ items }: ParsedKind<T>) => items.map((i) => i.value);
  return {
    institutions: values(institutions),
    services: values(services),
    places: values(places),
    municipalities: values(municipalities),
    lifeSituations: values(lifeSituations),
    serviceSets: values(serviceSets),
    specialDays: values(specialDays),
    gazetteer: values(gazetteer),
    everydayPhrases: values(everydayPhrases),
  };
}

/** The ids a reference may name: those of valid records, and those of records already reported. */
interface Known {
  ids: Set<string>;
  failed: Set<string>;
  anonymousFailure: boolean;
}

function known<T>(kind: ParsedKind<T>, id: (t: T) => string): Known {
  return { ids: new Set(kind.items.map((i) => id(i.value))), failed: kind.failedIds, anonymousFailure: kind.anonymousFailure };
}

type RefCheck = (item: Parsed<unknown>, field: string, value: string | null, known: Known, what: string) => void;
type KnownIds = Record<'institution' | 'service' | 'place' | 'municipality' | 'lifeSituation' | 'serviceSet', Known>;

const ELECTRONIC = new Set(['e-service', 'e-mail-signed', 'e-address', 'mobile-app']);
const PHYSICAL_PRESENCE = new Set(['in-person', 'embassy', 'home-visit']);

function checkService(item: Parsed<Service>, ref: RefCheck, ids: KnownIds, problems: DataProblem[]): void {
  const s = item.value;
  ref(item, 'institution', s.institution, ids.institution, 'institution');
  s.lifeSituations.forEach((l, i) => ref(item, `lifeSituations[${i}]`, l, ids.lifeSituation, 'life situation'));
  s.related.forEach((r, i) => ref(item, `related[${i}].service`, r.service, ids.service, 'service'));
  ref(item, 'scope.municipality', s.scope.municipality, ids.municipality, 'municipality');
  ref(item, 'scope.placeId', s.scope.placeId, ids.place, 'place');
  if (s.kind === null && s.kindReason === null) problems.push({ file: item.file, id: item.id, field: 'kindReason', expected: 'a reason when kind is null', received: 'null' });
  for (const list of ['requestChannels', 'receiptChannels'] as const) {
    s[list].forEach((channel, i) => {
      if (channel.type === 'in-person') channel.placeIds.forEach((p, j) => ref(item, `${list}[${i}].placeIds[${j}]`, p, ids.place, 'place'));
      channel.conditions.forEach((c, j) => ref(item, `${list}[${i}].conditions[${j}].municipality`, c.municipality, ids.municipality, 'municipality'));
    });
  }
  s.receiptChannels.forEach((channel, i) => {
    // PU2-14: a d-service is delivered only digitally; an f-service cannot be received electronically.
    if (s.kind === 'd' && PHYSICAL_PRESENCE.has(channel.type)) {
      problems.push({ file: item.file, id: item.id, field: `receiptChannels[${i}].type`, expected: 'an electronic receipt channel (a "d" service is delivered only digitally)', received: `"${channel.type}"` });
    }
    if (s.kind === 'f' && ELECTRONIC.has(channel.type)) {
      problems.push({ file: item.file, id: item.id, field: `receiptChannels[${i}].type`, expected: 'a physical receipt channel (an "f" service happens physically)', received: `"${channel.type}"` });
    }
  });
}

function checkPlace(item: Parsed<Place>, ref: RefCheck, ids: KnownIds, problems: DataProblem[]): void {
  const p = item.value;
  ref(item, 'institution', p.institution, ids.institution, 'institution');
  ref(item, 'municipality', p.municipality, ids.municipality, 'municipality');
  p.services.forEach((s, i) => ref(item, `services[${i}]`, s, ids.service, 'service'));
  p.serviceSets.forEach((s, i) => ref(item, `serviceSets[${i}]`, s, ids.serviceSet, 'service set'));
  if (p.country === 'LV' && p.municipality === null) problems.push({ file: item.file, id: item.id, field: 'municipality', expected: 'the ATVK code of the municipality for a place in Latvia', received: 'null' });
  // Issue 14: a place without a point was silently missing from "nearest"; derive one instead.
  if (p.country === 'LV' && p.coordinates === null) {
    problems.push({ file: item.file, id: item.id, field: 'coordinates', expected: 'a point for an in-person place in Latvia: exact from a source, else derived from its postcode or town (npm run data:points -- <file>)', received: 'null' });
  }
  if (p.coordinates && p.type !== 'embassy' && !isInLatvia(p.coordinates)) {
    problems.push({ file: item.file, id: item.id, field: 'coordinates', expected: 'a point in Latvia (only embassies and consulates lie abroad)', received: `${p.coordinates.lat}, ${p.coordinates.lon}` });
  }
  if (p.openingHours !== null) {
    const parsed = parseOpeningHours(p.openingHours);
    if (!parsed.ok) problems.push({ file: item.file, id: item.id, field: 'openingHours', expected: `OpenStreetMap opening_hours such as "Mo-Fr 08:30-17:00; PH off" — ${parsed.error}`, received: shown(p.openingHours) });
  }
}
