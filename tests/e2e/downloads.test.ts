// The other downloads, read from the built dist/ on disk (no browser; in the e2e project because
// `npm test` builds the site first), each checked against its own standard:
// - places.geojson against RFC 7946 (https://www.rfc-editor.org/rfc/rfc7946): a FeatureCollection
//   of Features with geometry and properties, Points as [longitude, latitude] in WGS-84, no "crs";
//   and every point inside its place's country (Latvia, or the mission's country abroad), which
//   also catches latitude and longitude swapped.
// - the schema.org blocks of every page, as schema.org's validator reads them (every type exists,
//   every property is defined on the node's type or a parent; tests/fixtures/schema-org/), plus
//   what Google requires: name and address for a GovernmentOffice (a LocalBusiness,
//   https://developers.google.com/search/docs/appearance/structured-data/local-business), price and
//   currency for an Offer. Google has no GovernmentService feature; we require the name,
//   description, url, provider and area served that make the block useful to a reader.
// - services.csv and places.csv: UTF-8 with a byte-order mark, and every cell valid against the
//   CSVW table schema published beside the file (<file>.csv-metadata.json).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST } from './serve.mjs';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { parseCsv } from '../../src/import/csv.ts';
import { DOWNLOADS } from '../../src/lib/open-data/downloads.ts';
import { cellConforms, type CsvColumn } from '../../src/lib/open-data/csvw.ts';
import { pathFor, LANGS } from '../../src/lib/site/routes.ts';

