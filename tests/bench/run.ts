// Build and page-weight benchmark: `npm run bench`. Prints figures, asserts nothing.
// 1. Builds the site from data/ into a temporary folder (timed).
// 2. Per page type (home, service, place, municipality, access report) and language: HTML bytes
//    raw and gzip; CSS and JavaScript loaded before any interaction (gzip), found by following the
//    page's <link rel=stylesheet>, <link rel=modulepreload>, <script type=module src> and the
//    islands that hydrate on load/idle, then every static import of those files; JavaScript of
//    islands that wait to be scrolled into view; JavaScript loaded when the map opens.
// 3. Builds a synthetic catalogue of 5 000 services and 2 000 places (tests/bench/synthetic-catalog.ts)
//    and prints how build time grows.
// 4. Runs the other bench scripts of package.json (bench:search, bench:nearest) when present.
// Budgets it reports against: service page HTML ≤ 40 KB gzip, JS before interaction ≤ 20 KB gzip,
// synthetic build ≤ 60 s on 2 cores. Timings depend on what else the machine is doing: the load
// average is printed with them.
// Options: --dist <dir> measures an existing build instead of building (no build times);
//          --no-synthetic skips the synthetic build; --no-others skips the other bench scripts;
//          --runs <n> builds the synthetic catalogue n times and judges the median (a shared
//          2-core machine gave the same build 42–64 s within minutes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LANGS, pathFor, type Lang, type PageRef } from '../../src/lib/site/routes.ts';
import { firstPlaceId } from '../e2e/site.ts';
import { writeSyntheticCatalog } from './synthetic-catalog.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD = join(ROOT, 'src/build/build.ts');
const BUDGET = { serviceHtmlGzip: 40 * 1024, jsBeforeInteractionGzip: 20 * 1024, syntheticBuildSeconds: 60 };

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Runs `npm run build`'s script into outDir with extra env; returns wall-clock seconds, or throws with the log tail. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function build(outDir: string, env: Record<string, string> = {}): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [BUILD, '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0)
    throw new Error(
      `astro build failed (${outDir}):\n${`${result.stdout}\n${result.stderr}`.split('\n').slice(-30).join('\n')}`,
    );
  return seconds;
}

