// Every web address in data/ is well formed, and every one the site shows as a link is https
// (no network: this reads the files only). Source addresses (sources[].url, source) record where
// a fact was read; a few pages are known only at a plain http address, and such a source says
// why in its httpReason.
// Table-driven over every URL-valued field, found by walking the JSON, so a new field is
// covered without touching this test.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const DATA = join(process.cwd(), 'data');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.json') ? [path] : [];
  });
}

interface FoundUrl {
  /** e.g. data/services/visa.json [0].requestChannels[2].url */
  where: string;
  value: string;
  /** True for where a fact was read; false for a link people follow. */
  isSource: boolean;
  /** A source that says why it is plain http (its httpReason). */
  httpReason: boolean;
}

/** Keys whose text is prose, never an address, even when it mentions one. */
const PROSE_KEYS = new Set(['title', 'lv', 'en', 'text', 'note', 'notes', 'name', 'summary', 'description']);

function collect(
  value: unknown,
  path: (string | number)[],
  file: string,
  out: FoundUrl[],
  owner?: Record<string, unknown>,
): void {
  if (typeof value === 'string') {
    const key = path.at(-1);
    if (typeof key === 'string' && PROSE_KEYS.has(key)) return;
    if (!/^\s*[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/(^|[^a-z])(url|website)$/i.test(String(key))) return;
    const parent = path.at(-2);
    const isSource =
      key === 'source' ||
      key === 'sourceUrl' ||
      (key === 'url' && typeof parent === 'number' && path.at(-3) === 'sources');
    const where = `${relative(process.cwd(), file)} ${path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')
      .replace(/^\./, '')}`;
    out.push({ where, value, isSource, httpReason: isSource && typeof owner?.httpReason === 'string' });
    return;
  }
  if (Array.isArray(value)) value.forEach((item, i) => collect(item, [...path, i], file, out));
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value))
      collect(inner, [...path, key], file, out, value as Record<string, unknown>);
}

const found: FoundUrl[] = [];
for (const file of files(DATA)) collect(JSON.parse(readFileSync(file, 'utf8')), [], file, found);

/** Why a URL is not well formed, or null when it is. */
function problem(value: string, httpAllowed: boolean): string | null {
  if (value !== value.trim() || /\s/.test(value)) return 'has white space';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'does not parse as a URL';
  }
  if (url.protocol !== 'https:' && !(httpAllowed && url.protocol === 'http:'))
    return `is ${url.protocol} (expected https${httpAllowed ? ' or http' : ''})`;
  if (url.username || url.password) return 'carries a user name or password';
  if (!/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(url.hostname))
    return `has no proper host name (${url.hostname})`;
  if (url.port) return `names a port (${url.port})`;
  return null;
}

describe('web addresses in data/', () => {
  it('finds the address fields (the walk works)', () => {
    expect(found.filter((u) => !u.isSource).length).toBeGreaterThan(50);
    expect(found.filter((u) => u.isSource).length).toBeGreaterThan(50);
  });

  it('every link people follow is a well-formed https URL', () => {
    const bad = found
      .filter((u) => !u.isSource)
      .flatMap((u) => {
        const why = problem(u.value, false);
        return why ? [`${u.where} = ${u.value}: ${why}`] : [];
      });
    expect(bad).toEqual([]);
  });

  it('every source address is a well-formed https URL, or http with the reason beside it', () => {
    const bad = found
      .filter((u) => u.isSource)
      .flatMap((u) => {
        const why = problem(u.value, u.httpReason);
        return why ? [`${u.where} = ${u.value}: ${why}`] : [];
      });
    expect(bad).toEqual([]);
  });

  it.each([
    ['https://www.pmlp.gov.lv/lv/pakalpojumi', false, null],
    ['http://www.csp.gov.lv/', true, null],
    ['http://www.csp.gov.lv/', false, 'is http: (expected https)'],
    ['https://example .lv/', false, 'has white space'],
    ['https://localhost/x', false, 'has no proper host name (localhost)'],
    ['https://user:pw@pmlp.gov.lv/', false, 'carries a user name or password'],
    ['www.pmlp.gov.lv', false, 'does not parse as a URL'],
  ] as const)('problem(%s, http allowed: %s) = %s', (value, httpAllowed, expected) => {
    expect(problem(value, httpAllowed)).toBe(expected);
  });
});
