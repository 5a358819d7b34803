// The checks data:refresh makes before writing anything, and the guard for curated values.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  checkDownload,
  configFromEnv,
  DEFAULT_CONFIG,
  varisDownloads,
  vpvkacCsvDownload,
  type Download,
} from '../../../src/import/refresh-sources.ts';
import { describeChanges, keepCurated } from '../../../src/import/refresh-review.ts';
import { unzipEntry } from '../../../src/import/zip.ts';
import type { Place } from '../../../src/lib/schema/index.ts';

const csv = (file: string, columns?: string[]): Download => ({
  source: 'data.gov.lv varis-atvertie-dati',
  url: `https://example.org/${file}`,
  file,
  kind: 'csv',
  columns,
});
const HEADER = 'KODS,TIPS_CD,NOSAUKUMS,VKUR_CD,STATUSS,ATRIB';

describe('checkDownload', () => {
  it.each([
    [
      'an empty file',
      csv('aw_novads.csv', ['KODS']),
      '',
      /aw_novads\.csv \(https:\/\/example\.org\/aw_novads\.csv\) is empty/,
    ],
    ['only a byte-order mark', csv('aw_novads.csv', ['KODS']), '\ufeff\n', /is empty/],
    [
      'a changed column',
      csv('aw_novads.csv', ['KODS', 'ATRIB']),
      'KODS,NOSAUKUMS\n1,A\n',
      /column\(s\) ATRIB missing from the header \(KODS, NOSAUKUMS\) — the published format has changed/,
    ],
    ['a header and no rows', csv('aw_novads.csv', ['KODS']), `${HEADER}\n`, /has a header but no rows/],
    [
      'a malformed row',
      csv('aw_novads.csv', ['KODS']),
      `${HEADER}\n1,2,3,4,EKS,5\n1,2,3\n1,2,3,4,EKS,5\n`,
      /malformed row at line 3 \(3 fields, the header has 6\)/,
    ],
    [
      'a row cut off at the end',
      csv('aw_novads.csv', ['KODS']),
      `${HEADER}\n1,2,3,4,EKS,5\n1,2,3`,
      /ends in the middle of line 3 \(3 of 6 fields\): truncated download/,
    ],
    [
      'a quote cut off at the end',
      csv('aw_novads.csv', ['KODS']),
      `${HEADER}\n1,2,"Aglo`,
      /ends inside a quoted field that starts at line 2: truncated download/,
    ],
    [
      'JSON cut off',
      {
        source: 'python-holidays',
        url: 'https://example.org/LV_COMMON.json',
        file: 'LV_COMMON.json',
        kind: 'json',
      } as Download,
      '{"2026-01-01": "New Ye',
      /not valid JSON \(truncated download\?\)/,
    ],
    [
      'JSON of another shape',
      {
        source: 'python-holidays',
        url: 'https://example.org/LV_COMMON.json',
        file: 'LV_COMMON.json',
        kind: 'json',
      } as Download,
      '[1, 2]',
      /format changed/,
    ],
    [
      'a page cut off',
      {
        source: 'pakalpojumucentri.lv VPVKAC table',
        url: 'https://example.org/vpvkac',
        file: 'p.html',
        kind: 'html',
      } as Download,
      '<html><body><table><tr><td><strong>X',
      /does not end with <\/html>/,
    ],
    [
      'a page without centre rows',
      {
        source: 'pakalpojumucentri.lv VPVKAC table',
        url: 'https://example.org/vpvkac',
        file: 'p.html',
        kind: 'html',
      } as Download,
      '<html><body>Apkope</body></html>',
      /no centre rows/,
    ],
    [
      'a gettext file cut off',
      { source: 'python-holidays', url: 'https://example.org/LV.po', file: 'LV.po', kind: 'po' } as Download,
      'msgid "a"\nmsgstr "b"\nmsgid "c"\n',
      /2 msgid but 1 msgstr entries \(truncated download\?\)/,
    ],
  ])('refuses %s, naming source and file', (_what, d, body, error) => {
    const r = checkDownload(d, Buffer.from(body));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(error);
    expect(!r.ok && r.error).toContain(d.source);
  });

  it('accepts a well-formed file and returns its text', () => {
    const body = `${HEADER}\n1,113,Aglonas nov.,100000000,DEL,0604300\n`;
    expect(checkDownload(csv('aw_novads.csv', ['KODS', 'STATUSS']), Buffer.from(body))).toEqual({
      ok: true,
      text: body,
    });
  });
});

