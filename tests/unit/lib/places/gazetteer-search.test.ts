// Place search as people type it. A fixture of real entries (copied from data/gazetteer.json)
// always runs; the same questions are asked of the whole gazetteer when the file is there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editDistance, searchGazetteer, suggest } from '../../../../src/lib/places/gazetteer-search.ts';
import type { GazetteerEntry } from '../../../../src/lib/schema/index.ts';

/** Entries as data/gazetteer.json has them (all from GeoNames, imported 2026-11-26). */
const e = (
  id: string,
  name: string,
  kind: GazetteerEntry['kind'],
  municipality: string,
  lat: number,
  lon: number,
  precision: GazetteerEntry['precision'] = 'settlement',
): GazetteerEntry => ({
  id,
  name,
  kind,
  municipality,
  lat,
  lon,
  precision,
  source: 'geonames',
  checked: '2026-11-26',
});

const FIXTURE: GazetteerEntry[] = [
  e('city-riga', 'Rīga', 'city', '0001000', 56.946, 24.10589),
  e('city-daugavpils', 'Daugavpils', 'city', '0002000', 55.88333, 26.53333),
  e('city-ventspils', 'Ventspils', 'city', '0007000', 57.38988, 21.57288),
  e('town-rujiena', 'Rūjiena', 'town', '0054000', 57.89752, 25.33155),
  e('town-salacgriva', 'Salacgrīva', 'town', '0035000', 57.75361, 24.35806),
  e('town-salaspils', 'Salaspils', 'town', '0045000', 56.86014, 24.36544),
  e('town-sigulda', 'Sigulda', 'town', '0048000', 57.15194, 24.86472),
  e('town-jekabpils', 'Jēkabpils', 'town', '0031000', 56.49903, 25.85735),
  e('postcode-lv-4240', 'LV-4240', 'postcode', '0054000', 57.876, 25.3362, 'postcode'),
  e('postcode-lv-4201', 'LV-4201', 'postcode', '0054000', 57.5411, 25.4275, 'postcode'),
];

const names = (entries: GazetteerEntry[]) => entries.map((x) => `${x.name}:${x.kind}`);

describe('searchGazetteer (fixture)', () => {
  it.each([
    ['rujiena', ['Rūjiena:town']],
    ['RŪJIENA', ['Rūjiena:town']],
    ['  rūj ', ['Rūjiena:town']],
    ['LV-4240', ['LV-4240:postcode']],
    ['lv4240', ['LV-4240:postcode']],
    ['lv 4240', ['LV-4240:postcode']],
    ['4240', ['LV-4240:postcode']],
    ['42', ['LV-4201:postcode', 'LV-4240:postcode']],
    ['lv', []],
    ['riga', ['Rīga:city']],
    ['sala', ['Salacgrīva:town', 'Salaspils:town']],
    ['pils', ['Daugavpils:city', 'Ventspils:city', 'Jēkabpils:town', 'Salaspils:town']],
    ['jekab', ['Jēkabpils:town']],
    ['', []],
    ['zzz', []],
  ])('"%s" → %j', (query, expected) => {
    expect(names(searchGazetteer(FIXTURE, query, 10))).toEqual(expected);
  });

  it('honours the limit', () => {
    expect(searchGazetteer(FIXTURE, 'pils', 2)).toHaveLength(2);
    expect(searchGazetteer(FIXTURE, 'pils', 0)).toEqual([]);
  });
});

describe('suggest (fixture)', () => {
  it.each([
    ['Rujena', ['Rūjiena']],
    ['daugavpiels', ['Daugavpils']],
    ['Jekabpis', ['Jēkabpils']],
    ['Siguda', ['Sigulda']],
    ['xyzzy', []],
  ])('"%s" → %j', (query, expected) => {
    expect(suggest(FIXTURE, query).map((x) => x.name)).toEqual(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['rujena', 'rujiena', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('gives up past the limit', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

const FILE = 'data/gazetteer.json';
describe('with data/gazetteer.json', () => {
  const all = JSON.parse(readFileSync(FILE, 'utf8')) as GazetteerEntry[];

  it.each([
    ['rujiena', 'Rūjiena:town'],
    ['LV-4240', 'LV-4240:postcode'],
    ['lv4240', 'LV-4240:postcode'],
    ['4240', 'LV-4240:postcode'],
    ['riga', 'Rīga:city'],
    ['daugavpils', 'Daugavpils:city'],
    ['jekabpils', 'Jēkabpils:town'],
    ['ventsp', 'Ventspils:city'],
  ])('"%s" puts %s first', (query, first) => {
    expect(names(searchGazetteer(all, query, 10))[0]).toBe(first);
  });

  it('ranks exact, then prefix, then word prefix, then contains', () => {
    const results = searchGazetteer(all, 'sala', 50);
    const rankOf = (x: GazetteerEntry) => {
      const n = x.name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
      return n === 'sala' ? 0 : n.startsWith('sala') ? 1 : n.includes(' sala') ? 2 : 3;
    };
    const ranks = results.map(rankOf);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const prefix = results.filter((x) => rankOf(x) === 1);
    // Towns (Salacgrīva, Salaspils) before parishes and villages of the same rank.
    expect(prefix.slice(0, 2).map((x) => x.kind)).toEqual(['town', 'town']);
  });

  it('suggests Rūjiena for "Rujena"', () => {
    expect(suggest(all, 'Rujena')[0]?.name).toBe('Rūjiena');
  });

  it('suggests each name once', () => {
    const suggestions = suggest(all, 'Lici', 10).map((x) => x.name);
    expect(new Set(suggestions).size).toBe(suggestions.length);
  });
});
