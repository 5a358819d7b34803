// Writes a synthetic catalogue for the build benchmark: the real data/ with its services copied
// up to 5 000 and its places up to 2 000 (both languages, as every record already is). Copies get
// ids and slugs "<id>-syn-<n>" and a number after their names, so pages, titles and search
// entries stay distinct. Never shipped: it only goes to a temporary folder a build reads through
// PIEEJAMS_DATA_DIR (src/server/load-catalog.ts).
//
// Copies are spread over FAMILIES copies of each institution ("<id>-syn-f<k>", copy n in family
// n mod FAMILIES), services and offices alike, so an office offers its own institution's services
// as in life: 5 000 services then come from ~250 holders (Latvia's catalogue has a few hundred)
// rather than all from the same 32, which made every copied PMLP or VSAA office list ~1 000
// services. VPVKAC copies all keep the basket, so the basket's services list every centre.
// Run: node tests/bench/synthetic-catalog.ts <out-dir> [services] [places]
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

type Json = Record<string, unknown>;

/** Copies of each institution that the copied services and offices are spread over. */
const FAMILIES = 8;

function readRecords(folder: string): Json[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const parsed = JSON.parse(readFileSync(join(folder, f), 'utf8')) as Json | Json[];
      return Array.isArray(parsed) ? parsed : [parsed];
    });
}

/** A name with a copy number after it, in both languages (MarkedText or LocalizedText). */
function numbered(name: unknown, n: number): unknown {
  if (!name || typeof name !== 'object') return name;
  const text = name as { lv: string; en: string | { text: string; origin: string } };
  const en = typeof text.en === 'string' ? `${text.en} ${n}` : { ...text.en, text: `${text.en.text} ${n}` };
  return { ...text, lv: `${text.lv} ${n}`, en };
}

/** Copies of the records, cycling through them, until there are `total` (originals included). */
function grow(records: Json[], total: number, copy: (record: Json, n: number) => Json): Json[] {
  const out = [...records];
  for (let n = 1; out.length < total; n++) {
    for (const record of records) {
      if (out.length >= total) break;
      out.push(copy(record, n));
    }
  }
  return out;
}

export interface SyntheticOptions {
  services?: number;
  places?: number;
}

/** Writes the synthetic data folder to `out` (emptied first) and returns the record counts. */
export function writeSyntheticCatalog(
  out: string,
  { services = 5000, places = 2000 }: SyntheticOptions = {},
): { services: number; places: number } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Everything but services and places as it is.
  for (const entry of readdirSync(DATA)) {
    if (entry !== 'services' && entry !== 'places') cpSync(join(DATA, entry), join(out, entry), { recursive: true });
  }
  const family = (institution: unknown, n: number) =>
    typeof institution === 'string' ? `${institution}-syn-f${n % FAMILIES}` : institution;
  const institutions = readRecords(join(DATA, 'institutions'));
  const institutionCopies = Array.from({ length: FAMILIES }, (_, k) =>
    institutions.map((i) => ({ ...i, id: `${i.id}-syn-f${k}`, name: numbered(i.name, k) })),
  ).flat();
  const allServices = grow(readRecords(join(DATA, 'services')), services, (s, n) => ({
    ...s,
    institution: family(s.institution, n),
    id: `${s.id}-syn-${n}`,
    slug: `${s.slug}-syn-${n}`,
    catalogId: null,
    name: numbered(s.name, n),
  }));
  const allPlaces = grow(readRecords(join(DATA, 'places')), places, (p, n) => {
    const c = p.coordinates as { lat: number; lon: number; precision: string } | null;
    // A small shift (under 1 km) so copies are distinct points; Latvian places stay in Latvia.
    const shift = ((n % 7) - 3) * 0.002;
    return {
      ...p,
      id: `${p.id}-syn-${n}`,
      institution: family(p.institution, n),
      name: numbered(p.name, n),
      coordinates: c
        ? { ...c, lat: Math.round((c.lat + shift) * 1e5) / 1e5, lon: Math.round((c.lon - shift) * 1e5) / 1e5 }
        : null,
    };
  });
  mkdirSync(join(out, 'services'));
  mkdirSync(join(out, 'places'));
  writeFileSync(join(out, 'services', 'synthetic.json'), JSON.stringify(allServices));
  writeFileSync(join(out, 'places', 'synthetic.json'), JSON.stringify(allPlaces));
  writeFileSync(join(out, 'institutions', 'synthetic.json'), JSON.stringify(institutionCopies));
  return { services: allServices.length, places: allPlaces.length };
}

// Run as a program.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [out, services, places] = process.argv.slice(2);
  if (!out) {
    console.error('usage: node tests/bench/synthetic-catalog.ts <out-dir> [services=5000] [places=2000]');
    process.exit(1);
  }
  const counts = writeSyntheticCatalog(resolve(out), {
    services: Number(services ?? 5000),
    places: Number(places ?? 2000),
  });
  console.log(`Synthetic catalogue in ${resolve(out)}: ${counts.services} services, ${counts.places} places`);
}
