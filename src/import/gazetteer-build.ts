// Combine the parsed sources into the project's records: municipalities and gazetteer.
// Pure: parsed inputs in, records + problems + notes out. build() runs the steps in order; each
// builds one thing from the inputs and what the earlier steps found. The steps that place postal
// rows and towns are here; the municipality records are built in municipality-records.ts, the
// gazetteer entries in gazetteer-entries.ts.

import type { GazetteerEntry } from '../lib/schema/gazetteer.ts';
import type { Municipality } from '../lib/schema/municipality.ts';
import { distanceMetres, meanPoint, type Point } from '../lib/places/geo.ts';
import {
  addParishes,
  addPostcodes,
  addTowns,
  addVillages,
  gazetteerDrafts,
  withUniqueIds,
} from './gazetteer-entries.ts';
import { admin1Resolver, type Feature, type PostalRow } from './geonames.ts';
import { municipalityRecords } from './municipality-records.ts';
import type { Problem } from './problems.ts';
import { asciiFold, slugify } from './slug.ts';
import type { Centroid } from './vzd-centroids.ts';
import type { MunicipalityBase, TownBase } from './vzd.ts';

export type Precision = GazetteerEntry['precision'];

/** A GeoNames postal row and the current municipality it lies in. */
export interface Placed {
  row: PostalRow;
  atvk: string;
}

/** Postal rows by the ATVK of their municipality. */
export type RowsByMunicipality = Map<string, Placed[]>;

/** The point found for a town or state city, and its English name when GeoNames has one. */
export interface TownPoint extends Point {
  precision: Precision;
  enName?: string;
}

/** The GeoNames feature called `name` in municipality `atvk` within `maxMetres` of its postal places. */
export type FindFeature = (name: string, atvk: string, maxMetres: number, featureClass?: string) => Feature | undefined;

export interface BuildInput {
  /** The date the sources were checked (the day of the import). */
  checked: string;
  municipalities: MunicipalityBase[];
  towns: TownBase[];
  postal: PostalRow[];
  features: Feature[];
  /** From aw_pagasts.csv / aw_ciems.csv, when present. */
  vzdParishes?: { kods: string; name: string; municipality: string }[];
  vzdVillages?: { kods: string; name: string; municipality: string }[];
  /** From AW_VIETU_CENTROIDI.CSV, when present (by KODS). */
  centroids?: Map<string, Centroid>;
  postalFile?: string;
}

export interface BuildOutput {
  municipalities: Municipality[];
  gazetteer: GazetteerEntry[];
  problems: Problem[];
  notes: string[];
}

/** Rank of GeoNames feature codes when several features share a name: the main place first. */
const CODE_RANK: Record<string, number> = { PPLC: 0, PPLA: 1, PPLA2: 1, PPLA3: 2, PPL: 3, PPLX: 5 };

export function build(input: BuildInput): BuildOutput {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const centroids = input.centroids ?? new Map<string, Centroid>();
  const muniSlug = new Map(input.municipalities.map((m) => [m.atvk, slugify(m.lvName)]));

  const placed = placePostalRows(
    input.postal,
    admin1Resolver(input.municipalities, input.towns),
    input.postalFile ?? 'LV-postal-codes.txt',
    problems,
  );
  const rowsByMuni: RowsByMunicipality = Map.groupBy(placed, (p) => p.atvk);
  addAsciiStateCityAliases(placed, input.municipalities);
  const usedFeatures = new Set<string>();
  const findFeature = featureFinder(input.features, rowsByMuni);
  const townPoints = locateTowns(input.towns, centroids, findFeature, usedFeatures, rowsByMuni, problems);
  const municipalities = municipalityRecords(input, townPoints, centroids, rowsByMuni, muniSlug, problems, notes);

  const { drafts, add } = gazetteerDrafts(problems);
  addPostcodes(placed, add);
  addTowns(input.towns, townPoints, add);
  addParishes(input.vzdParishes, placed, centroids, findFeature, add, problems);
  addVillages(input, placed, centroids, usedFeatures, muniSlug, add, notes);
  const gazetteer = withUniqueIds(drafts, muniSlug, input.checked);

  return { municipalities, gazetteer, problems, notes };
}

