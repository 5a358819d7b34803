// Nearest-places benchmark, figures only — no timed assertions:
// 1. nearest-10 among 10 000 synthetic points spread over Latvia (kdbush + geokdbush), mean and p95;
// 2. the JavaScript a service page loads before the map is shown (module scripts and island
//    components of the built HTML, with their static imports; dynamic import() not followed), gzip;
// 3. the map chunk (src/islands/leaflet-map.ts with Leaflet and its CSS), gzip;
// 4. the static data files the finder fetches when a person starts choosing, raw and gzip.
// Run: npm run bench:nearest [-- <built site folder>] (default: $PIEEJAMS_DIST or dist/).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildPlaceIndex, nearestPlaces, type Locatable } from '../../src/lib/places/nearest.ts';
import { LATVIA_BOUNDS } from '../../src/lib/places/geo.ts';
import { random } from '../fixtures/random.ts';

const POINTS = 10_000;
const QUERIES = 2_000;
const LIMIT = 10;

const rand = random(4240);
const point = () => ({
  lat: LATVIA_BOUNDS.south + rand() * (LATVIA_BOUNDS.north - LATVIA_BOUNDS.south),
  lon: LATVIA_BOUNDS.west + rand() * (LATVIA_BOUNDS.east - LATVIA_BOUNDS.west),
});
const places: Locatable[] = Array.from({ length: POINTS }, () => ({
  coordinates: { ...point(), precision: 'exact' as const },
}));

const buildStart = performance.now();
const index = buildPlaceIndex(places);
const buildMs = performance.now() - buildStart;

const origins = Array.from({ length: QUERIES }, point);
for (const o of origins.slice(0, 200)) nearestPlaces(index, o, { limit: LIMIT }); // warm up
const times = origins.map((o) => {
  const t = performance.now();
  nearestPlaces(index, o, { limit: LIMIT });
  return performance.now() - t;
});
times.sort((a, b) => a - b);
const mean = times.reduce((s, t) => s + t, 0) / times.length;
const p95 = times[Math.floor(times.length * 0.95)]!;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

console.log(
  `nearest-${LIMIT} among ${POINTS} synthetic points (${QUERIES} queries, load average ${loadavg()[0]!.toFixed(2)})`,
);
console.log(`  index build ${buildMs.toFixed(1)} ms; query mean ${mean.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms`);

// ---- The built site ------------------------------------------------------------------------

const root = resolve(
  process.argv[2] ?? process.env.PIEEJAMS_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url)),
);
if (!existsSync(join(root, 'index.html'))) {
  console.log(`\nNo built site in ${root}: build first (npm run build) for the page-weight figures.`);
  process.exit(0);
}

/** Static imports of a built chunk: `from"./x.js"` and `import"./x.js"` (not `import("./x.js")`). */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) found.add(m[1]!);
  return [...found].map((spec) => (spec.startsWith('/') ? join(root, spec) : resolve(file, '..', spec)));
}

function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

function pageScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) urls.add(m[1]!);
  for (const m of html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) urls.add(m[1]!);
  return [...urls].filter((u) => u.startsWith('/')).map((u) => join(root, u));
}

/** Inline <script> bodies (Astro's island loader) count too; JSON-LD and other data blocks are not JavaScript. */
function inlineScripts(html: string): string {
  return [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1])
    .join('\n');
}

const servicePage = join(root, 'lv', 'pakalpojumi', 'residence-declaration', 'index.html');
const html = readFileSync(servicePage, 'utf8');
const files = closure(pageScripts(html));
const external = [...files].reduce((s, f) => s + gz(readFileSync(f)), 0);
const inline = gz(inlineScripts(html));
console.log(`\nJavaScript a service page loads before the map is shown (${servicePage.replace(root, '')}):`);
for (const f of [...files].sort()) console.log(`  ${f.replace(root, '')}  ${kb(gz(readFileSync(f)))} gzip`);
console.log(`  inline scripts  ${kb(inline)} gzip`);
console.log(`  total ${kb(external + inline)} gzip (each file gzipped on its own)`);

const astroDir = join(root, '_astro');
const mapChunks = readdirSync(astroDir).filter((f) => f.startsWith('leaflet'));
const mapFiles = closure(mapChunks.filter((f) => f.endsWith('.js')).map((f) => join(astroDir, f)));
const mapOnly = [...mapFiles].filter((f) => !files.has(f));
const mapCss = mapChunks.filter((f) => f.endsWith('.css')).map((f) => join(astroDir, f));
const mapBytes = [...mapOnly, ...mapCss].map((f) => readFileSync(f));
console.log(
  `\nMap chunk (loaded on "Show map"): ${[...mapOnly, ...mapCss].map((f) => f.replace(root, '')).join(', ')}`,
);
console.log(
  `  ${kb(mapBytes.reduce((s, b) => s + b.length, 0))} raw, ${kb(mapBytes.reduce((s, b) => s + gz(b), 0))} gzip (Leaflet, its CSS and marker images inlined)`,
);

console.log('\nData the finder fetches when a person starts choosing:');
for (const name of ['places-compact.json', 'gazetteer-compact.json', 'abroad-compact.json']) {
  const path = join(root, 'data', name);
  if (!existsSync(path)) continue;
  const bytes = readFileSync(path);
  console.log(`  /data/${name}  ${kb(bytes.length)} raw, ${kb(gz(bytes))} gzip`);
}