const catalog = loadCatalog();
const built = (path: string) => join(DIST, path.replace(/^\//, ''));
const readBuilt = (path: string) => readFileSync(built(path), 'utf8');

describe('places.geojson (RFC 7946)', () => {
  /** ISO 3166-1 alpha-2 → [min lon, min lat, max lon, max lat] (tests/fixtures/country-bounds/). */
  const BOUNDS: Record<string, [string, [number, number, number, number]]> = JSON.parse(
    readFileSync(new URL('../fixtures/country-bounds/bounding-boxes.json', import.meta.url), 'utf8'),
  );
  // The boxes come from 1:110m outlines, which can cut off a country's edge by a few km; 0.2°
  // (about 20 km) absorbs that and still catches a point in the wrong country or lat/lon swapped.
  const MARGIN = 0.2;
  type Feature = {
    type: string;
    id?: unknown;
    geometry: { type: string; coordinates: number[] } | null;
    properties: Record<string, unknown> | null;
  };
  let doc: { type: string; features: Feature[]; crs?: unknown; bbox?: unknown };

  beforeAll(() => {
    doc = JSON.parse(readBuilt(DOWNLOADS.placesGeoJson));
  });

  test('is a FeatureCollection of Features, each with geometry and properties members and a string id, and no "crs"', () => {
    expect(doc.type).toBe('FeatureCollection');
    expect('crs' in doc, 'RFC 7946 §4 removed "crs": coordinates are always WGS-84').toBe(false);
    expect(doc.features).toHaveLength(catalog.places.length);
    for (const f of doc.features) {
      expect(f.type).toBe('Feature');
      expect('geometry' in f && 'properties' in f, String(f.id)).toBe(true);
      expect(typeof f.id).toBe('string');
    }
  });

  test('every geometry is null or a Point of two finite numbers, longitude first, in range', () => {
    for (const f of doc.features) {
      if (f.geometry === null) continue;
      expect(f.geometry.type, String(f.id)).toBe('Point');
      const [lon, lat, ...rest] = f.geometry.coordinates;
      expect(rest, String(f.id)).toEqual([]);
      expect(Number.isFinite(lon) && Number.isFinite(lat), String(f.id)).toBe(true);
      expect(Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90, `${f.id}: [${lon}, ${lat}]`).toBe(true);
    }
  });

  test("every point lies in its place's country: Latvia, or the mission's country abroad", () => {
    const located = doc.features.filter((f) => f.geometry !== null);
    expect(located.length).toBeGreaterThan(0);
    const outside = located.flatMap((f) => {
      const country = String(f.properties?.country);
      const box = BOUNDS[country]?.[1];
      if (!box) return [`${f.id}: no bounding box for country ${country}`];
      const [lon, lat] = f.geometry!.coordinates as [number, number];
      const inside =
        lon >= box[0] - MARGIN && lon <= box[2] + MARGIN && lat >= box[1] - MARGIN && lat <= box[3] + MARGIN;
      return inside ? [] : [`${f.id} (${country}): [${lon}, ${lat}] is outside [${box.join(', ')}]`];
    });
    expect(outside).toEqual([]);
  });
});

describe('schema.org blocks of every page', () => {
  const VOCABULARY: { types: Record<string, string[]>; properties: Record<string, string[]> } = JSON.parse(
    readFileSync(new URL('../fixtures/schema-org/schemaorg-30.0-domains.json', import.meta.url), 'utf8'),
  );
  type Node = Record<string, unknown>;
  const ancestors = (type: string): Set<string> => {
    const out = new Set<string>();
    const visit = (t: string) => {
      if (out.has(t)) return;
      out.add(t);
      for (const parent of VOCABULARY.types[t] ?? []) visit(parent);
    };
    visit(type);
    return out;
  };
  const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
  const values = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

  /** Every schema.org node in a block, with the path to it, for messages. */
  function nodes(value: unknown, path: string, out: { path: string; node: Node }[] = []) {
    for (const [i, v] of values(value).entries()) {
      if (!isNode(v)) continue;
      const here = Array.isArray(value) ? `${path}[${i}]` : path;
      if ('@type' in v) out.push({ path: here, node: v });
      for (const [key, inner] of Object.entries(v)) if (!key.startsWith('@')) nodes(inner, `${here}.${key}`, out);
    }
    return out;
  }

  /** What schema.org's validator says of a node: unknown types, properties not defined on the type. */
  function vocabularyProblems(node: Node): string[] {
    const types = values(node['@type']).map(String);
    const problems = types.filter((t) => !(t in VOCABULARY.types)).map((t) => `unknown type ${t}`);
    const allowed = new Set(types.flatMap((t) => [...ancestors(t)]));
    for (const key of Object.keys(node)) {
      if (key.startsWith('@')) continue;
      const domains = VOCABULARY.properties[key];
      if (!domains) problems.push(`unknown property ${key}`);
      else if (!domains.some((d) => allowed.has(d))) problems.push(`${key} is not a property of ${types.join(', ')}`);
    }
    return problems;
  }

  const has = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
  const REQUIRED: Record<string, (node: Node) => string[]> = {
    GovernmentService: (n) => [
      ...(['name', 'description', 'url', 'provider', 'areaServed'] as const)
        .filter((k) => !has(n[k]))
        .map((k) => `no ${k}`),
      ...(isNode(n.provider) && has(n.provider.name) ? [] : ['provider without a name']),
    ],
    GovernmentOffice: (n) => [
      ...(['name', 'address'] as const).filter((k) => !has(n[k])).map((k) => `no ${k}`),
      ...(isNode(n.address) && n.address['@type'] === 'PostalAddress' && has(n.address.addressCountry)
        ? []
        : ['address is not a PostalAddress with a country']),
    ],
    Offer: (n) => (['price', 'priceCurrency'] as const).filter((k) => !has(n[k])).map((k) => `no ${k}`),
    OpeningHoursSpecification: (n) => [
      ...(['dayOfWeek', 'opens', 'closes'] as const).filter((k) => !has(n[k])).map((k) => `no ${k}`),
      ...[n.opens, n.closes]
        .filter((t) => typeof t === 'string' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(t))
        .map((t) => `time ${t} is not hh:mm`),
    ],
    GeoCoordinates: (n) =>
      typeof n.latitude === 'number' && typeof n.longitude === 'number'
        ? []
        : ['latitude and longitude must be numbers'],
  };

  let blocks: { page: string; data: Node }[];

  beforeAll(() => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) =>
        statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
      );
    blocks = walk(DIST)
      .filter((f) => f.endsWith('.html'))
      .flatMap((file) => {
        const page = `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, '');
        const html = readFileSync(file, 'utf8');
        return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => ({
          page,
          data: JSON.parse(m[1]!) as Node,
        }));
      });
  });

  test('every block is schema.org JSON-LD whose types and properties exist in the vocabulary', () => {
    expect(blocks.length).toBeGreaterThan(0);
    const problems = blocks.flatMap(({ page, data }) => [
      ...(data['@context'] === 'https://schema.org' ? [] : [`${page}: @context is ${String(data['@context'])}`]),
      ...nodes(data, '$').flatMap(({ path, node }) => vocabularyProblems(node).map((p) => `${page} ${path}: ${p}`)),
    ]);
    expect(problems).toEqual([]);
  });

  test('every GovernmentService, GovernmentOffice, Offer, opening-hours and point has what the validators require', () => {
    const problems = blocks.flatMap(({ page, data }) =>
      nodes(data, '$').flatMap(({ path, node }) =>
        values(node['@type']).flatMap((t) =>
          (REQUIRED[String(t)]?.(node) ?? []).map((p) => `${page} ${path} (${String(t)}): ${p}`),
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  test.each(LANGS)('every service and place page (%s) carries exactly one block about itself', (lang) => {
    const about = (path: string, type: string) => blocks.filter((b) => b.page === path && b.data['@type'] === type);
    for (const s of catalog.services) {
      const found = about(pathFor(lang, { kind: 'service', slug: s.slug }), 'GovernmentService');
      expect(
        found.map((b) => b.data.name),
        s.id,
      ).toEqual([lang === 'lv' ? s.name.lv : s.name.en.text]);
    }
    for (const p of catalog.places) {
      const found = about(pathFor(lang, { kind: 'place', slug: p.id }), 'GovernmentOffice');
      expect(
        found.map((b) => b.data.name),
        p.id,
      ).toEqual([lang === 'lv' ? p.name.lv : p.name.en.text]);
    }
  });
});

describe.each([
  { file: DOWNLOADS.servicesCsv, schema: DOWNLOADS.servicesCsvSchema, count: catalog.services.length },
  { file: DOWNLOADS.placesCsv, schema: DOWNLOADS.placesCsvSchema, count: catalog.places.length },
])('$file and its CSVW table schema', ({ file, schema, count }) => {
  type Metadata = {
    '@context': string;
    url: string;
    dialect: { encoding: string; header: boolean };
    tableSchema: {
      columns: (CsvColumn & { titles: string; 'dc:description'?: { '@language': string }[] })[];
      primaryKey: string;
    };
  };
  let bytes: Buffer;
  let metadata: Metadata;

  beforeAll(() => {
    bytes = readFileSync(built(file));
    metadata = JSON.parse(readBuilt(schema));
  });

  test('starts with the UTF-8 byte-order mark', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('the schema is CSVW metadata for this file, every column described in Latvian and English', () => {
    expect(metadata['@context']).toBe('http://www.w3.org/ns/csvw');
    expect(new URL(metadata.url).pathname).toBe(file);
    expect(metadata.dialect).toMatchObject({ encoding: 'utf-8', header: true });
    for (const column of metadata.tableSchema.columns) {
      expect(
        column['dc:description']?.map((d) => d['@language']),
        column.name,
      ).toEqual(['lv', 'en']);
    }
  });

  test("the header is the schema's columns, and every cell has its column's datatype", () => {
    const parsed = parseCsv(bytes.toString('utf8'), file, { delimiter: ',', quote: '"' });
    expect(parsed.problems).toEqual([]);
    const { columns, primaryKey } = metadata.tableSchema;
    expect(parsed.header).toEqual(columns.map((c) => c.titles));
    expect(parsed.rows).toHaveLength(count);
    const bad = parsed.rows.flatMap((row) =>
      columns.flatMap((column, i) =>
        cellConforms(column, row.fields[i] ?? '')
          ? []
          : [
              `line ${row.line}, ${column.name} (${column.datatype}${column.required ? ', required' : ''}): ${JSON.stringify(row.fields[i])}`,
            ],
      ),
    );
    expect(bad).toEqual([]);
    const keys = parsed.rows.map((row) => row.fields[columns.findIndex((c) => c.name === primaryKey)]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe.each(LANGS)("the re-users' data page (%s)", (lang) => {
  const hrefs = (path: string) =>
    [...readBuilt(`${path}index.html`).matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

  test('is linked from "about the data"', () => {
    expect(hrefs(pathFor(lang, { kind: 'about' }))).toContain(pathFor(lang, { kind: 'openData' }));
  });

  test('links every download and its schema, and states the licence', () => {
    const links = hrefs(pathFor(lang, { kind: 'openData' }));
    for (const path of Object.values(DOWNLOADS)) expect(links, path).toContain(path);
    expect(links).toContain('https://creativecommons.org/licenses/by/4.0/');
  });
});
