// Validates the generated data files (run `node src/import/cli.ts /work/shared/data/raw` first).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GazetteerEntry, Municipality, SpecialDay } from '../../../src/lib/schema/municipality.ts';

const load = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url)), 'utf8'));
const municipalities = z.array(Municipality).parse(load('municipalities.json'));
const gazetteer = z.array(GazetteerEntry).parse(load('gazetteer.json'));
const specialDays = z.array(SpecialDay).parse(load('special-days.json'));

describe('data/municipalities.json', () => {
  it('has exactly the 42 current municipalities: 35 novadi and 7 state cities', () => {
    expect(municipalities).toHaveLength(42);
    expect(municipalities.filter((m) => m.kind === 'novads')).toHaveLength(35);
    expect(municipalities.filter((m) => m.kind === 'valstspilseta').map((m) => m.atvk)).toEqual([
      '0001000', '0002000', '0003000', '0004000', '0005000', '0006000', '0007000',
    ]);
  });
  it.each([['atvk'], ['slug']] as const)('has unique %s values', (field) => {
    expect(new Set(municipalities.map((m) => m[field])).size).toBe(42);
  });
  it('has Madonas novads (0038001) with Varakļānu novads and 0038000 as aliases', () => {
    const m = municipalities.find((x) => x.atvk === '0038001')!;
    expect(m.name.lv).toBe('Madonas novads');
    expect(m.aliases).toEqual(expect.arrayContaining([{ name: 'Varakļānu novads', atvk: '0055000' }, { name: 'Madonas novads', atvk: '0038000' }]));
  });
});

describe('data/gazetteer.json', () => {
  const atvks = new Set(municipalities.map((m) => m.atvk));
  it('has unique ids', () => expect(new Set(gazetteer.map((e) => e.id)).size).toBe(gazetteer.length));
  it('places every entry in one of the 42 municipalities', () => {
    expect(gazetteer.filter((e) => !atvks.has(e.municipality))).toEqual([]);
  });
  it.each([
    ['town-rujiena', 'Rūjiena', '0054000'],
    ['postcode-lv-4240', 'LV-4240', '0054000'],
    ['city-riga', 'Rīga', '0001000'],
  ])('has %s (%s in %s)', (id, name, municipality) => {
    expect(gazetteer.find((e) => e.id === id)).toMatchObject({ name, municipality });
  });
  it('has every state city and town of the register (7 + 75)', () => {
    expect(gazetteer.filter((e) => e.kind === 'city')).toHaveLength(7);
    expect(gazetteer.filter((e) => e.kind === 'town')).toHaveLength(75);
  });
  it('is sorted by id', () => {
    const ids = gazetteer.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });
});

describe('data/special-days.json', () => {
  it('covers 2024–2030 only, sorted, one record per date and kind', () => {
    const keys = specialDays.map((d) => `${d.date} ${d.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(specialDays.every((d) => d.date >= '2024-01-01' && d.date <= '2030-12-31')).toBe(true);
    expect(keys).toEqual([...keys].sort());
  });
  it.each(['2025-05-02', '2026-01-02', '2026-06-22'])('%s is a transferred day off', (date) => {
    expect(specialDays.find((d) => d.date === date)?.kind).toBe('transferred-day-off');
  });
  it.each(['2025-05-10', '2025-11-08', '2026-01-17', '2026-06-27'])('%s is a working Saturday with a likumi.lv source', (date) => {
    const d = specialDays.find((x) => x.date === date);
    expect(d?.kind).toBe('working-saturday');
    expect(d?.source).toMatch(/^https:\/\/likumi\.lv\/ta\/id\//);
  });
});
