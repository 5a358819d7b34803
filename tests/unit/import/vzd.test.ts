import { describe, expect, it } from 'vitest';
import { build } from '../../../src/import/gazetteer-build.ts';
import { parseFeatures, parsePostal } from '../../../src/import/geonames.ts';
import { currentMunicipalities, parseVzd } from '../../../src/import/vzd.ts';
import { fixture } from './helpers.ts';

// Real rows copied from the VZD address-register open data (the raw files `node src/import/cli.ts` reads).
const novadi = parseVzd(fixture('vzd/aw_novads.csv'), 'aw_novads.csv');
const pilsetas = parseVzd(fixture('vzd/aw_pilseta.csv'), 'aw_pilseta.csv');
const current = currentMunicipalities(novadi.rows, pilsetas.rows);
const built = build({
  checked: '2026-11-26',
  municipalities: current.municipalities,
  towns: current.towns,
  postal: parsePostal(fixture('geonames/LV-postal-codes.txt'), 'LV-postal-codes.txt').rows,
  features: parseFeatures(fixture('geonames/LV-all-features-2017.txt'), 'LV-all-features-2017.txt').features,
});

describe('VZD fragment → current municipalities', () => {
  it('parses without problems', () => {
    expect([...novadi.problems, ...pilsetas.problems, ...current.problems, ...built.problems]).toEqual([]);
  });

  it('keeps only current (EKS) municipalities: novadi and state cities', () => {
    expect(built.municipalities.map((m) => m.atvk)).toEqual(['0001000', '0020000', '0038001', '0054000']);
  });

  it.each([
    ['0001000', 'riga', 'Rīga', 'Riga', 'valstspilseta'],
    ['0020000', 'aizkraukles-novads', 'Aizkraukles novads', 'Aizkraukle Municipality', 'novads'],
    ['0038001', 'madonas-novads', 'Madonas novads', 'Madona Municipality', 'novads'],
    ['0054000', 'valmieras-novads', 'Valmieras novads', 'Valmiera Municipality', 'novads'],
  ])('%s: slug %s, names %s / %s, kind %s', (atvk, slug, lv, en, kind) => {
    const m = built.municipalities.find((x) => x.atvk === atvk)!;
    expect(m).toMatchObject({ slug, name: { lv, en }, kind });
  });

  it.each([
    ['Madonas novads', '0038000'],
    ['Varakļānu novads', '0055000'],
    ['Varakļānu nov.', '0055000'],
    ['Madonas nov.', null],
  ])('Madonas novads has alias %s (ATVK %s)', (name, atvk) => {
    const madona = built.municipalities.find((x) => x.atvk === '0038001')!;
    expect(madona.aliases).toContainEqual({ name, atvk });
  });

  it('gives Valmieras novads the former state city Valmiera (0250000) as alias', () => {
    expect(built.municipalities.find((x) => x.atvk === '0054000')!.aliases).toContainEqual({
      name: 'Valmiera',
      atvk: '0250000',
    });
  });

  it.each([
    ['0038001', 56.85329, 26.21698], // Madona, GeoNames PPLA
    ['0001000', 56.946, 24.10589], // Rīga, GeoNames PPLC
  ])('centre of %s is its administrative centre town (%f, %f)', (atvk, lat, lon) => {
    expect(built.municipalities.find((x) => x.atvk === atvk)!.centre).toEqual({ lat, lon, precision: 'settlement' });
  });

  it.each([
    ['Varakļāni', '0038001', 'town'],
    ['Rūjiena', '0054000', 'town'],
    ['Rīga', '0001000', 'city'],
  ])('town %s lies in %s (%s)', (name, municipality, kind) => {
    expect(current.towns.find((t) => t.name === name)).toMatchObject({ municipality, kind });
  });
});

describe('malformed VZD rows', () => {
  const header =
    'KODS,TIPS_CD,NOSAUKUMS,VKUR_CD,VKUR_TIPS,APSTIPR,APST_PAK,STATUSS,SORT_NOS,DAT_SAK,DAT_MOD,DAT_BEIG,ATRIB,STD';
  const good =
    '"100016630","113","Aizkraukles nov.","100000000","101","Y","252","EKS","Aizkraukles novads","2021.07.01","2021.06.30","","0020000","Aizkraukles nov."';
  it.each([
    ['too few fields', '"100016630","113","Aizkraukles nov."', 'expected 14 fields, found 3'],
    ['code not a number', good.replace('"100016630"', '"X1"'), 'KODS "X1" is not a number'],
  ])('%s: reported with its line number and skipped', (_label, bad, message) => {
    const r = parseVzd([header, good, bad, good].join('\n'), 'aw_novads.csv');
    expect(r.rows.map((x) => x.line)).toEqual([2, 4]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toEqual({ file: 'aw_novads.csv', line: 3, message: expect.stringContaining(message) });
  });
});
