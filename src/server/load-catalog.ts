// Reads data/ from disk at build time and hands it to the pure validator.
// The data folder can be swapped with PIEEJAMS_DATA_DIR (the synthetic benchmark catalogue uses it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateCatalog, type Catalog, type RawFile } from '../lib/validate.ts';

export function dataDir(): string {
  return process.env.PIEEJAMS_DATA_DIR ?? join(process.cwd(), 'data');
}

function readJson(root: string, path: string): RawFile {
  const file = relative(join(root, '..'), path);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return { file, records: Array.isArray(parsed) ? parsed : [parsed] };
}

/** A JSON file (array of records) or a folder of JSON files (one or many records each). */
function read(root: string, name: string): RawFile[] {
  const folder = join(root, name);
  if (existsSync(folder) && !name.endsWith('.json')) {
    return readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => readJson(root, join(folder, f)));
  }
  return existsSync(folder) ? [readJson(root, folder)] : [];
}

let cached: Catalog | undefined;

/** The validated catalogue; throws DataError (file, record, field, expectation) on bad data. */
export function loadCatalog(root = dataDir()): Catalog {
  if (cached && root === dataDir()) return cached;
  const catalog = validateCatalog({
    institutions: read(root, 'institutions'),
    services: read(root, 'services'),
    places: read(root, 'places'),
    municipalities: read(root, 'municipalities.json'),
    lifeSituations: read(root, 'life-situations.json'),
    serviceSets: read(root, 'service-sets.json'),
    specialDays: read(root, 'special-days.json'),
    gazetteer: read(root, 'gazetteer.json'),
    everydayPhrases: read(root, 'everyday-phrases.json'),
  });
  if (root === dataDir()) cached = catalog;
  return catalog;
}