/** Every postal row placed in a current municipality (by its admin1); the others are reported. */
function placePostalRows(
  postal: PostalRow[],
  resolve: (admin1: string) => string | null,
  postalFile: string,
  problems: Problem[],
): Placed[] {
  const placed: Placed[] = [];
  for (const row of postal) {
    const atvk = resolve(row.admin1);
    if (atvk) placed.push({ row, atvk });
    else
      problems.push({
        file: postalFile,
        line: row.line,
        message: `admin1 "${row.admin1}" is not a current municipality; row skipped`,
      });
  }
  return placed;
}

/** GeoNames' ASCII admin1 forms of state cities ("Riga", "Jurmala") help matching: kept as aliases. */
function addAsciiStateCityAliases(placed: Placed[], municipalities: MunicipalityBase[]): void {
  const byAtvk = new Map(municipalities.map((m) => [m.atvk, m]));
  const admin1Seen = new Map(placed.map((p) => [p.row.admin1, p.atvk]));
  for (const [admin1, atvk] of admin1Seen) {
    const m = byAtvk.get(atvk)!;
    if (m.kind === 'valstspilseta' && admin1 !== m.lvName && asciiFold(admin1) === asciiFold(m.lvName)) {
      m.aliases.push({ name: admin1, atvk: null });
    }
  }
}

/** Finds the GeoNames feature (by name or alternate name) that lies near a municipality's postal places. */
function featureFinder(features: Feature[], rowsByMuni: RowsByMunicipality): FindFeature {
  const byName = new Map<string, Feature[]>();
  for (const f of features) {
    for (const n of new Set([f.name, ...f.alternateNames])) {
      const list = byName.get(n);
      if (list) list.push(f);
      else byName.set(n, [f]);
    }
  }
  const nearestInMuni = (atvk: string, pt: Point) =>
    Math.min(...(rowsByMuni.get(atvk) ?? []).map((p) => distanceMetres(p.row, pt)));
  return (name, atvk, maxMetres, featureClass = 'P') =>
    (byName.get(name) ?? [])
      .filter((f) => f.featureClass === featureClass)
      .map((f) => ({ f, d: nearestInMuni(atvk, f) }))
      .filter((c) => c.d <= maxMetres)
      .sort((a, b) => (CODE_RANK[a.f.featureCode] ?? 4) - (CODE_RANK[b.f.featureCode] ?? 4) || a.d - b.d)[0]?.f;
}

/** A point for each town and state city (by KODS): the VZD centroid, else GeoNames, else its postal rows. */
function locateTowns(
  towns: TownBase[],
  centroids: Map<string, Centroid>,
  findFeature: FindFeature,
  usedFeatures: Set<string>,
  rowsByMuni: RowsByMunicipality,
  problems: Problem[],
): Map<string, TownPoint> {
  const points = new Map<string, TownPoint>();
  for (const t of towns) {
    const c = centroids.get(t.kods);
    // Town names are nearly unique and GeoNames' postal places are sparse in places, so allow 30 km.
    const f = findFeature(t.name, t.municipality, 30_000);
    if (f) usedFeatures.add(f.id);
    if (c) {
      points.set(t.kods, { lat: c.lat, lon: c.lon, precision: 'exact', enName: f?.name });
    } else if (f) {
      points.set(t.kods, { lat: f.lat, lon: f.lon, precision: 'settlement', enName: f.name });
    } else {
      const rows = (rowsByMuni.get(t.municipality) ?? []).filter((p) => asciiFold(p.row.place) === asciiFold(t.name));
      const best = rows.filter((p) => p.row.accuracy === 4);
      const use = best.length ? best : rows;
      if (use.length)
        points.set(t.kods, { ...meanPoint(use.map((p) => p.row)), precision: best.length ? 'settlement' : 'postcode' });
      else
        problems.push({
          file: 'aw_pilseta.csv',
          line: t.line,
          message: `town "${t.name}": no GeoNames point found in its municipality; left out of the gazetteer`,
        });
    }
  }
  return points;
}
