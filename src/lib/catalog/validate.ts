// Turns raw data files into a checked catalogue, or fails with every problem found:
// the file, the record id, the field and what was expected. Nothing is dropped silently.
// The steps: data-file.ts reads a file, parse-records.ts checks each record against its schema,
// cross-checks.ts what a schema cannot see alone, problems.ts words and collects the problems.
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
import { DataError, type DataProblem } from './problems.ts';
import type { RawFile } from './data-file.ts';
import { parseAll, type ParsedKind } from './parse-records.ts';
import {
  checkDates,
  checkPlace,
  checkService,
  checkUnique,
  known,
  type KnownIds,
  type RefCheck,
} from './cross-checks.ts';

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

export interface ValidateOptions {
  /**
   * The day of the build in Riga (YYYY-MM-DD): no record can have been checked later. The build
   * passes it (src/server/load-catalog.ts); without it, check dates are not compared with a day.
   */
  today?: string;
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

  for (const kind of [institutions, services, places, municipalities, serviceSets, specialDays, gazetteer])
    checkDates(kind, today, problems);

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
    problems.push({
      file: item.file,
      id: item.id,
      field,
      expected: `the id of a known ${what}`,
      received: `"${value}" (no ${what} has this id)`,
    });
  };

  for (const item of services.items) checkService(item, ref, ids, problems);
  for (const item of places.items) checkPlace(item, ref, ids, problems);
  for (const item of serviceSets.items)
    item.value.services.forEach((s, i) => ref(item, `services[${i}]`, s, ids.service, 'service'));
  for (const item of gazetteer.items)
    ref(item, 'municipality', item.value.municipality, ids.municipality, 'municipality');
  for (const item of everydayPhrases.items) ref(item, 'id', item.value.id, ids.service, 'service');

  if (problems.length > 0) {
    // Each file's problems under one heading, the files in the order they were read.
    const order = new Map(
      Object.values(raw)
        .flat()
        .map((f, i) => [f.file, i]),
    );
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
