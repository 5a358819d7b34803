// npm run data:refresh end to end: the real CLI against a local HTTP server on 127.0.0.1 that
// serves the sources in their published formats (tests/fixtures/refresh/README.md), once as
// published and once for each failure: network error, 404, changed column, malformed row, empty
// file, truncated file. A failure names its source and leaves data/ and the downloads untouched.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fx = (path: string) => readFileSync(join(root, 'tests/fixtures', path));

type Route = { status?: number; body: Buffer | string; headers?: Record<string, string> };
let routes = new Map<string, Route>();
let server: Server;
let base = '';
/** A port nothing listens on (opened, then closed), for the network error. */
let closedPort = 0;

function publishedRoutes(): Map<string, Route> {
  const dl = (file: string) => `${base}/dati/dataset/6b06a7e8/resource/${file.replace(/\W/g, '')}/download/${file}`;
  const varis = ['aw_novads.csv', 'aw_pilseta.csv', 'aw_eka.csv'];
  const packageShow = (resources: object[]) =>
    JSON.stringify({ help: `${base}/api/3/action/help_show?name=package_show`, success: true, result: { resources } });
  const r = new Map<string, Route>([
    [
      '/api/3/action/package_show?id=varis-atvertie-dati',
      {
        body: packageShow(varis.map((f) => ({ url: dl(f), format: 'CSV', name: f }))),
        headers: { 'content-type': 'application/json' },
      },
    ],
    [
      '/api/3/action/package_show?id=vpvkac-kontakti',
      {
        body: packageShow([
          { url: dl('vpvkac_kontakti_2023_aktual_081123.csv'), format: 'CSV', last_modified: '2023-11-08T10:00:00' },
        ]),
      },
    ],
    [new URL(dl('aw_novads.csv')).pathname, { body: fx('refresh/aw_novads.csv') }],
    [new URL(dl('aw_pilseta.csv')).pathname, { body: fx('refresh/aw_pilseta.csv') }],
    [new URL(dl('aw_eka.csv')).pathname, { body: fx('import/vzd-layout/aw_eka.csv') }],
    [
      new URL(dl('vpvkac_kontakti_2023_aktual_081123.csv')).pathname,
      { body: fx('import/vpvkac-csv/LAYOUT-FIXTURE-2023-11.csv') },
    ],
    // The live table says another phone for Grobiņa than the curated record: a conflict.
    [
      '/vpvkac',
      {
        body: fx('refresh/pakalpojumucentri-vpvkac.html').toString('utf8').replace('66954818', '66954819'),
        headers: { 'content-type': 'text/html; charset=utf-8' },
      },
    ],
    ['/holidays/snapshots/countries/LV_COMMON.json', { body: fx('refresh/LV_COMMON.json') }],
    ['/holidays/holidays/locale/en_US/LC_MESSAGES/LV.po', { body: fx('refresh/LV.po') }],
    ['/geonames/zip/LV.zip', { body: fx('refresh/LV.zip'), headers: { 'content-type': 'application/zip' } }],
  ]);
  return r;
}

let work = '';
let dataDir = '';
let downloads = '';

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, n.name);
      if (n.isDirectory()) walk(p);
      else out.set(p, readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function refresh(env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(root, 'src/import/refresh.ts'), '--data', dataDir, '--downloads', downloads],
      {
        env: {
          ...process.env,
          PIEEJAMS_CHECKED: '2026-12-02',
          PIEEJAMS_CKAN_API: `${base}/api/3/action`,
          PIEEJAMS_VPVKAC_TABLE_URL: `${base}/vpvkac`,
          PIEEJAMS_HOLIDAYS_BASE: `${base}/holidays`,
          PIEEJAMS_GEONAMES_BASE: `${base}/geonames`,
          PIEEJAMS_REFRESH_TIMEOUT_MS: '20000',
          ...env,
        },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes.get(req.url ?? '');
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = typeof route.body === 'string' ? Buffer.from(route.body) : route.body;
    res.writeHead(route.status ?? 200, { 'content-length': String(body.length), ...route.headers });
    // A declared length longer than the body: the connection closes mid-download.
    if (route.headers?.['content-length'] && Number(route.headers['content-length']) > body.length) {
      res.write(body);
      res.destroy();
      return;
    }
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
});

afterAll(() => {
  server.close();
});

beforeEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = mkdtempSync(join(tmpdir(), 'pieejams-refresh-test-'));
  dataDir = join(work, 'data');
  downloads = join(work, 'downloads');
  cpSync(join(root, 'data'), dataDir, { recursive: true });
  routes = publishedRoutes();
});

