// The checks a record's schema cannot make alone: keys unique across files, check dates against
// the day of the build, references to other records, and rules across fields (PU2-14 kinds,
// places in Latvia with a municipality and a point, opening hours that parse).
import type { Place, Service } from '../schema/index.ts';
import { FIRST_DATA_DATE } from '../schema/common.ts';
import { ENVIRONMENT_OF, presence } from '../channels/channels.ts';
import { parseOpeningHours } from '../hours/opening-hours.ts';
import { isInLatvia } from '../places/geo.ts';
import type { Parsed, ParsedKind } from './parse-records.ts';
import { shown, type DataProblem } from './problems.ts';

/** Each record of a kind has its own key (id, slug, ATVK code): the first file to use a key keeps it. */
export function checkUnique<T>(
  { items }: ParsedKind<T>,
  key: (t: T) => string,
  field: string,
  what: string,
  problems: DataProblem[],
): void {
  const seen = new Map<string, string>();
  for (const item of items) {
    const k = key(item.value);
    const first = seen.get(k);
    if (first)
      problems.push({
        file: item.file,
        id: item.id,
        field,
        expected: `a unique ${what}`,
        received: `"${k}", already used in ${first}`,
      });
    else seen.set(k, item.file);
  }
}

/** A check date lies between the project's first data and the day of the build. */
export function checkDates(
  kind: ParsedKind<{ checked: string }>,
  today: string | undefined,
  problems: DataProblem[],
): void {
  for (const item of kind.items) {
    const { checked } = item.value;
    if (checked < FIRST_DATA_DATE)
      problems.push({
        file: item.file,
        id: item.id,
        field: 'checked',
        expected: `a date on or after ${FIRST_DATA_DATE} (the project's first data)`,
        received: shown(checked),
      });
    else if (today !== undefined && checked > today)
      problems.push({
        file: item.file,
        id: item.id,
        field: 'checked',
        expected: `a date no later than the day of the build (${today})`,
        received: shown(checked),
      });
  }
}

/** The ids a reference may name: those of valid records, and those of records already reported. */
export interface Known {
  ids: Set<string>;
  failed: Set<string>;
  anonymousFailure: boolean;
}

/** What a reference to a kind may name, keyed by `id`. */
export function known<T>(kind: ParsedKind<T>, id: (t: T) => string): Known {
  return {
    ids: new Set(kind.items.map((i) => id(i.value))),
    failed: kind.failedIds,
    anonymousFailure: kind.anonymousFailure,
  };
}

/** Reports `value` when it names no known record; validateCatalog makes it, with the problems list. */
export type RefCheck = (item: Parsed<unknown>, field: string, value: string | null, known: Known, what: string) => void;
export type KnownIds = Record<
  'institution' | 'service' | 'place' | 'municipality' | 'lifeSituation' | 'serviceSet',
  Known
>;

/** A service's references, and the rules across its fields: a reason for an unknown kind, receipt channels that fit the kind. */
export function checkService(item: Parsed<Service>, ref: RefCheck, ids: KnownIds, problems: DataProblem[]): void {
  const s = item.value;
  ref(item, 'institution', s.institution, ids.institution, 'institution');
  s.lifeSituations.forEach((l, i) => ref(item, `lifeSituations[${i}]`, l, ids.lifeSituation, 'life situation'));
  s.related.forEach((r, i) => ref(item, `related[${i}].service`, r.service, ids.service, 'service'));
  ref(item, 'scope.municipality', s.scope.municipality, ids.municipality, 'municipality');
  ref(item, 'scope.placeId', s.scope.placeId, ids.place, 'place');
  if (s.kind === null && s.kindReason === null)
    problems.push({
      file: item.file,
      id: item.id,
      field: 'kindReason',
      expected: 'a reason when kind is null',
      received: 'null',
    });
  for (const list of ['requestChannels', 'receiptChannels'] as const) {
    s[list].forEach((channel, i) => {
      if (channel.type === 'in-person')
        channel.placeIds.forEach((p, j) => ref(item, `${list}[${i}].placeIds[${j}]`, p, ids.place, 'place'));
      channel.conditions.forEach((c, j) =>
        ref(item, `${list}[${i}].conditions[${j}].municipality`, c.municipality, ids.municipality, 'municipality'),
      );
    });
  }
  s.receiptChannels.forEach((channel, i) => {
    // PU2-14: a d-service is delivered only digitally; an f-service cannot be received electronically.
    if (s.kind === 'd' && ENVIRONMENT_OF[channel.type] === 'inPerson') {
      problems.push({
        file: item.file,
        id: item.id,
        field: `receiptChannels[${i}].type`,
        expected: 'an electronic receipt channel (a "d" service is delivered only digitally)',
        received: `"${channel.type}"`,
      });
    }
    if (s.kind === 'f' && presence(channel.type) === 'electronic') {
      problems.push({
        file: item.file,
        id: item.id,
        field: `receiptChannels[${i}].type`,
        expected: 'a physical receipt channel (an "f" service happens physically)',
        received: `"${channel.type}"`,
      });
    }
  });
}

/** A place's references, and what a place in Latvia must have: a municipality, a point there, opening hours that parse. */
export function checkPlace(item: Parsed<Place>, ref: RefCheck, ids: KnownIds, problems: DataProblem[]): void {
  const p = item.value;
  ref(item, 'institution', p.institution, ids.institution, 'institution');
  ref(item, 'municipality', p.municipality, ids.municipality, 'municipality');
  p.services.forEach((s, i) => ref(item, `services[${i}]`, s, ids.service, 'service'));
  p.serviceSets.forEach((s, i) => ref(item, `serviceSets[${i}]`, s, ids.serviceSet, 'service set'));
  if (p.country === 'LV' && p.municipality === null)
    problems.push({
      file: item.file,
      id: item.id,
      field: 'municipality',
      expected: 'the ATVK code of the municipality for a place in Latvia',
      received: 'null',
    });
  // a place without a point was silently missing from "nearest"; derive one instead.
  if (p.country === 'LV' && p.coordinates === null) {
    problems.push({
      file: item.file,
      id: item.id,
      field: 'coordinates',
      expected:
        'a point for an in-person place in Latvia: exact from a source, else derived from its postcode or town (npm run data:points -- <file>)',
      received: 'null',
    });
  }
  if (p.coordinates && p.type !== 'embassy' && !isInLatvia(p.coordinates)) {
    problems.push({
      file: item.file,
      id: item.id,
      field: 'coordinates',
      expected: 'a point in Latvia (only embassies and consulates lie abroad)',
      received: `${p.coordinates.lat}, ${p.coordinates.lon}`,
    });
  }
  if (p.openingHours !== null) {
    const parsed = parseOpeningHours(p.openingHours);
    if (!parsed.ok)
      problems.push({
        file: item.file,
        id: item.id,
        field: 'openingHours',
        expected: `OpenStreetMap opening_hours such as "Mo-Fr 08:30-17:00; PH off" — ${parsed.error}`,
        received: shown(p.openingHours),
      });
  }
}
