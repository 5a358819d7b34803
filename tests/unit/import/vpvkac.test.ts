// VPVKAC importers: the pakalpojumucentri.lv table (a real row) and the data.gov.lv CSV (a layout fixture).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOpeningHours } from '../../../src/lib/hours/opening-hours.ts';
import type { Place } from '../../../src/lib/schema/place.ts';
import {
  decodeEntities,
  PAKALPOJUMUCENTRI_URL,
  parsePakalpojumucentri,
} from '../../../src/import/pakalpojumucentri.ts';
import {
  buildLookups,
  centreId,
  latvianHoursToOsm,
  mergeCentres,
  parseAddress,
} from '../../../src/import/vpvkac-common.ts';
import { DEFAULT_LAYOUT, layoutFromHeader, parseVpvkacCsv, VPVKAC_CSV_URL } from '../../../src/import/vpvkac-csv.ts';
import { fixture } from './helpers.ts';

const load = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url)), 'utf8'));
const lookups = buildLookups(load('municipalities.json') as never, load('gazetteer.json') as never);

const GROBINA_HOURS =
  'Mo 08:30-12:00,12:20-17:00; Tu 08:30-12:00,12:30-19:00; We-Th 08:30-12:00,12:20-17:00; Fr 08:30-14:00';

describe('Latvian weekday lines → opening_hours', () => {
  it('turns the real Grobiņa lines into the strict subset, merging equal days', () => {
    const r = latvianHoursToOsm([
      'Pirmdiena: 8:30 - 12:00; 12:20 - 17:00',
      'Otrdiena: 8:30 - 12:00; 12:30 - 19:00',
      'Trešdiena: 8:30 - 12:00; 12:20 - 17:00',
      'Ceturtdiena: 8:30 - 12:00; 12:20 - 17:00',
      'Piektdiena: 8:30 - 14:00',
    ]);
    expect(r).toEqual({ ok: true, hours: GROBINA_HOURS });
    expect(parseOpeningHours(GROBINA_HOURS).ok).toBe(true);
  });

  it.each([
    // variants quoted in OSMLatvija/Osmalyzer's notes on the same table
    [['Ceturtdiena: 8:00 – 17.00'], 'Th 08:00-17:00'],
    [['Otrdiena: 8:00 - 13:00 ; 15:00-17:30'], 'Tu 08:00-13:00,15:00-17:30'],
    [['Piektdiena 8:00 - 12:00; 12:30 - 15:30'], 'Fr 08:00-12:00,12:30-15:30'],
    [['Pirmdiena: 9:00 - 17:00', 'Otrdiena: 9:00 - 17:00', 'Piektdiena: Slēgts'], 'Mo-Tu 09:00-17:00'],
    [[], null],
  ])('%j → %s', (lines, expected) => {
    expect(latvianHoursToOsm(lines)).toEqual({ ok: true, hours: expected });
  });

  it.each([
    [['Ziemas darba laiks', '(1.oktobris - 31.maijs)', 'Pirmdiena: Slēgts']],
    [['Sestdiena: 10:00 - 14:00 (no septembra līdz maijam)']],
    [['Katra mēneša otrā trešdiena - metodiskā diena']],
    [['Pirmdiena: 17:00 - 08:00']],
  ])('refuses what the subset cannot say: %j', (lines) => {
    expect(latvianHoursToOsm(lines).ok).toBe(false);
  });
});

describe('Latvian address lines', () => {
  it.each([
    [['Lielā iela 54', 'Grobiņas pilsēta', 'Dienvidkurzemes nov.', 'LV-3430'], '0027000', 'Grobiņa', 'LV-3430'],
    [
      ['Alauksta iela 4', 'Vecpiebalga', 'Vecpiebalgas pag.', 'Cēsu nov.', 'LV-4122'],
      '0026000',
      'Vecpiebalga',
      'LV-4122',
    ],
    [['Gaismas iela 19', 'k.9-1', 'Ķekavas pilsēta', 'Ķekavas nov.', 'LV-2123'], '0034000', 'Ķekava', 'LV-2123'],
    [['Brīvības gatve 455', 'Rīga', 'LV-1024'], '0001000', 'Rīga', 'LV-1024'],
  ])('%j → municipality %s, town %s, postcode %s', (lines, atvk, city, postcode) => {
    const r = parseAddress(lines, lookups);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ municipality: atvk, city, postcode, address: lines.join(', ') });
    expect(r.value.coordinates?.precision).toBe('postcode');
  });

  it('reports an unknown municipality', () => {
    expect(parseAddress(['Iela 1', 'Nekurienes nov.', 'LV-9999'], lookups)).toEqual({
      ok: false,
      error: 'unknown municipality "Nekurienes nov."',
    });
  });
});

