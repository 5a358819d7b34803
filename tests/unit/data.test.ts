// The real data in data/ must pass the same validation the build runs, and hold the facts
// the site promises (42 municipalities, the Varakļāni alias, every service reachable).
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { placesOffering } from '../../src/lib/catalog/catalog.ts';

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
        if (c.type === 'e-service' && c.provider === 'portal') expect(c.needs.authentication, s.id).not.toContain('institution-login');
      }
    }
  });

  it('knows the Cabinet\'s transferred day off 2026-01-02 and a working Saturday', () => {
    expect(catalog.specialDays.find((d) => d.date === '2026-01-02')?.kind).toBe('transferred-day-off');
    expect(catalog.specialDays.some((d) => d.kind === 'working-saturday')).toBe(true);
  });

  it('gives every in-person place in Latvia a point, so the finder can rank it (issue 14)', () => {
    expect(catalog.places.filter((p) => p.country === 'LV' && p.coordinates === null).map((p) => p.id)).toEqual([]);
  });

  it('marks coordinates from a postcode or settlement as approximate, never exact', () => {
    for (const p of catalog.places) {
      if (p.coordinates?.precision === 'exact') expect(p.sources.length, p.id).toBeGreaterThan(0);
    }
    expect(catalog.places.filter((p) => p.coordinates?.precision === 'postcode').length).toBeGreaterThan(0);
  });
});