describe('data:refresh against the published formats', () => {
  it('downloads into a dated folder, imports, keeps curated values with a conflict line, reports per record and writes data/', async () => {
    const r = await refresh();
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('✓ data.gov.lv varis-atvertie-dati: aw_eka.csv');
    expect(r.out).toContain('✓ GeoNames postal codes: LV-postal-codes.txt');
    expect(r.out).toContain('Changes, record by record:');
    expect(r.out).toMatch(/changed {2}places\/vpvkac\.json vpvkac-grobina: .*coordinates .*"precision":"address"/);
    expect(r.out).toContain(
      'CONFLICT places/vpvkac.json vpvkac-grobina phone: curated "66954818", official "66954819" — kept the curated value',
    );
    expect(r.out).toMatch(
      /matched {4}vpvkac-grobina: "Lielā iela 54, Grobiņas pilsēta, Dienvidkurzemes nov\., LV-3430" → Lielā iela 54, Grobiņa/,
    );
    expect(r.out).toMatch(
      /special-days\.json: \d+ record\(s\) unchanged but for the new check date|changed {2}special-days\.json/,
    );
    const grobina = (
      JSON.parse(readFileSync(join(dataDir, 'places/vpvkac.json'), 'utf8')) as {
        id: string;
        phone: string;
        coordinates: { precision: string };
      }[]
    ).find((p) => p.id === 'vpvkac-grobina')!;
    expect(grobina.phone).toBe('66954818');
    expect(grobina.coordinates.precision).toBe('address');
    expect(readdirSync(join(downloads, '2026-12-02')).sort()).toEqual([
      'LV-postal-codes.txt',
      'LV.en_US.po',
      'LV_COMMON.json',
      'aw_eka.csv',
      'aw_novads.csv',
      'aw_pilseta.csv',
      'pakalpojumucentri-vpvkac.html',
      'vpvkac-kontakti.csv',
    ]);
  }, 120_000);

  const cut = (b: Buffer, at: number) => b.subarray(0, at);
  const failures: [string, () => void | Record<string, string>, RegExp][] = [
    [
      'a network error',
      () => ({ PIEEJAMS_CKAN_API: `http://127.0.0.1:${closedPort}/api/3/action` }),
      /data\.gov\.lv varis-atvertie-dati: http:\/\/127\.0\.0\.1:\d+\/api\/3\/action\/package_show\?id=varis-atvertie-dati could not be reached \(ECONNREFUSED\)/,
    ],
    [
      'a 404',
      () => void routes.delete('/holidays/holidays/locale/en_US/LC_MESSAGES/LV.po'),
      /python-holidays: http:\/\/127\.0\.0\.1:\d+\/holidays\/holidays\/locale\/en_US\/LC_MESSAGES\/LV\.po answered HTTP 404/,
    ],
    [
      'a dataset that no longer lists a file',
      () =>
        void routes.set('/api/3/action/package_show?id=varis-atvertie-dati', {
          body: JSON.stringify({ success: true, result: { resources: [] } }),
        }),
      /data\.gov\.lv varis-atvertie-dati: the dataset no longer lists aw_novads\.csv/,
    ],
    [
      'a changed column',
      () => {
        const [path, route] = [...routes].find(([p]) => p.endsWith('/aw_eka.csv'))!;
        routes.set(path, { body: (route.body as Buffer).toString('utf8').replace('#STD#', '#ADRESE#') });
      },
      /data\.gov\.lv varis-atvertie-dati: aw_eka\.csv \(.*\): column\(s\) STD missing from the header .* the published format has changed/,
    ],
    [
      'a malformed row',
      () => {
        const [path, route] = [...routes].find(([p]) => p.endsWith('/aw_pilseta.csv'))!;
        const lines = (route.body as Buffer).toString('utf8').split('\n');
        lines[5] = `${lines[5]},"extra"`;
        routes.set(path, { body: lines.join('\n') });
      },
      /data\.gov\.lv varis-atvertie-dati: aw_pilseta\.csv \(.*\): malformed row at line 6 \(15 fields, the header has 14\)/,
    ],
    [
      'an empty file',
      () => void routes.set('/holidays/snapshots/countries/LV_COMMON.json', { body: '' }),
      /python-holidays: LV_COMMON\.json \(.*\) is empty/,
    ],
    [
      'a truncated CSV',
      () => {
        const [path, route] = [...routes].find(([p]) => p.endsWith('/aw_novads.csv'))!;
        routes.set(path, { body: cut(route.body as Buffer, 5000) });
      },
      /data\.gov\.lv varis-atvertie-dati: aw_novads\.csv \(.*\) ends (inside a quoted field that starts at line \d+|in the middle of line \d+ .*): truncated download/,
    ],
    [
      'a truncated page',
      () => {
        const route = routes.get('/vpvkac')!;
        routes.set('/vpvkac', { body: (route.body as string).slice(0, 400) });
      },
      /pakalpojumucentri\.lv VPVKAC table: pakalpojumucentri-vpvkac\.html \(.*\): the page does not end with <\/html> \(truncated download\?\)/,
    ],
    [
      'a download that breaks off',
      () => {
        const route = routes.get('/geonames/zip/LV.zip')!;
        routes.set('/geonames/zip/LV.zip', {
          body: cut(route.body as Buffer, 1000),
          headers: { 'content-length': String((route.body as Buffer).length) },
        });
      },
      /GeoNames postal codes: http:\/\/127\.0\.0\.1:\d+\/geonames\/zip\/LV\.zip (broke off during the download|sent \d+ of \d+ bytes).*truncated/,
    ],
  ];

  it.each(failures)(
    'stops on %s, naming the source, and writes nothing',
    async (_what, setup, message) => {
      const env = setup() ?? {};
      const before = snapshot(dataDir);
      const r = await refresh(env);
      expect(r.code).toBe(1);
      expect(r.err).toContain('data:refresh failed — nothing was written:');
      expect(r.err).toMatch(message);
      expect(snapshot(dataDir)).toEqual(before);
      expect(existsSync(downloads)).toBe(false);
    },
    60_000,
  );
});
