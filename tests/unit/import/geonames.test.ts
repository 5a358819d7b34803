import { describe, expect, it } from 'vitest';
import { build } from '../../../src/import/gazetteer-build.ts';
import { admin1Resolver, parseFeatures, parsePostal } from '../../../src/import/geonames.ts';
import { currentMunicipalities, parseVzd } from '../../../src/import/vzd.ts';
import { fixture } from './helpers.ts';

// Real rows copied from the GeoNames and VZD downloads (the raw files `node src/import/cli.ts` reads).
const current = currentMunicipalities(
  parseVzd(fixture('vzd/aw_novads.csv'), 'aw_novads.csv').rows,
  parseVzd(fixture('vzd/aw_pilseta.csv'), 'aw_pilseta.csv').rows,
);
const postal = parsePostal(fixture('geonames/LV-postal-codes.txt'), 'LV-postal-codes.txt');
const features = parseFeatures(fixture('geonames/LV-all-features-2017.txt'), 'LV-all-features-2017.txt');
const out = build({
  checked: '2026-11-26',
  municipalities: current.municipalities,
  towns: current.towns,
  postal: postal.rows,
  features: features.features,
});
const byId = new Map(out.gazetteer.map((e) => [e.id, e]));

describe('GeoNames admin1 → current municipality', () => {
  const resolve = admin1Resolver(current.municipalities, current.towns);
  it.each([
    ['Madonas nov.', '0038001'],
    ['Varakļānu nov.', '0038001'],
    ['Riga', '0001000'],
    ['Valmiera', '0054000'],
    ['Valmieras nov.', '0054000'],
    ['Aizkraukles nov.', '0020000'],
    ['Nekurienes nov.', null],
  ])('%s → %s', (admin1, atvk) => {
    expect(resolve(admin1)).toBe(atvk);
  });
});

describe('GeoNames postal fragment → postcode entries', () => {
  it('parses the fragment without problems', () => {
    expect([...postal.problems, ...features.problems, ...out.problems]).toEqual([]);
  });

  it.each([
    ['postcode-lv-1050', 'LV-1050', '0001000', 56.946, 24.1059],
    ['postcode-lv-4240', 'LV-4240', '0054000', 57.876, 25.3362],
    ['postcode-lv-4201', 'LV-4201', '0054000', 57.5411, 25.4275],
    // two rows: the mean of (56.6448, 25.2299) and (56.6048, 25.2553)
    ['postcode-lv-5101', 'LV-5101', '0020000', 56.6248, 25.2426],
    // Varakļānu nov. is now part of Madonas novads
    ['postcode-lv-4835', 'LV-4835', '0038001', 56.6681, 26.562],
  ])('%s: %s in %s at (%f, %f)', (id, name, municipality, lat, lon) => {
    expect(byId.get(id)).toEqual({
      id,
      name,
      kind: 'postcode',
      municipality,
      lat,
      lon,
      precision: 'postcode',
      source: 'geonames',
      checked: '2026-11-26',
    });
  });

  it.each([
    ['town-rujiena', 'Rūjiena', 'town', '0054000', 'settlement'],
    ['town-varaklani', 'Varakļāni', 'town', '0038001', 'settlement'],
    ['city-riga', 'Rīga', 'city', '0001000', 'settlement'],
    ['parish-konu-pagasts', 'Ķoņu pagasts', 'parish', '0054000', 'settlement'],
    ['parish-murmastienes-pagasts', 'Murmastienes pagasts', 'parish', '0038001', 'postcode'],
    ['village-murmastiene-madonas-novads', 'Murmastiene', 'village', '0038001', 'settlement'],
    ['village-stirniene-madonas-novads', 'Stirniene', 'village', '0038001', 'postcode'],
    // the 2017 dump has Eriņi as a populated place near the postal row: its own point wins
    ['village-erini-valmieras-novads', 'Eriņi', 'village', '0054000', 'settlement'],
  ])('%s: %s (%s) in %s, precision %s', (id, name, kind, municipality, precision) => {
    expect(byId.get(id)).toMatchObject({ name, kind, municipality, precision });
  });

  it('does not turn parish-name rows ("Varakļānu" in Varakļānu pag.) into villages', () => {
    expect(out.gazetteer.some((e) => e.kind === 'village' && e.name === 'Varakļānu')).toBe(false);
  });

  it('reports a malformed postal row with its line number and skips it', () => {
    const text = fixture('geonames/LV-postal-codes.txt').split('\n');
    text.splice(2, 0, 'LV\tLV-9999\tBroken\tRiga\t25\t\t\t\t\tnot-a-number\t24.1\t4');
    text.splice(4, 0, 'LV\tLV-9998\ttoo few fields');
    const r = parsePostal(text.join('\n'), 'LV-postal-codes.txt');
    expect(r.rows).toHaveLength(postal.rows.length);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [3, expect.stringContaining('not numbers')],
      [5, expect.stringContaining('expected 12')],
    ]);
  });
});
