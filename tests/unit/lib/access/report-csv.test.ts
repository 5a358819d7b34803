import { describe, expect, it } from 'vitest';
import {
  localizedReport,
  reportCsv,
  reportJson,
  reportTable,
  reportTableOf,
} from '../../../../src/lib/access/report-csv.ts';
import { UTF8_BOM as BOM } from '../../../../src/lib/open-data/csv-bom.ts';
import { dimensionTable } from '../../../../src/lib/access/report.ts';
import type { Translate } from '../../../../src/lib/access/text.ts';
import { Institution } from '../../../../src/lib/schema/index.ts';
import type { Catalog } from '../../../../src/lib/catalog/validate.ts';
import { useTranslations } from '../../../../src/i18n/index.ts';
import { SOURCE, catalog as catalogOf, service } from '../../../fixtures/catalog.ts';

const pmlp = Institution.parse({
  id: 'pmlp',
  name: {
    lv: 'Pilsonības un migrācijas lietu pārvalde',
    en: { text: 'Office of Citizenship and Migration Affairs', origin: 'official' },
  },
  abbreviation: 'PMLP',
  website: null,
  phone: null,
  email: null,
  ...SOURCE,
});
const passport = service({ name: { lv: 'Pase, "ātri"', en: { text: 'Passport', origin: 'ours' } } });
const catalog: Catalog = catalogOf({ institutions: [pmlp], services: [passport] });

describe.each([
  ['lv', ['Pakalpojuma ID', 'Pakalpojums', 'Iestāde', 'N3-1 statusa kods'], 'Pilsonības un migrācijas lietu pārvalde'],
  ['en', ['Service ID', 'Service', 'Institution', 'N3-1 status code'], 'Office of Citizenship and Migration Affairs'],
] as const)('the report download in %s', (lang, headers, institutionName) => {
  const table = reportTable(catalog, dimensionTable(catalog), useTranslations(lang) as Translate, lang);

  it('has headers in the language and the institution by name', () => {
    expect(table.columns.slice(0, 4).map((c) => c.label)).toEqual(headers);
    expect(table.columns.length).toBe(3 + 4 * 4);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.slice(0, 3)).toEqual([
      'passport',
      lang === 'lv' ? 'Pase, "ātri"' : 'Passport',
      institutionName,
    ]);
  });

  it('CSV: a byte-order mark, then RFC 4180 through the shared writer', () => {
    const csv = reportCsv(table);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(table.columns.map((c) => c.label).join(','));
    if (lang === 'lv') expect(csv).toContain('"Pase, ""ātri"""');
  });

  it('JSON: the same rows, keyed by stable column keys', () => {
    const json = JSON.parse(reportJson(table, lang));
    expect(json.lang).toBe(lang);
    expect(json.rows).toHaveLength(1);
    expect(json.rows[0].service).toBe('passport');
    expect(json.rows[0].institution).toBe(institutionName);
    expect(Object.values(json.rows[0])).toEqual(table.rows[0]);
    expect(json.rows[0]['N3-4.status']).toBe('not-known');
  });
});

describe('localizedReport', () => {
  const vid = Institution.parse({ ...pmlp, id: 'vid', abbreviation: 'VID' });
  const many: Catalog = {
    ...catalog,
    institutions: [pmlp, vid],
    services: [
      passport,
      service({ id: 'tax', slug: 'tax', institution: 'vid' }),
      service({ id: 'visa', slug: 'visa' }),
    ],
  };
  const t = useTranslations('en') as Translate;
  const report = localizedReport(many, t, 'en');

  it('phrases every service once, in catalogue order, the same as reportTable', () => {
    expect(report.table).toEqual(reportTable(many, dimensionTable(many), t, 'en'));
    expect(reportTableOf(report)).toBe(report.table);
  });

  it.each([
    ['pmlp', ['passport', 'visa']],
    ['vid', ['tax']],
    ['no-services', []],
  ])("one institution's share (%s): its rows of the same table, same columns", (id, services) => {
    const share = reportTableOf(report, id);
    expect(share.columns).toBe(report.table.columns);
    expect(share.rows.map((r) => r[0])).toEqual(services);
    for (const row of share.rows) expect(report.table.rows).toContainEqual(row);
  });
});