describe('pakalpojumucentri.lv table (real Grobiņa row)', () => {
  const html = fixture('pakalpojumucentri/row.html');
  const r = parsePakalpojumucentri(html, 'vpvkac.html', lookups);

  it('reads the row without problems', () => {
    expect(r.problems).toEqual([]);
    expect(r.rowsSeen).toBe(1);
    expect(r.notYetOpen).toEqual([]);
  });

  it('reads name, address, hours, e-mail and phone', () => {
    expect(r.centres).toHaveLength(1);
    const c = r.centres[0]!;
    expect(c).toMatchObject({
      line: 5,
      name: 'Dienvidkurzemes novada Grobiņas pilsētas VPVKAC',
      email: 'grobina@pakalpojumucentri.lv',
      phone: '66954818',
      openingHours: GROBINA_HOURS,
      address: {
        address: 'Lielā iela 54, Grobiņas pilsēta, Dienvidkurzemes nov., LV-3430',
        postcode: 'LV-3430',
        municipality: '0027000',
        city: 'Grobiņa',
      },
    });
    expect(centreId(c)).toBe('vpvkac-grobina');
  });

  it('reports a centre that is not open yet and does not import it', () => {
    const future = html.replace('Novadu nozīmes attīstības centrs', 'Tiks atvērts 2027. gada janvārī');
    const f = parsePakalpojumucentri(future, 'vpvkac.html', lookups);
    expect(f.centres).toEqual([]);
    expect(f.notYetOpen).toEqual([
      { line: 5, name: 'Dienvidkurzemes novada Grobiņas pilsētas VPVKAC', text: 'Tiks atvērts 2027. gada janvārī' },
    ]);
  });

  it('reports a row with an unreadable address, with its line number', () => {
    const bad = html.replace('Dienvidkurzemes nov.', 'Nekurienes nov.');
    const b = parsePakalpojumucentri(bad, 'vpvkac.html', lookups);
    expect(b.centres).toEqual([]);
    expect(b.problems).toEqual([
      {
        file: 'vpvkac.html',
        line: 5,
        message:
          '"Dienvidkurzemes novada Grobiņas pilsētas VPVKAC": unknown municipality "Nekurienes nov."; row skipped',
      },
    ]);
  });

  it('keeps the hours as published text, and says so, when they cannot be read', () => {
    const odd = html.replace('Piektdiena: 8:30 - 14:00', 'Piektdiena: pēc pieraksta');
    const o = parsePakalpojumucentri(odd, 'vpvkac.html', lookups);
    expect(o.centres[0]!.openingHours).toBeNull();
    expect(o.centres[0]!.hoursText).toMatch(
      /^Pirmdiena: 8:30 - 12:00; 12:20 - 17:00\n[\s\S]*\nPiektdiena: pēc pieraksta$/,
    );
    expect(o.problems[0]!.message).toMatch(
      /opening hours not read into the weekly form .*the text is kept and shown as published/,
    );
  });

  it('says when the page has no centre rows at all', () => {
    expect(parsePakalpojumucentri('<html></html>', 'vpvkac.html', lookups).problems).toEqual([
      { file: 'vpvkac.html', line: 0, message: 'no centre rows found (has the page layout changed?)' },
    ]);
  });

  it('decodes the entities the site uses', () => {
    expect(decodeEntities('Aug&scaron;daugavas novada Vi&scaron;ķu pagasta&nbsp;VPVKAC')).toBe(
      'Augšdaugavas novada Višķu pagasta VPVKAC',
    );
  });
});

