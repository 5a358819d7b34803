// Lighthouse against the built site: `npm run lighthouse` (build first; PIEEJAMS_DIST picks
// another build folder). Serves the build on 127.0.0.1 and runs Lighthouse (mobile form factor,
// simulated throttling — its defaults) with Debian's Chromium ($CHROMIUM_PATH, else
// /usr/bin/chromium; --headless --no-sandbox --disable-gpu) on the home, a service, a place and the
// access report page in both languages, and prints the four category scores and every audit
// that did not pass.
//
// Lighthouse is NOT a dependency of the project (it is large and would slow every install and
// `npm test`): this script runs the pinned version through `npx --yes lighthouse@13.5.0`, which
// downloads it once into npm's cache (the npm registry must be reachable the first time).
// Options: --only <lang> (lv or en) to halve the run; --pages <name,…> runs only those pages
// (home, service, place, report, report-institution, report-territory); --keep <dir> keeps the JSON reports.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LANGS, pathFor, type Lang, type PageRef } from '../../src/lib/site/routes.ts';
import { chromiumPath, hasChromium, MISSING_CHROMIUM } from '../e2e/chromium-path.mjs';
import { DIST, startServer } from '../e2e/serve.mjs';
import { firstPlaceId } from '../e2e/site.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** One page's run (including npx's first download) is stopped after this long. */
const RUN_TIMEOUT_MS = 240_000;

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/**
 * Runs a command without blocking this process (the static server lives in it and must keep
 * answering); kills it after timeoutMs. Resolves with its exit code (null when killed) and stderr.
 */
function run(
  command: string,
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-20_000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
  >;
  runtimeError?: { message: string };
}

if (!hasChromium()) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No build in ${DIST}: run \`npm run build\` first (or set PIEEJAMS_DIST).`);
  process.exit(1);
}

const pages: { name: string; ref: PageRef }[] = [
  { name: 'home', ref: { kind: 'home' } },
  { name: 'service', ref: { kind: 'service', slug: 'passport-eid' } },
  { name: 'place', ref: { kind: 'place', slug: firstPlaceId() } },
  { name: 'report', ref: { kind: 'accessReport' } },
  // The largest institution report (VSAA: the most services), the other page type of the report.
  { name: 'report-institution', ref: { kind: 'accessReportInstitution', slug: 'vsaa' } },
  // The territorial view: two tables of every municipality and parish.
  { name: 'report-territory', ref: { kind: 'accessReportTerritory' } },
];
// --pages report,report-institution runs only those (a full run is slow on a shared machine).
const onlyPages = option('--pages')?.split(',');
const only = option('--only');
const langs = (LANGS as readonly Lang[]).filter((l) => !only || l === only);
const keep = option('--keep');
const outDir = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'pieejams-lighthouse-'));
mkdirSync(outDir, { recursive: true });

// gzip on, as on any real host, so the transfer sizes Lighthouse sees are realistic.
const server = await startServer({ port: 0, root: DIST, compress: true });
console.log(
  `Lighthouse (${LIGHTHOUSE}, mobile, simulated throttling) against ${server.url} (${DIST}); load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const rows: string[][] = [];
const failures: string[] = [];
try {
  for (const lang of langs) {
    for (const { name, ref } of pages.filter((p) => !onlyPages || onlyPages.includes(p.name))) {
      const path = pathFor(lang, ref);
      if (!existsSync(join(DIST, path, 'index.html'))) {
        console.log(`  ${name} ${lang}: ${path} is not in the build — skipped`);
        continue;
      }
      const output = join(outDir, `${lang}-${name}.json`);
      console.log(`  ${name} ${lang}: ${path} …`);
      const result = await run(
        'npx',
        [
          '--yes',
          LIGHTHOUSE,
          new URL(path, server.url).href,
          '--quiet',
          '--output=json',
          `--output-path=${output}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          '--form-factor=mobile',
          '--throttling-method=simulate',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        ],
        // cwd outside the project, so npx never looks at the project's own dependencies; a run
        // that hangs (a busy machine) is killed after RUN_TIMEOUT_MS and reported.
        { cwd: tmpdir(), env: { ...process.env, CHROME_PATH: chromiumPath() }, timeoutMs: RUN_TIMEOUT_MS },
      );
      if (result.code !== 0 || !existsSync(output)) {
        console.log(
          `  ${name} ${lang}: lighthouse failed (${result.code === null ? 'killed after the timeout' : `exit ${result.code}`})\n${result.stderr.split('\n').slice(-15).join('\n')}`,
        );
        continue;
      }
      const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
      if (report.runtimeError) console.log(`  ${name} ${lang}: ${report.runtimeError.message}`);
      const scores = CATEGORIES.map((c) => report.categories[c]?.score);
      rows.push([
        name,
        lang,
        path,
        ...scores.map((s) => (s === null || s === undefined ? '–' : String(Math.round(s * 100)))),
      ]);
      for (const category of CATEGORIES) {
        for (const ref of report.categories[category]?.auditRefs ?? []) {
          const audit = report.audits[ref.id];
          if (!audit || audit.score === null || audit.score >= 0.9) continue;
          if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
          failures.push(
            `${name} ${lang} [${category}] ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
          );
        }
      }
    }
  }
} finally {
  await server.close();
  if (!keep) rmSync(outDir, { recursive: true, force: true });
}

const header = ['page', 'lang', 'path', 'perf', 'a11y', 'best', 'seo'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`\n${line(header)}`);
for (const row of rows) console.log(line(row));
console.log(failures.length ? `\nAudits below 90:\n  ${failures.join('\n  ')}` : '\nNo audit below 90.');
if (keep) console.log(`\nJSON reports in ${outDir}`);
