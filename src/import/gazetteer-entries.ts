// The entries of data/gazetteer.json: postcodes, towns, parishes and villages, each with a
// point and how it was found, then unique ids. Pure; steps of build() in gazetteer-build.ts.

import type { GazetteerEntry } from '../lib/schema/gazetteer.ts';
import { distanceMetres, isInLatvia, meanPoint, roundCoordinate, type Point } from '../lib/places/geo.ts';
import type { BuildInput, FindFeature, Placed, Precision, TownPoint } from './gazetteer-build.ts';
import type { Problem } from './problems.ts';
import { asciiFold, slugify } from './slug.ts';
import type { Centroid } from './vzd-centroids.ts';
import type { TownBase } from './vzd.ts';

/** A gazetteer entry before its id is known: `base` is the id it gets unless another entry has it too. */
type DraftEntry = Omit<GazetteerEntry, 'id' | 'source' | 'checked'> & { base: string };
type AddEntry = (e: DraftEntry) => void;

/** Where the steps below put their entries; a point outside Latvia is reported and left out. */
export function gazetteerDrafts(problems: Problem[]): { drafts: DraftEntry[]; add: AddEntry } {
  const drafts: DraftEntry[] = [];
  const add: AddEntry = (e) => {
    if (isInLatvia(e)) drafts.push(e);
    else
      problems.push({
        file: '(gazetteer)',
        line: 0,
        message: `${e.kind} "${e.name}" point ${e.lat}, ${e.lon} is outside Latvia; left out`,
      });
  };
  return { drafts, add };
}

/** Postcodes: the mean of their GeoNames rows, in the municipality most of the rows name. */
export function addPostcodes(placed: Placed[], add: AddEntry): void {
  for (const [postcode, rows] of Map.groupBy(placed, (p) => p.row.postcode)) {
    const byMuni = [...Map.groupBy(rows, (r) => r.atvk)];
    const atvk = byMuni.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]![0];
    add({
      base: `postcode-${slugify(postcode)}`,
      name: postcode,
      kind: 'postcode',
      municipality: atvk,
      ...meanPoint(rows.map((r) => r.row)),
      precision: 'postcode',
    });
  }
}

/** Towns and state cities that have a point. */
export function addTowns(towns: TownBase[], townPoints: Map<string, TownPoint>, add: AddEntry): void {
  for (const t of towns) {
    const p = townPoints.get(t.kods);
    if (p)
      add({
        base: `${t.kind}-${slugify(t.name)}`,
        name: t.name,
        kind: t.kind,
        municipality: t.municipality,
        lat: p.lat,
        lon: p.lon,
        precision: p.precision,
      });
  }
}

/** Parishes: VZD's list when aw_pagasts.csv is present (the authoritative one), else GeoNames admin2. */
export function addParishes(
  vzdParishes: BuildInput['vzdParishes'],
  placed: Placed[],
  centroids: Map<string, Centroid>,
  findFeature: FindFeature,
  add: AddEntry,
  problems: Problem[],
): void {
  const parishKey = (p: Placed) => `${p.row.admin2.replace(/ pag\.$/, ' pagasts')}|${p.atvk}`;
  const parishRows = Map.groupBy(
    placed.filter((p) => p.row.admin2.endsWith(' pag.')),
    parishKey,
  );
  const parishPoint = (name: string, atvk: string): { pt: Point; precision: Precision } | undefined => {
    const rows = parishRows.get(`${name}|${atvk}`) ?? [];
    const f = findFeature(name, atvk, 20_000, 'A');
    if (f) return { pt: f, precision: 'settlement' };
    if (rows.length) return { pt: meanPoint(rows.map((r) => r.row)), precision: 'postcode' };
    return undefined;
  };
  const parishList: { name: string; municipality: string; kods?: string }[] =
    vzdParishes ??
    [...parishRows.keys()].map((k) => {
      const [name, municipality] = k.split('|') as [string, string];
      return { name, municipality };
    });
  for (const par of parishList) {
    const c = par.kods ? centroids.get(par.kods) : undefined;
    const found = c ? { pt: c, precision: 'exact' as const } : parishPoint(par.name, par.municipality);
    if (!found) {
      problems.push({ file: 'aw_pagasts.csv', line: 0, message: `parish "${par.name}": no point; left out` });
      continue;
    }
    add({
      base: `parish-${slugify(par.name)}`,
      name: par.name,
      kind: 'parish',
      municipality: par.municipality,
      lat: found.pt.lat,
      lon: found.pt.lon,
      precision: found.precision,
    });
  }
}

