// Reads data/ from disk at build time and hands it to the pure validator.
// The data folder can be swapped with PIEEJAMS_DATA_DIR (the synthetic benchmark catalogue uses it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateCatalog, type Catalog } from '../lib/catalog/validate.ts';
import { parseDataFile, type RawFile } from '../lib/catalog/data-file.ts';
import { buildDay } from './build-time.ts';

export function dataDir(): string {
  return process.env.PIEEJAMS_DATA_DIR ?? join(process.cwd(), 'data');
}

/** A file's records, or its problems (empty, a BOM, not JSON, wrong shape) for the one report. */
function readJson(root: string, path: string, list: boolean): RawFile {
  return parseDataFile(relative(join(root, '..'), path), readFileSync(path, 'utf8'), list);
}

/** A JSON file (array of records) or a folder of JSON files (one or many records each). */
function read(root: string, name: string): RawFile[] {
  const folder = join(root, name);
  if (existsSync(folder) && !name.endsWith('.json')) {
    return readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => readJson(root, join(folder, f), false));
  }
  return existsSync(folder) ? [readJson(root, folder, true)] : [];
}

let cached: Catalog | undefined;

/** The validated catalogue; throws DataError (file, record, field, expectation) on bad data. */
export function loadCatalog(root = dataDir()): Catalog {
  if (cached && root === dataDir()) return cached;
  const catalog = validateCatalog(
    {
      institutions: read(root, 'institutions'),
      services: read(root, 'services'),
      places: read(root, 'places'),
      municipalities: read(root, 'municipalities.json'),
      lifeSituations: read(root, 'life-situations.json'),
      serviceSets: read(root, 'service-sets.json'),
      specialDays: read(root, 'special-days.json'),
      gazetteer: read(root, 'gazetteer.json'),
      everydayPhrases: read(root, 'everyday-phrases.json'),
    },
    { today: buildDay() },
  );
  if (root === dataDir()) cached = catalog;
  return catalog;
}