/** A file of the build by its site path, e.g. /_astro/x.js, or null. */
function readBuilt(dist: string, sitePath: string): Buffer | null {
  const file = join(dist, decodeURI(sitePath.split(/[?#]/)[0]));
  return existsSync(file) ? readFileSync(file) : null;
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=<>/]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
    out[m[1].toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&');
  return out;
}

/** Static imports (import/export … from "x", import "x") and dynamic import("x") of a JS module, as site paths. */
function importsOf(code: string, from: string): { statics: string[]; dynamics: string[] } {
  const resolvePath = (spec: string) => new URL(spec, `http://x${from}`).pathname;
  const statics = [
    ...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g),
  ].map((m) => resolvePath(m[1]));
  const dynamics = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g)].map((m) => resolvePath(m[1]));
  // Vite lists a lazy chunk's dependencies (JS and CSS) in __vite__mapDeps, relative to the site root.
  const mapDeps = /__vite__mapDeps=.*?m\.f=\[([^\]]*)\]/.exec(code);
  if (mapDeps)
    for (const m of mapDeps[1].matchAll(/["'`]([^"'`]+)["'`]/g)) dynamics.push(`/${m[1].replace(/^\//, '')}`);
  // A stylesheet URL in the code (imported with ?url and added as a <link> when needed, as the map does).
  for (const m of code.matchAll(/["'`](\/_astro\/[^"'`]+\.css)["'`]/g)) dynamics.push(m[1]);
  return { statics, dynamics };
}

interface Closure {
  js: Set<string>;
  css: Set<string>;
  /** Modules imported dynamically from the closure (loaded on demand, not counted). */
  lazy: Set<string>;
}

/** Every file loaded when the given modules load: their static imports, recursively. */
function closure(dist: string, roots: string[], css: string[] = []): Closure {
  const result: Closure = { js: new Set(), css: new Set(css), lazy: new Set() };
  const queue = [...roots];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (path.endsWith('.css')) {
      result.css.add(path);
      continue;
    }
    if (result.js.has(path)) continue;
    result.js.add(path);
    const code = readBuilt(dist, path)?.toString('utf8');
    if (!code) continue;
    const { statics, dynamics } = importsOf(code, path);
    queue.push(...statics);
    for (const d of dynamics) result.lazy.add(d);
  }
  for (const path of result.js) result.lazy.delete(path);
  for (const path of result.css) result.lazy.delete(path);
  return result;
}

function gzipTotal(dist: string, paths: Iterable<string>): number {
  let total = 0;
  for (const path of paths) {
    const data = readBuilt(dist, path);
    if (data) total += gz(data);
  }
  return total;
}

interface PageFigures {
  htmlRaw: number;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  jsFiles: number;
  /** JS of client:visible islands (loaded when scrolled into view). */
  visibleJsGzip: number;
  /** JS added when the map opens, or null when the page has no map. */
  mapJsGzip: number | null;
  mapCssGzip: number | null;
}

function measurePage(dist: string, sitePath: string): PageFigures | null {
  const html = readBuilt(dist, `${sitePath}index.html`);
  if (!html) return null;
  const text = html.toString('utf8');
  const css: string[] = [];
  const eager: string[] = [];
  const visible: string[] = [];
  const maps: string[] = [];
  for (const [tag] of text.matchAll(/<(?:link|script|astro-island)\b[^>]*>/gi)) {
    const a = attrs(tag);
    if (tag.startsWith('<link') && a.rel === 'stylesheet' && a.href) css.push(a.href);
    else if (tag.startsWith('<link') && a.rel === 'modulepreload' && a.href) eager.push(a.href);
    else if (tag.startsWith('<script') && a.src && a.type === 'module') eager.push(a.src);
    else if (tag.startsWith('<astro-island')) {
      const urls = [a['component-url'], a['renderer-url']].filter(Boolean);
      const isMap = /map/i.test(a['component-url'] ?? '');
      if (isMap) maps.push(...urls);
      if (a.client === 'visible' || isMap) visible.push(...urls);
      else eager.push(...urls);
    }
  }
  // Inline module scripts may import files too.
  for (const m of text.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/gi))
    eager.push(...importsOf(m[1], '/').statics);
  const before = closure(dist, eager, css);
  const later = closure(dist, visible);
  const laterOnly = [...later.js].filter((p) => !before.js.has(p));
  let mapJsGzip: number | null = null;
  let mapCssGzip: number | null = null;
  if (maps.length > 0) {
    // The map island plus everything it imports on demand (Leaflet and its CSS), minus what is loaded already.
    // Follow on-demand imports (and the CSS Vite lists for them) until nothing new appears.
    let opened = closure(dist, maps);
    for (let size = -1; size !== opened.js.size + opened.css.size;) {
      size = opened.js.size + opened.css.size;
      const lazy = [...opened.lazy];
      opened = closure(
        dist,
        [...opened.js, ...lazy.filter((p) => p.endsWith('.js'))],
        [...opened.css, ...lazy.filter((p) => p.endsWith('.css'))],
      );
    }
    mapJsGzip = gzipTotal(
      dist,
      [...opened.js].filter((p) => !before.js.has(p)),
    );
    mapCssGzip = gzipTotal(
      dist,
      [...opened.css].filter((p) => !before.css.has(p)),
    );
  }
  return {
    htmlRaw: html.length,
    htmlGzip: gz(html),
    cssGzip: gzipTotal(dist, before.css),
    jsGzip: gzipTotal(dist, before.js),
    jsFiles: before.js.size,
    visibleJsGzip: gzipTotal(dist, laterOnly),
    mapJsGzip,
    mapCssGzip,
  };
}

/** The page types measured. */
function pageTypes(): { name: string; ref: PageRef }[] {
  return [
    { name: 'home', ref: { kind: 'home' } },
    { name: 'service', ref: { kind: 'service', slug: 'passport-eid' } },
    { name: 'place', ref: { kind: 'place', slug: firstPlaceId() } },
    { name: 'municipality', ref: { kind: 'municipality', slug: 'riga' } },
    { name: 'report', ref: { kind: 'accessReport' } },
  ];
}

function printPages(dist: string): void {
  console.log('\nPage weight (gzip level 9; "before interaction" = stylesheets, module scripts, modulepreloads,');
  console.log('client:load/idle islands and their static imports; on-demand imports are not counted)');
  const header = [
    'page',
    'lang',
    'HTML raw',
    'HTML gzip',
    'CSS gzip',
    'JS gzip (files)',
    'JS visible/map island',
    'JS+CSS map opens',
  ];
  const rows: string[][] = [];
  const notes: string[] = [];
  const over: string[] = [];
  for (const { name, ref } of pageTypes()) {
    for (const lang of LANGS as readonly Lang[]) {
      const path = pathFor(lang, ref);
      const f = measurePage(dist, path);
      if (!f) {
        notes.push(`${name} ${lang}: ${path} is not in the build (page not built yet) — skipped`);
        continue;
      }
      rows.push([
        name,
        lang,
        kb(f.htmlRaw),
        kb(f.htmlGzip),
        kb(f.cssGzip),
        `${kb(f.jsGzip)} (${f.jsFiles})`,
        f.visibleJsGzip ? kb(f.visibleJsGzip) : '–',
        f.mapJsGzip === null ? 'no map' : `${kb(f.mapJsGzip)} + ${kb(f.mapCssGzip ?? 0)}`,
      ]);
      if (name === 'service' && f.htmlGzip > BUDGET.serviceHtmlGzip)
        over.push(`service ${lang} HTML ${kb(f.htmlGzip)} > ${kb(BUDGET.serviceHtmlGzip)}`);
      if (f.jsGzip > BUDGET.jsBeforeInteractionGzip)
        over.push(`${name} ${lang} JS before interaction ${kb(f.jsGzip)} > ${kb(BUDGET.jsBeforeInteractionGzip)}`);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  for (const note of notes) console.log(`  note: ${note}`);
  console.log(
    over.length === 0
      ? `Budgets: service HTML ≤ ${kb(BUDGET.serviceHtmlGzip)} gzip, JS before interaction ≤ ${kb(BUDGET.jsBeforeInteractionGzip)} gzip: all within.`
      : `Over budget:\n  ${over.join('\n  ')}`,
  );
}

function runOtherBenches(): void {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  for (const name of ['bench:search', 'bench:nearest']) {
    if (!scripts[name]) {
      console.log(`\n${name}: no such script yet — skipped`);
      continue;
    }
    console.log(`\n=== npm run ${name} ===`);
    const result = spawnSync('npm', ['run', '--silent', name], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) console.log(`${name} exited with ${result.status}`);
  }
}

console.log(
  `Pieejams benchmark — ${availableParallelism()} cores, load average ${load()} (1/5/15 min), Node ${process.version}`,
);
console.log(
  `Builds run as ${process.env.PIEEJAMS_BUILD_JOBS ?? Math.min(availableParallelism(), 4)} parallel astro processes (src/build/build.ts; PIEEJAMS_BUILD_JOBS to change).`,
);
// Build folders inside the project (node_modules/.cache, ignored by git): Astro puts the
// prerender bundle of a build whose outDir lies outside the working directory in the shared
// <root>/.astro/.prerender/, so two such builds at once (other people's, or ours) break each other.
mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
const temp = mkdtempSync(join(ROOT, 'node_modules/.cache/pieejams-bench-'));
try {
  const existing = option('--dist');
  let dist: string;
  let realSeconds: number | null = null;
  if (existing) {
    dist = resolve(existing);
    console.log(`Measuring the existing build in ${dist} (no build times).`);
  } else {
    dist = join(temp, 'dist');
    console.log('Building the site from data/ …');
    realSeconds = build(dist);
    console.log(`Build (real data): ${realSeconds.toFixed(1)} s (load average after: ${load()})`);
  }
  printPages(dist);

  if (!flag('--no-synthetic')) {
    const data = join(temp, 'synthetic-data');
    const counts = writeSyntheticCatalog(data);
    console.log(
      `\nBuilding a synthetic catalogue of ${counts.services} services and ${counts.places} places in two languages …`,
    );
    const runs = Math.max(1, Number(option('--runs') ?? 1) || 1);
    const times: number[] = [];
    for (let run = 1; run <= runs; run++) {
      rmSync(join(temp, 'synthetic-dist'), { recursive: true, force: true });
      times.push(build(join(temp, 'synthetic-dist'), { PIEEJAMS_DATA_DIR: data }));
      if (runs > 1) console.log(`  run ${run}: ${times.at(-1)!.toFixed(1)} s (load average after: ${load()})`);
    }
    const syntheticSeconds = median(times);
    const verdict = syntheticSeconds <= BUDGET.syntheticBuildSeconds ? 'within' : 'over';
    const what =
      runs > 1
        ? `median of ${runs} runs ${syntheticSeconds.toFixed(1)} s (${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)} s)`
        : `${syntheticSeconds.toFixed(1)} s`;
    console.log(
      `Build (synthetic): ${what} — ${verdict} the ${BUDGET.syntheticBuildSeconds} s budget (load average after: ${load()})`,
    );
    if (realSeconds !== null)
      console.log(
        `Growth: ×${(syntheticSeconds / realSeconds).toFixed(1)} build time for the synthetic catalogue against the real one`,
      );
  }

  if (!flag('--no-others')) runOtherBenches();
} finally {
  rmSync(temp, { recursive: true, force: true });
}
