// npm run build (src/build/build.ts) on bad data: validation runs first and alone, prints each
// problem once (even with several build processes), and the previous site is left exactly as it
// was. Each case mutates a copy of data/ and builds into a folder that already holds a "previous
// site"; validation fails before Astro starts, so a case takes well under a second. The last case
// runs a real build to show that a good build replaces the previous site as a whole.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const BUILD = join(ROOT, 'src/build/build.ts');
const NODE = join(ROOT, 'node_modules/node/bin/node');
const temp = mkdtempSync(join(tmpdir(), 'pieejams-build-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const SERVICE = 'services/residence-declaration.json';
const INSTITUTION = 'institutions/pmlp.json';
type Json = Record<string, any>;

/** A change to one JSON file of the copied data/. */
const edit = (file: string, change: (record: Json) => void) => (data: string) => {
  const path = join(data, file);
  const record = JSON.parse(readFileSync(path, 'utf8'));
  change(record);
  writeFileSync(path, JSON.stringify(record, null, 2));
};
const text = (file: string, change: (text: string) => string) => (data: string) => {
  const path = join(data, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

/** Every file under dir with its content: the previous site, to compare before and after. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

let n = 0;
/** A copy of data/ changed by `change`, and an outDir holding a small previous site. */
function setUp(change: (data: string) => void): { data: string; out: string } {
  const dir = join(temp, `case-${n++}`);
  const data = join(dir, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  change(data);
  const out = join(dir, 'dist');
  mkdirSync(join(out, 'lv'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>previous site</title>');
  writeFileSync(join(out, 'lv', 'index.html'), '<!doctype html><title>previous lv</title>');
  return { data, out };
}

function build(data: string, out: string, jobs: number) {
  return spawnSync(NODE, [BUILD, '--outDir', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PIEEJAMS_DATA_DIR: data,
      PIEEJAMS_BUILD_JOBS: String(jobs),
      SOURCE_DATE_EPOCH: String(EPOCH),
    },
    timeout: 600_000,
  });
}

// The build's day, fixed for the run so the message can be asserted (the build reads SOURCE_DATE_EPOCH).
const EPOCH = Math.floor(Date.now() / 1000);
const BUILD_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Riga',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date(EPOCH * 1000));

const KEPT = (out: string) => `Nothing was built: validation runs before Astro, and ${out} is as it was.`;

describe('npm run build on bad data', () => {
  it.each([
    [
      'a wrong type',
      edit(SERVICE, (r) => {
        r.processingTime = 12345;
      }),
      [
        'Invalid data: 1 problem in 1 file',
        'data/services/residence-declaration.json',
        '  record "residence-declaration", field "processingTime": expected object, received number 12345',
      ],
    ],
    [
      'a missing field (no follow-on errors from the places that offer the service)',
      edit(SERVICE, (r) => {
        delete r.name;
      }),
      [
        'Invalid data: 1 problem in 1 file',
        'data/services/residence-declaration.json',
        '  record "residence-declaration", field "name": expected object, received nothing (the field is missing)',
      ],
    ],
    [
      'an institution without its id (no follow-on errors from its services)',
      edit(INSTITUTION, (r) => {
        delete r.id;
      }),
      [
        'Invalid data: 1 problem in 1 file',
        'data/institutions/pmlp.json',
        '  record "#1", field "id": expected string, received nothing (the field is missing)',
      ],
    ],
    [
      'a wrong top-level shape',
      text('municipalities.json', () => '{ "municipalities": [] }'),
      [
        'Invalid data: 1 problem in 1 file',
        'data/municipalities.json',
        '  the file: expected a JSON list of records, received object',
      ],
    ],
    [
      'a byte-order mark',
      text(SERVICE, (t) => `\uFEFF${t}`),
      [
        'Invalid data: 1 problem in 1 file',
        'data/services/residence-declaration.json',
        '  the file: expected UTF-8 text without a byte-order mark, received a byte-order mark (U+FEFF) before the JSON: save the file as UTF-8 without BOM',
      ],
    ],
    [
      'an empty file',
      text(SERVICE, () => ''),
      [
        'Invalid data: 1 problem in 1 file',
        'data/services/residence-declaration.json',
        '  the file: expected a JSON record or a list of records, received an empty file',
      ],
    ],
    [
      'a check date in the future',
      edit(SERVICE, (r) => {
        r.checked = '2099-01-01';
      }),
      [
        'Invalid data: 1 problem in 1 file',
        'data/services/residence-declaration.json',
        `  record "residence-declaration", field "checked": expected a date no later than the day of the build (${BUILD_DAY}), received "2099-01-01"`,
      ],
    ],
    [
      'a javascript: source link (it was published as a clickable link)',
      edit(SERVICE, (r) => {
        r.sources[0].url = 'javascript:alert(1)';
      }),
      [
        'Invalid data: 1 problem in 1 file',
        'data/services/residence-declaration.json',
        '  record "residence-declaration", field "sources[0].url": expected an https:// address, received "javascript:alert(1)"',
      ],
    ],
    [
      'two problems in two files',
      (data: string) => {
        edit(SERVICE, (r) => {
          r.kind = 'x';
        })(data);
        edit('places/pmlp.json', (r) => {
          r[0].coordinates = 'Riga';
        })(data);
      },
      [
        'Invalid data: 2 problems in 2 files',
        'data/services/residence-declaration.json',
        '  record "residence-declaration", field "kind": expected one of "e"|"d"|"f", received "x"',
        'data/places/pmlp.json',
        '  record "pmlp-rigas-1-nodala", field "coordinates": expected object, received string "Riga"',
      ],
    ],
  ])('%s: the exact message once, even in 2 processes, and the previous site kept', (_name, change, lines) => {
    const { data, out } = setUp(change);
    const before = tree(out);
    const result = build(data, out, 2);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe([...lines, KEPT(out), ''].join('\n'));
    expect(result.stdout).toBe('');
    expect(tree(out)).toEqual(before);
  });

  it('a good build replaces the previous site as a whole, and leaves no bundle inside', { timeout: 600_000 }, () => {
    const { data, out } = setUp(() => {});
    writeFileSync(join(out, 'stale-page.html'), 'a page the data no longer has');
    const result = build(data, out, 1);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(out, 'stale-page.html'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('previous site');
    expect(existsSync(join(out, 'lv', 'pakalpojumi'))).toBe(true);
    expect(existsSync(join(out, '.prerender'))).toBe(false);
    expect(readdirSync(join(out, '..')).sort()).toEqual(['data', 'dist']);
  });
});
