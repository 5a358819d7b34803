// Combine the parsed sources into the project's records: municipalities and gazetteer.
// Pure: parsed inputs in, records + problems + notes out.

import type { GazetteerEntry, Municipality } from '../lib/schema/municipality.ts';
import { admin1Resolver, GEONAMES_DUMP_SOURCE, GEONAMES_POSTAL_SOURCE, type Feature, type PostalRow } from './geonames.ts';
import type { Problem } from './problems.ts';
import { distanceKm, fold, genitiveForms, round5, slugify } from './text.ts';
import { VZD_SOURCE, type Centroid, type MunicipalityBase, type TownBase } from './vzd.ts';


type Precision = GazetteerEntry['precision'];
interface Point {
  lat: number;
  lon: number;
}
interface Placed {
  row: PostalRow;
  atvk: string;
}

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

const mean = (pts: Point[]): Point => ({
  lat: pts.reduce((s, p) => s + p.lat, 0) / pts.length,
  lon: pts.reduce((s, p) => s + p.lon, 0) / pts.length,
});

const inLatvia = (p: Point) => p.lat >= 55.6 && p.lat <= 58.1 && p.lon >= 20.9 && p.lon <= 28.3;

/** Rank of GeoNames feature codes when several features share a name: the main place first. */
const CODE_RANK: Record<string, number> = { PPLC: 0, PPLA: 1, PPLA2: 1, PPLA3: 2, PPL: 3, PPLX: 5 };