interface Village {
  name: string;
  municipality: string;
  pt: Point;
  precision: Precision;
}

const PRECISION_RANK: Record<Precision, number> = { exact: 0, settlement: 1, postcode: 2 };

/**
 * Villages and other settlements, one per (name, municipality), from the most precise source:
 * VZD centroids, GeoNames postal places, then GeoNames 2017 populated places. A name that is a
 * town of the municipality is left to the town.
 */
export function addVillages(
  input: BuildInput,
  placed: Placed[],
  centroids: Map<string, Centroid>,
  usedFeatures: Set<string>,
  muniSlug: Map<string, string>,
  add: AddEntry,
  notes: string[],
): void {
  const villageKey = (name: string, atvk: string) => `${asciiFold(name)}|${atvk}`;
  const townKeys = new Set(input.towns.map((t) => villageKey(t.name, t.municipality)));
  const villages = new Map<string, Village>();
  const offer = (v: Village) => {
    const k = villageKey(v.name, v.municipality);
    if (townKeys.has(k)) return;
    const prev = villages.get(k);
    if (!prev || PRECISION_RANK[v.precision] < PRECISION_RANK[prev.precision])
      villages.set(k, prev ? { ...v, name: prev.name } : v);
  };
  for (const v of input.vzdVillages ?? []) {
    const c = centroids.get(v.kods);
    if (c) offer({ name: v.name, municipality: v.municipality, pt: c, precision: 'exact' });
  }
  // GeoNames postal places (not the parish-name rows such as "Jaunjelgavas" in "Jaunjelgavas pag.").
  const settlementRows = placed.filter(
    ({ row }) => `${row.place} pag.` !== row.admin2 && asciiFold(row.place) !== asciiFold(row.admin1),
  );
  const postalGroups = Map.groupBy(settlementRows, (p) => villageKey(p.row.place, p.atvk));
  for (const rows of postalGroups.values()) {
    const own = rows.filter((r) => r.row.accuracy === 4);
    const use = own.length ? own : rows;
    offer({
      name: rows[0]!.row.place,
      municipality: rows[0]!.atvk,
      pt: meanPoint(use.map((r) => r.row)),
      precision: own.length ? 'settlement' : 'postcode',
    });
  }
  // GeoNames 2017 populated places: placed where a postal place of the same name lies within 10 km.
  // Rows in the order of their (name, municipality) group, so ties go as they always have.
  const postalByName = Map.groupBy([...postalGroups.values()].flat(), (p) => asciiFold(p.row.place));
  let unplaced = 0;
  for (const f of input.features) {
    if (f.featureClass !== 'P' || usedFeatures.has(f.id)) continue;
    const near = (postalByName.get(asciiFold(f.name)) ?? [])
      .map((p) => ({ p, d: distanceMetres(p.row, f) }))
      .filter((x) => x.d <= 10_000)
      .sort((a, b) => a.d - b.d)[0];
    if (!near) {
      unplaced++;
      continue;
    }
    offer({ name: near.p.row.place, municipality: near.p.atvk, pt: f, precision: 'settlement' });
  }
  notes.push(
    `GeoNames 2017 populated places without a same-name postal place within 10 km (not placed, left out): ${unplaced}`,
  );
  for (const v of villages.values()) {
    add({
      base: `village-${slugify(v.name)}-${muniSlug.get(v.municipality)}`,
      name: v.name,
      kind: 'village',
      municipality: v.municipality,
      lat: v.pt.lat,
      lon: v.pt.lon,
      precision: v.precision,
    });
  }
}

/**
 * The finished entries, sorted by id: a base id used more than once gets the municipality slug,
 * then a number. Exact points come only from VZD centroids; every other point is from GeoNames.
 */
export function withUniqueIds(drafts: DraftEntry[], muniSlug: Map<string, string>, checked: string): GazetteerEntry[] {
  const byBase = Map.groupBy(drafts, (e) => e.base);
  const used = new Set<string>();
  return drafts
    .sort(
      (a, b) =>
        a.base.localeCompare(b.base) || a.municipality.localeCompare(b.municipality) || a.name.localeCompare(b.name),
    )
    .map(({ base, ...e }): GazetteerEntry => {
      const slug = muniSlug.get(e.municipality)!;
      const stem = byBase.get(base)!.length > 1 && !base.endsWith(slug) ? `${base}-${slug}` : base;
      let id = stem;
      for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
      used.add(id);
      return {
        id,
        ...e,
        lat: roundCoordinate(e.lat),
        lon: roundCoordinate(e.lon),
        source: e.precision === 'exact' ? 'vzd' : 'geonames',
        checked,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
