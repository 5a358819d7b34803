// The real data in data/ must pass the same validation the build runs, and hold the facts
// the site promises (42 municipalities, the Varakļāni alias, every service reachable). The files
// the importer generates (municipalities, gazetteer, special days; `node src/import/cli.ts <raw dir>`)
// are also parsed on their own against their schemas.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { placesOffering } from '../../src/lib/catalog/catalog.ts';
import { isBuildingPoint } from '../../src/lib/places/geo.ts';
import { GazetteerEntry, Municipality, SpecialDay } from '../../src/lib/schema/index.ts';
import { messages } from '../../src/i18n/index.ts';

const catalog = loadCatalog();

describe('the data in data/', () => {
  it('validates as the build validates it', () => {
    expect(catalog.services.length).toBeGreaterThanOrEqual(60);
    expect(catalog.places.length).toBeGreaterThan(100);
  });

  it('has all 42 municipalities since 1 July 2025, Madona with the Varakļāni alias', () => {
    expect(catalog.municipalities).toHaveLength(42);
    expect(catalog.municipalities.filter((m) => m.kind === 'valstspilseta')).toHaveLength(7);
    const madona = catalog.municipalities.find((m) => m.atvk === '0038001');
    expect(madona?.name.lv).toBe('Madonas novads');
    expect(madona?.aliases.map((a) => a.name)).toContain('Varakļānu novads');
  });

  it('marks every English service name as official or ours, and most are ours', () => {
    const official = catalog.services.filter((s) => s.name.en.origin === 'official');
    expect(official.length).toBeLessThan(catalog.services.length / 2);
  });

  it('gives every municipality at least one in-person place', () => {
    const withPlace = new Set(catalog.places.map((p) => p.municipality));
    expect(catalog.municipalities.filter((m) => !withPlace.has(m.atvk)).map((m) => m.name.lv)).toEqual([]);
  });

  it('offers passports at PMLP divisions', () => {
    const passport = catalog.services.find((s) => s.id === 'passport-eid')!;
    expect(placesOffering(catalog, passport).some((p) => p.institution === 'pmlp')).toBe(true);
  });

  it.each([
    ['birth-registration', 'citizenship-child-born-abroad'],
    ['passport-eid', 'foreigner-eid'],
    ['unemployed-status', 'unemployment-benefit'],
  ])('relates %s and %s both ways, so no answer ends in a dead end', (a, b) => {
    const related = (id: string) => catalog.services.find((s) => s.id === id)!.related.map((r) => r.service);
    expect(related(a)).toContain(b);
    expect(related(b)).toContain(a);
  });

  it('never lists internet-bank login for the state portal (gone since 2025)', () => {
    for (const s of catalog.services) {
      for (const c of [...s.requestChannels, ...s.receiptChannels]) {
        if (c.type === 'e-service' && c.provider === 'portal')
          expect(c.needs.authentication, s.id).not.toContain('institution-login');
      }
    }
  });

  it("knows the Cabinet's transferred day off 2026-01-02 and a working Saturday", () => {
    expect(catalog.specialDays.find((d) => d.date === '2026-01-02')?.kind).toBe('transferred-day-off');
    expect(catalog.specialDays.some((d) => d.kind === 'working-saturday')).toBe(true);
  });

  it('gives every in-person place in Latvia a point, so the finder can rank it', () => {
    expect(catalog.places.filter((p) => p.country === 'LV' && p.coordinates === null).map((p) => p.id)).toEqual([]);
  });

  it('marks coordinates from a postcode or settlement as approximate, never exact', () => {
    // A point that is the centre of a postcode area or settlement in the gazetteer came from that area.
    const areaCentres = new Set(catalog.gazetteer.map((e) => `${e.lat} ${e.lon}`));
    const onAreaCentre = catalog.places.filter(
      (p) => p.coordinates && areaCentres.has(`${p.coordinates.lat} ${p.coordinates.lon}`),
    );
    expect(onAreaCentre.length, 'places placed at a postcode or settlement centre').toBeGreaterThan(0);
    expect(
      onAreaCentre.filter((p) => isBuildingPoint(p.coordinates!)).map((p) => `${p.id} (${p.coordinates!.precision})`),
    ).toEqual([]);
    // The place page says "approximate location" with one sentence per precision (PlaceView.astro): each exists.
    const approximate = new Set(
      catalog.places.flatMap((p) =>
        p.coordinates && !isBuildingPoint(p.coordinates) ? [p.coordinates.precision] : [],
      ),
    );
    for (const strings of Object.values(messages) as Record<string, string>[]) {
      expect(strings['place.approximate']).toBeTruthy();
      for (const precision of approximate) expect(strings[`place.approximate.${precision}`], precision).toBeTruthy();
    }
  });
});

const load = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/${name}`, import.meta.url)), 'utf8'));
const municipalities = z.array(Municipality).parse(load('municipalities.json'));
const gazetteer = z.array(GazetteerEntry).parse(load('gazetteer.json'));
const specialDays = z.array(SpecialDay).parse(load('special-days.json'));

describe('data/municipalities.json', () => {
  it('has exactly the 42 current municipalities: 35 novadi and 7 state cities', () => {
    expect(municipalities).toHaveLength(42);
    expect(municipalities.filter((m) => m.kind === 'novads')).toHaveLength(35);
    expect(municipalities.filter((m) => m.kind === 'valstspilseta').map((m) => m.atvk)).toEqual([
      '0001000',
      '0002000',
      '0003000',
      '0004000',
      '0005000',
      '0006000',
      '0007000',
    ]);
  });
  it.each([['atvk'], ['slug']] as const)('has unique %s values', (field) => {
    expect(new Set(municipalities.map((m) => m[field])).size).toBe(42);
  });
  it('has Madonas novads (0038001) with Varakļānu novads and 0038000 as aliases', () => {
    const m = municipalities.find((x) => x.atvk === '0038001')!;
    expect(m.name.lv).toBe('Madonas novads');
    expect(m.aliases).toEqual(
      expect.arrayContaining([
        { name: 'Varakļānu novads', atvk: '0055000' },
        { name: 'Madonas novads', atvk: '0038000' },
      ]),
    );
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
  it.each(['2025-05-10', '2025-11-08', '2026-01-17', '2026-06-27'])(
    '%s is a working Saturday with a likumi.lv source',
    (date) => {
      const d = specialDays.find((x) => x.date === date);
      expect(d?.kind).toBe('working-saturday');
      expect(d?.source).toMatch(/^https:\/\/likumi\.lv\/ta\/id\//);
    },
  );
});