export function build(input: BuildInput): BuildOutput {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const postalFile = input.postalFile ?? 'LV-postal-codes.txt';
  const centroids = input.centroids ?? new Map<string, Centroid>();
  const muniByAtvk = new Map(input.municipalities.map((m) => [m.atvk, m]));
  const muniSlug = new Map(input.municipalities.map((m) => [m.atvk, slugify(m.lvName)]));

  // 1. Place every postal row in a current municipality.
  const resolve = admin1Resolver(input.municipalities, input.towns);
  const placed: Placed[] = [];
  const admin1Seen = new Map<string, string>();
  for (const row of input.postal) {
    const atvk = resolve(row.admin1);
    if (!atvk) {
      problems.push({ file: postalFile, line: row.line, message: `admin1 "${row.admin1}" is not a current municipality; row skipped` });
      continue;
    }
    placed.push({ row, atvk });
    admin1Seen.set(row.admin1, atvk);
  }
  const rowsByMuni = new Map<string, Placed[]>();
  for (const p of placed) rowsByMuni.set(p.atvk, [...(rowsByMuni.get(p.atvk) ?? []), p]);
  const nearestInMuni = (atvk: string, pt: Point) =>
    Math.min(...(rowsByMuni.get(atvk) ?? []).map((p) => distanceKm(p.row, pt)));

  // GeoNames' ASCII admin1 forms of state cities ("Riga", "Jurmala") help matching: keep as aliases.
  for (const [admin1, atvk] of admin1Seen) {
    const m = muniByAtvk.get(atvk)!;
    if (m.kind === 'valstspilseta' && admin1 !== m.lvName && fold(admin1) === fold(m.lvName)) {
      m.aliases.push({ name: admin1, atvk: null });
    }
  }

  // Features by exact name (GeoNames name and alternate names).
  const featuresByName = new Map<string, Feature[]>();
  for (const f of input.features) {
    for (const n of new Set([f.name, ...f.alternateNames])) {
      featuresByName.set(n, [...(featuresByName.get(n) ?? []), f]);
    }
  }
  const usedFeatures = new Set<string>();

  /** The GeoNames populated place called `name` that lies in municipality `atvk` (near its postal places). */
  const findPlace = (name: string, atvk: string, maxKm: number, cls = 'P'): Feature | undefined => {
    const candidates = (featuresByName.get(name) ?? [])
      .filter((f) => f.featureClass === cls)
      .map((f) => ({ f, d: nearestInMuni(atvk, f) }))
      .filter((c) => c.d <= maxKm)
      .sort((a, b) => (CODE_RANK[a.f.featureCode] ?? 4) - (CODE_RANK[b.f.featureCode] ?? 4) || a.d - b.d);
    return candidates[0]?.f;
  };

  // 2. Towns and state cities.
  interface TownPoint extends Point {
    precision: Precision;
    enName?: string;
  }
  const townPoint = new Map<string, TownPoint>();
  for (const t of input.towns) {
    const c = centroids.get(t.kods);
    // Town names are nearly unique and GeoNames' postal places are sparse in places, so allow 30 km.
    const f = findPlace(t.name, t.municipality, 30);
    if (f) usedFeatures.add(f.id);
    if (c) {
      townPoint.set(t.kods, { lat: c.lat, lon: c.lon, precision: 'exact', enName: f?.name });
    } else if (f) {
      townPoint.set(t.kods, { lat: f.lat, lon: f.lon, precision: 'settlement', enName: f.name });
    } else {
      const rows = (rowsByMuni.get(t.municipality) ?? []).filter((p) => fold(p.row.place) === fold(t.name));
      const best = rows.filter((p) => p.row.accuracy === 4);
      const use = best.length ? best : rows;
      if (use.length) townPoint.set(t.kods, { ...mean(use.map((p) => p.row)), precision: best.length ? 'settlement' : 'postcode' });
      else problems.push({ file: 'aw_pilseta.csv', line: t.line, message: `town "${t.name}": no GeoNames point found in its municipality; left out of the gazetteer` });
    }
  }

  // 3. Municipalities.
  const municipalities: Municipality[] = [];
  for (const m of input.municipalities) {
    const sources = [VZD_SOURCE, GEONAMES_DUMP_SOURCE, GEONAMES_POSTAL_SOURCE].map((s) => ({ ...s }));
    let centre: Municipality['centre'] | undefined;
    let en: string;
    if (m.kind === 'valstspilseta') {
      const t = input.towns.find((x) => x.atvk === m.atvk)!;
      const p = townPoint.get(t.kods);
      if (p) centre = { lat: round5(p.lat), lon: round5(p.lon), precision: 'settlement' };
      en = p?.enName ?? m.lvName;
    } else {
      const stem = m.lvName.replace(/ novads$/, '');
      const town =
        input.towns.find((t) => t.municipality === m.atvk && genitiveForms(t.name).has(stem)) ??
        input.towns.find((t) => t.kind === 'city' && genitiveForms(t.name).has(stem));
      const p = town && townPoint.get(town.kods);
      if (town) en = `${town.name} Municipality`;
      else en = `${stem.replace(/as$/, 'a').replace(/es$/, 'e')} Municipality`;
      if (p) {
        centre = { lat: round5(p.lat), lon: round5(p.lon), precision: 'settlement' };
      } else {
        const c = centroids.get(m.kods);
        const rows = (rowsByMuni.get(m.atvk) ?? []).filter((x) => x.row.accuracy === 4).map((x) => x.row);
        const pt = c ?? (rows.length ? mean(rows) : undefined);
        if (pt) {
          centre = { lat: round5(pt.lat), lon: round5(pt.lon), precision: 'settlement' };
          notes.push(
            `${m.lvName}: no town named after it, so its centre is ${c ? 'the VZD centroid of its territory' : `the mean of its ${rows.length} GeoNames postal places`}, not the administrative centre`,
          );
        }
      }
    }
    if (!centre) {
      problems.push({ file: 'aw_novads.csv', line: 0, message: `${m.lvName}: no point for its centre; municipality left out` });
      continue;
    }
    const seen = new Set<string>();
    const aliases = m.aliases.filter((a) => {
      const k = `${a.name}|${a.atvk}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    municipalities.push({
      atvk: m.atvk,
      slug: muniSlug.get(m.atvk)!,
      name: { lv: m.lvName, en },
      kind: m.kind,
      centre,
      aliases,
      sources,
      checked: input.checked,
    });
  }

  // 4. Gazetteer.
  const entries: (Omit<GazetteerEntry, 'id'> & { base: string })[] = [];
  const push = (e: Omit<GazetteerEntry, 'id' | 'source' | 'checked'> & { base: string }) => {
    if (!inLatvia(e)) {
      problems.push({ file: '(gazetteer)', line: 0, message: `${e.kind} "${e.name}" point ${e.lat}, ${e.lon} is outside Latvia; left out` });
      return;
    }
    // Exact points come only from VZD centroids; every other point is from GeoNames.
    entries.push({ ...e, lat: round5(e.lat), lon: round5(e.lon), source: e.precision === 'exact' ? 'vzd' : 'geonames', checked: input.checked });
  };

  // 4a. Postcodes: mean of the GeoNames rows; the municipality most of its rows name.
  const byPostcode = new Map<string, Placed[]>();
  for (const p of placed) byPostcode.set(p.row.postcode, [...(byPostcode.get(p.row.postcode) ?? []), p]);
  for (const [postcode, rows] of byPostcode) {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.atvk, (counts.get(r.atvk) ?? 0) + 1);
    const atvk = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    push({ base: `postcode-${slugify(postcode)}`, name: postcode, kind: 'postcode', municipality: atvk, ...mean(rows.map((r) => r.row)), precision: 'postcode' });
  }

  // 4b. Towns and state cities.
  const townKeys = new Set<string>();
  for (const t of input.towns) {
    const p = townPoint.get(t.kods);
    townKeys.add(`${fold(t.name)}|${t.municipality}`);
    if (!p) continue;
    push({ base: `${t.kind}-${slugify(t.name)}`, name: t.name, kind: t.kind, municipality: t.municipality, lat: p.lat, lon: p.lon, precision: p.precision });
  }

  // 4c. Parishes: VZD when aw_pagasts.csv is present (the authoritative list), else GeoNames admin2.
  const parishRows = new Map<string, Placed[]>();
  for (const p of placed) {
    if (!p.row.admin2.endsWith(' pag.')) continue;
    const k = `${p.row.admin2.replace(/ pag\.$/, ' pagasts')}|${p.atvk}`;
    parishRows.set(k, [...(parishRows.get(k) ?? []), p]);
  }
  const parishPoint = (name: string, atvk: string): { pt: Point; precision: Precision } | undefined => {
    const rows = parishRows.get(`${name}|${atvk}`) ?? [];
    const f = findPlace(name, atvk, 20, 'A');
    if (f) return { pt: f, precision: 'settlement' };
    if (rows.length) return { pt: mean(rows.map((r) => r.row)), precision: 'postcode' };
    return undefined;
  };
  const parishList: { name: string; municipality: string; kods?: string }[] = input.vzdParishes
    ? input.vzdParishes
    : [...parishRows.keys()].map((k) => {
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
    push({ base: `parish-${slugify(par.name)}`, name: par.name, kind: 'parish', municipality: par.municipality, lat: found.pt.lat, lon: found.pt.lon, precision: found.precision });
  }

  // 4d. Villages and other settlements, one per (name, municipality).
  interface Village {
    name: string;
    municipality: string;
    pt: Point;
    precision: Precision;
  }
  const villages = new Map<string, Village>();
  const vKey = (name: string, atvk: string) => `${fold(name)}|${atvk}`;
  const rank: Record<Precision, number> = { exact: 0, settlement: 1, postcode: 2 };
  const offer = (v: Village) => {
    const k = vKey(v.name, v.municipality);
    if (townKeys.has(k)) return;
    const prev = villages.get(k);
    if (!prev || rank[v.precision] < rank[prev.precision]) villages.set(k, prev ? { ...v, name: prev.name } : v);
  };
  for (const v of input.vzdVillages ?? []) {
    const c = centroids.get(v.kods);
    if (c) offer({ name: v.name, municipality: v.municipality, pt: c, precision: 'exact' });
  }
  // GeoNames postal places (not the parish-name rows such as "Jaunjelgavas" in "Jaunjelgavas pag.").
  const postalGroups = new Map<string, Placed[]>();
  for (const p of placed) {
    const { place, admin1, admin2 } = p.row;
    if (`${place} pag.` === admin2 || fold(place) === fold(admin1)) continue;
    const k = vKey(place, p.atvk);
    postalGroups.set(k, [...(postalGroups.get(k) ?? []), p]);
  }
  const postalByName = new Map<string, Placed[]>();
  for (const rows of postalGroups.values()) {
    const n = fold(rows[0]!.row.place);
    postalByName.set(n, [...(postalByName.get(n) ?? []), ...rows]);
  }
  for (const rows of postalGroups.values()) {
    const own = rows.filter((r) => r.row.accuracy === 4);
    const use = own.length ? own : rows;
    offer({ name: rows[0]!.row.place, municipality: rows[0]!.atvk, pt: mean(use.map((r) => r.row)), precision: own.length ? 'settlement' : 'postcode' });
  }
  // GeoNames 2017 populated places: placed where a postal place of the same name lies within 10 km.
  let unplaced = 0;
  for (const f of input.features) {
    if (f.featureClass !== 'P' || usedFeatures.has(f.id)) continue;
    const near = (postalByName.get(fold(f.name)) ?? [])
      .map((p) => ({ p, d: distanceKm(p.row, f) }))
      .filter((x) => x.d <= 10)
      .sort((a, b) => a.d - b.d)[0];
    if (!near) {
      unplaced++;
      continue;
    }
    offer({ name: near.p.row.place, municipality: near.p.atvk, pt: f, precision: 'settlement' });
  }
  notes.push(`GeoNames 2017 populated places without a same-name postal place within 10 km (not placed, left out): ${unplaced}`);
  for (const v of villages.values()) {
    push({ base: `village-${slugify(v.name)}-${muniSlug.get(v.municipality)}`, name: v.name, kind: 'village', municipality: v.municipality, lat: v.pt.lat, lon: v.pt.lon, precision: v.precision });
  }

  // 5. Unique ids: a base id used more than once gets the municipality slug, then a number.
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.base, (counts.get(e.base) ?? 0) + 1);
  const used = new Set<string>();
  const gazetteer: GazetteerEntry[] = entries
    .sort((a, b) => a.base.localeCompare(b.base) || a.municipality.localeCompare(b.municipality) || a.name.localeCompare(b.name))
    .map(({ base, ...e }) => {
      let id = counts.get(base)! > 1 && !base.endsWith(muniSlug.get(e.municipality)!) ? `${base}-${muniSlug.get(e.municipality)}` : base;
      let n = 2;
      const stem = id;
      while (used.has(id)) id = `${stem}-${n++}`;
      used.add(id);
      return { id, ...e };
    })
    .sort((a, b) => a.id.localeCompare(b.id));

  return { municipalities, gazetteer, problems, notes };
}
