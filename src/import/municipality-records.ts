// The municipality records of data/municipalities.json: English name, centre, aliases, sources.
// Pure; a step of build() in gazetteer-build.ts.

import type { Municipality } from '../lib/schema/municipality.ts';
import { meanPoint, roundCoordinate, type Point } from '../lib/places/geo.ts';
import type { BuildInput, RowsByMunicipality, TownPoint } from './gazetteer-build.ts';
import { genitiveForms } from './genitive.ts';
import { GEONAMES_DUMP_SOURCE, GEONAMES_POSTAL_SOURCE } from './geonames.ts';
import type { Problem } from './problems.ts';
import type { Centroid } from './vzd-centroids.ts';
import { VZD_SOURCE, type MunicipalityBase, type TownBase } from './vzd.ts';

/** The municipality records: English name, centre (its town's point when it has one), aliases, sources. */
export function municipalityRecords(
  input: BuildInput,
  townPoints: Map<string, TownPoint>,
  centroids: Map<string, Centroid>,
  rowsByMuni: RowsByMunicipality,
  muniSlug: Map<string, string>,
  problems: Problem[],
  notes: string[],
): Municipality[] {
  const municipalities: Municipality[] = [];
  for (const m of input.municipalities) {
    const sources = [VZD_SOURCE, GEONAMES_DUMP_SOURCE, GEONAMES_POSTAL_SOURCE].map((s) => ({ ...s }));
    const { centre, en } =
      m.kind === 'valstspilseta'
        ? stateCityCentre(m, input.towns, townPoints)
        : novadsCentre(m, input.towns, townPoints, centroids, rowsByMuni, notes);
    if (!centre) {
      problems.push({
        file: 'aw_novads.csv',
        line: 0,
        message: `${m.lvName}: no point for its centre; municipality left out`,
      });
      continue;
    }
    municipalities.push({
      atvk: m.atvk,
      slug: muniSlug.get(m.atvk)!,
      name: { lv: m.lvName, en },
      kind: m.kind,
      centre,
      aliases: uniqueAliases(m.aliases),
      sources,
      checked: input.checked,
    });
  }
  return municipalities;
}

interface CentreAndName {
  centre: Municipality['centre'] | undefined;
  en: string;
}

const settlementCentre = (p: Point): Municipality['centre'] => ({
  lat: roundCoordinate(p.lat),
  lon: roundCoordinate(p.lon),
  precision: 'settlement',
});

/** A state city is its own town: its point and GeoNames' English name. */
function stateCityCentre(m: MunicipalityBase, towns: TownBase[], townPoints: Map<string, TownPoint>): CentreAndName {
  const t = towns.find((x) => x.atvk === m.atvk)!;
  const p = townPoints.get(t.kods);
  return { centre: p && settlementCentre(p), en: p?.enName ?? m.lvName };
}

/**
 * A novads is named after a town ("Madonas novads" after Madona): that town's point. A novads
 * named after no town gets the VZD centroid of its territory or the mean of its postal places,
 * with a note, as that is not its administrative centre.
 */
function novadsCentre(
  m: MunicipalityBase,
  towns: TownBase[],
  townPoints: Map<string, TownPoint>,
  centroids: Map<string, Centroid>,
  rowsByMuni: RowsByMunicipality,
  notes: string[],
): CentreAndName {
  const stem = m.lvName.replace(/ novads$/, '');
  const town =
    towns.find((t) => t.municipality === m.atvk && genitiveForms(t.name).has(stem)) ??
    towns.find((t) => t.kind === 'city' && genitiveForms(t.name).has(stem));
  const en = town ? `${town.name} Municipality` : `${stem.replace(/as$/, 'a').replace(/es$/, 'e')} Municipality`;
  const p = town && townPoints.get(town.kods);
  if (p) return { centre: settlementCentre(p), en };
  const c = centroids.get(m.kods);
  const rows = (rowsByMuni.get(m.atvk) ?? []).filter((x) => x.row.accuracy === 4).map((x) => x.row);
  const pt = c ?? (rows.length ? meanPoint(rows) : undefined);
  if (!pt) return { centre: undefined, en };
  notes.push(
    `${m.lvName}: no town named after it, so its centre is ${c ? 'the VZD centroid of its territory' : `the mean of its ${rows.length} GeoNames postal places`}, not the administrative centre`,
  );
  return { centre: settlementCentre(pt), en };
}

/** Aliases without repeats (same name and code), first occurrence kept. */
function uniqueAliases(aliases: MunicipalityBase['aliases']): MunicipalityBase['aliases'] {
  const seen = new Set<string>();
  return aliases.filter((a) => {
    const k = `${a.name}|${a.atvk}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
