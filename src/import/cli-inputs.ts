// The downloaded files the importer knows (cli.ts), found in a folder and its subfolders by name
// in any letter case: exact names for the VZD, GeoNames and holiday files, a name pattern for the
// VPVKAC downloads (their names carry dates). The first file found for a name is used.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export const KNOWN = [
  'aw_novads.csv',
  'aw_pilseta.csv',
  'aw_pagasts.csv',
  'aw_ciems.csv',
  'aw_vietu_centroidi.csv',
  'lv-postal-codes.txt',
  'lv-all-features-2017.txt',
  'lv_common.json',
  'lv.en_us.po',
  'aw_eka.csv',
] as const;
export type Known = (typeof KNOWN)[number] | 'vpvkac-csv' | 'vpvkac-html';

/** Files known by a name pattern rather than an exact name (downloads carry dates in their names). */
function patternKey(lower: string): Known | null {
  if (/^vpvkac[-_]kontakti.*\.csv$/.test(lower)) return 'vpvkac-csv';
  if (/^(vpvkac|pakalpojumucentri).*\.html?$/.test(lower)) return 'vpvkac-html';
  return null;
}

export function findFiles(dir: string, found = new Map<Known, string>()): Map<Known, string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findFiles(path, found);
    else {
      const lower = name.toLowerCase();
      const key = (KNOWN as readonly string[]).includes(lower) ? (lower as Known) : patternKey(lower);
      if (key && !found.has(key)) found.set(key, path);
    }
  }
  return found;
}

/** The files found, with how to read one and the name it is reported by (the file name, or the key when absent). */
export interface Inputs {
  files: Map<Known, string>;
  read: (k: Known) => string | undefined;
  name: (k: Known) => string;
}

export function findInputs(folder: string): Inputs {
  const files = findFiles(folder);
  return {
    files,
    read: (k) => (files.has(k) ? readFileSync(files.get(k)!, 'utf8') : undefined),
    name: (k) => (files.has(k) ? basename(files.get(k)!) : k),
  };
}