describe('vpvkac-kontakti CSV (LAYOUT FIXTURE, not a real download)', () => {
  const r = parseVpvkacCsv(fixture('vpvkac-csv/LAYOUT-FIXTURE-2023-11.csv'), 'vpvkac-kontakti.csv', lookups);

  it('uses the documented column positions', () => {
    expect(
      layoutFromHeader([
        'Nr.',
        '',
        '',
        '',
        'Nosaukums',
        '',
        'Īsais nosaukums',
        'Adrese',
        'Darba laiks',
        '',
        'Tālrunis',
        'E-pasts',
      ]),
    ).toEqual(DEFAULT_LAYOUT);
  });

  it('reads a centre spread over its weekday rows', () => {
    expect(r.centres).toHaveLength(1);
    expect(r.centres[0]).toMatchObject({
      line: 2,
      name: 'Dienvidkurzemes novada Grobiņas pilsētas VPVKAC',
      email: 'grobina@pakalpojumucentri.lv',
      phone: '66954818',
      openingHours: GROBINA_HOURS,
      address: { postcode: 'LV-3430', municipality: '0027000', city: 'Grobiņa' },
    });
  });

  it('reports the malformed centre with its line and skips the padding rows silently', () => {
    expect(r.problems).toEqual([
      { file: 'vpvkac-kontakti.csv', line: 7, message: '"TEST ROW WITHOUT AN ADDRESS": no address; row skipped' },
    ]);
  });
});

describe('merging imported centres into data/places/vpvkac.json', () => {
  const html = fixture('pakalpojumucentri/row.html');
  const [grobina] = parsePakalpojumucentri(html, 'vpvkac.html', lookups).centres;
  const source = { url: PAKALPOJUMUCENTRI_URL, title: 'pakalpojumucentri.lv' };
  const base = (over: Partial<Place>): Place => ({
    id: 'vpvkac-x',
    type: 'vpvkac',
    name: { lv: 'X', en: { text: 'X', origin: 'ours' } },
    institution: null,
    address: null,
    postcode: null,
    municipality: '0027000',
    country: 'LV',
    city: null,
    coordinates: null,
    openingHours: null,
    hoursPublished: null,
    appointmentOnly: null,
    phone: null,
    email: null,
    appointmentUrl: null,
    services: [],
    serviceSets: ['vpvkac-basket'],
    access: { stepFree: null, accessibleToilet: null, parking: null, hearingLoop: null, signLanguage: null },
    languages: [],
    sources: [{ url: 'https://example.org/old', title: null }],
    checked: '2026-01-01',
    ...over,
  });

  it('adds a new centre with the postcode point, the basket and the page as source', () => {
    const m = mergeCentres([], [grobina!], source, '2026-11-26');
    expect(m.diff.added).toEqual(['vpvkac-grobina']);
    expect(m.places[0]).toMatchObject({
      id: 'vpvkac-grobina',
      type: 'vpvkac',
      serviceSets: ['vpvkac-basket'],
      municipality: '0027000',
      postcode: 'LV-3430',
      coordinates: { precision: 'postcode' },
      sources: [source],
      checked: '2026-11-26',
    });
  });

  it('updates a centre matched by e-mail, keeping its id, name and exact point', () => {
    const old = base({
      id: 'vpvkac-grobinas-pilseta',
      email: 'grobina@pakalpojumucentri.lv',
      coordinates: { lat: 56.5, lon: 21.1, precision: 'exact' },
    });
    const m = mergeCentres([old], [grobina!], source, '2026-11-26');
    expect(m.diff).toMatchObject({ added: [], removed: [], changed: ['vpvkac-grobinas-pilseta'] });
    expect(m.places[0]).toMatchObject({
      id: 'vpvkac-grobinas-pilseta',
      name: old.name,
      openingHours: GROBINA_HOURS,
      coordinates: old.coordinates,
    });
    expect(m.places[0]!.sources.map((s) => s.url)).toEqual([PAKALPOJUMUCENTRI_URL, 'https://example.org/old']);
  });

  it('removes a centre only this source listed, keeps one from other sources and names it', () => {
    const gone = base({ id: 'vpvkac-gone', sources: [source] });
    const other = base({ id: 'vpvkac-other' });
    const m = mergeCentres([gone, other], [grobina!], source, '2026-11-26');
    expect(m.diff.removed).toEqual(['vpvkac-gone']);
    expect(m.notInSource).toEqual(['vpvkac-other']);
  });

  it('cites the data.gov.lv dataset for the CSV', () => {
    expect(VPVKAC_CSV_URL).toBe('https://data.gov.lv/dati/lv/dataset/vpvkac-kontakti');
  });
});