describe('ZIP entries', () => {
  /** A one-entry ZIP as GeoNames writes it (deflate). */
  function zip(name: string, data: Buffer): Buffer {
    const body = deflateRawSync(data);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(0, 42);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + n.length, 12);
    end.writeUInt32LE(30 + n.length + body.length, 16);
    return Buffer.concat([local, n, body, central, n, end]);
  }
  const text = Buffer.from('LV\tLV-1001\tRīga\tRīga\t\t\t\t\t\t56.95\t24.1\t4\n');

  it('reads the entry by name, and says what is wrong with a damaged archive', () => {
    const z = zip('LV.txt', text);
    expect(unzipEntry(z, 'lv.txt')).toEqual({ ok: true, data: text });
    expect(unzipEntry(z, 'readme.txt')).toEqual({ ok: false, error: 'no readme.txt in the archive' });
    expect(unzipEntry(z.subarray(0, 40), 'LV.txt')).toEqual({
      ok: false,
      error: 'not a ZIP archive, or truncated (no end-of-archive record)',
    });
  });
});

describe('the catalogue answers', () => {
  const answer = (resources: object[]) => JSON.stringify({ success: true, result: { resources } });

  it('finds the register files by the file name at the end of their URL and names a missing required one', () => {
    const r = varisDownloads(
      answer([
        { url: 'https://data.gov.lv/dati/dataset/x/resource/a/download/aw_pilseta.csv', format: 'CSV' },
        { url: 'https://data.gov.lv/x/aw_eka_his.csv' },
      ]),
    );
    expect(r.downloads.map((d) => d.file)).toEqual(['aw_pilseta.csv']);
    expect(r.errors).toEqual(['data.gov.lv varis-atvertie-dati: the dataset no longer lists aw_novads.csv']);
    expect(varisDownloads('<html>').errors).toEqual([
      "data.gov.lv varis-atvertie-dati: the catalogue's answer is not JSON (truncated or changed?)",
    ]);
    expect(varisDownloads(JSON.stringify({ success: false })).errors[0]).toMatch(/answered success=false/);
  });

  it('takes the newest CSV of vpvkac-kontakti', () => {
    const r = vpvkacCsvDownload(
      answer([
        { url: 'https://x/old.csv', format: 'CSV', last_modified: '2022-01-01' },
        { url: 'https://x/new.csv', format: 'CSV', last_modified: '2023-11-08' },
        { url: 'https://x/list.xlsx', format: 'XLSX', last_modified: '2024-01-01' },
      ]),
    );
    expect(r.downloads.map((d) => d.url)).toEqual(['https://x/new.csv']);
  });

  it('takes its base URLs from the environment', () => {
    expect(configFromEnv({})).toEqual(DEFAULT_CONFIG);
    expect(configFromEnv({ PIEEJAMS_CKAN_API: 'http://127.0.0.1:8080/api/3/action/' }).ckanApi).toBe(
      'http://127.0.0.1:8080/api/3/action',
    );
  });
});

describe('curated values', () => {
  const OFFICIAL = 'https://www.pakalpojumucentri.lv/vpvkac';
  const place = (over: Partial<Place>): Place => ({
    id: 'vpvkac-x',
    type: 'vpvkac',
    name: { lv: 'X VPVKAC', en: { text: 'X', origin: 'ours' } },
    institution: null,
    address: 'Lielā iela 1, X',
    postcode: null,
    municipality: '0027000',
    country: 'LV',
    city: 'X',
    coordinates: null,
    openingHours: null,
    hoursPublished: null,
    appointmentOnly: null,
    phone: '66954818',
    email: null,
    appointmentUrl: null,
    services: [],
    serviceSets: [],
    access: { stepFree: null, accessibleToilet: null, parking: null, hearingLoop: null, signLanguage: null },
    languages: [],
    sources: [{ url: 'https://example.lv/page', title: null }],
    checked: '2026-12-02',
    ...over,
  });

  it('keeps a curated value the official data contradicts, fills what was unknown, and lets official-only records follow the source', () => {
    const curated = place({});
    const officialOnly = place({ id: 'vpvkac-y', sources: [{ url: OFFICIAL, title: null }] });
    const after = [
      place({ phone: '66954819', email: 'x@pakalpojumucentri.lv' }),
      place({ id: 'vpvkac-y', phone: '66954819', sources: [{ url: OFFICIAL, title: null }] }),
    ];
    const r = keepCurated([curated, officialOnly], after, new Set([OFFICIAL]));
    expect(r.conflicts).toEqual([{ id: 'vpvkac-x', field: 'phone', curated: '66954818', official: '66954819' }]);
    expect(r.places[0]).toMatchObject({ phone: '66954818', email: 'x@pakalpojumucentri.lv' });
    expect(r.places[1]!.phone).toBe('66954819');
  });

  it('reports per record what was added, removed and changed, and counts check-date-only changes', () => {
    const lines = describeChanges(
      'places/vpvkac.json',
      [place({}), place({ id: 'b' }), place({ id: 'c' })],
      [place({ phone: '1234' }), place({ id: 'c', checked: '2026-12-03' }), place({ id: 'd' })],
      (p) => p.id,
    );
    expect(lines).toEqual([
      '  changed  places/vpvkac.json vpvkac-x: phone "66954818" → "1234"',
      '  added    places/vpvkac.json d',
      '  removed  places/vpvkac.json b',
      '  places/vpvkac.json: 1 record(s) unchanged but for the new check date',
    ]);
  });
});
