// npm run build [-- --outDir <dir>]: builds the site with one `astro build` process per core.
// Astro renders pages on one thread, so a catalogue of thousands of services would keep one core
// busy and the other idle; here each process renders its share of the dynamic pages
// (PIEEJAMS_SHARD, src/build/shard.ts), then the shards are merged into one folder and
// _headers is written from all pages' policies. PIEEJAMS_BUILD_JOBS sets the number of
// processes (default: cores, at most 4); 1 runs a plain `astro build`.
// The data are validated first, alone (a fraction of a second), so bad data give one short
// report and no Astro stack traces. Every build process writes into the shard cache, never into
// outDir; only a build that succeeded replaces outDir, by renames. A failed build leaves the
// previous site exactly as it was.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHeadersFile } from '../integrations/security-headers.ts';
import { loadCatalog } from '../server/load-catalog.ts';
import { DataError } from '../lib/catalog/problems.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
// Shards build inside the project: Astro keeps its prerender bundle next to an outDir within the
// working directory, and would share one folder between builds whose outDir is outside it.
// One folder per build process, so two builds at once (say, a bench and a test) do not meet.
const SHARDS = join(ROOT, 'node_modules/.cache/pieejams-build', String(process.pid));

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const outDir = resolve(ROOT, option('--outDir') ?? 'dist');
const jobs = Math.max(1, Number(process.env.PIEEJAMS_BUILD_JOBS ?? Math.min(availableParallelism(), 4)) || 1);

interface Run {
  shard: number;
  dir: string;
  code: number;
  log: string;
  seconds: number;
}

/** One `astro build` of one shard; the first shard's log goes to the console, the others' are kept for errors. */
function build(shard: number, dir: string): Promise<Run> {
  const env = { ...process.env, ...(jobs > 1 ? { PIEEJAMS_SHARD: `${shard}/${jobs}` } : {}) };
  return new Promise((done) => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', dir], {
      cwd: ROOT,
      env,
      stdio: shard === 0 ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout?.on('data', (chunk) => (log += chunk));
    child.stderr?.on('data', (chunk) => (log += chunk));
    const start = performance.now();
    child.on('close', (code) =>
      done({ shard, dir, code: code ?? 1, log, seconds: (performance.now() - start) / 1000 }),
    );
  });
}

/**
 * Moves the tree `from` into `to`: a folder or file `to` lacks is renamed over in one step (the
 * shards' page folders), folders both have are merged, and a file both have is kept as `to` has
 * it (pages without parameters are the same in every shard). Falls back to copying across devices.
 */
function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (!existsSync(target)) {
      try {
        renameSync(source, target);
      } catch {
        cpSync(source, target, { recursive: true });
      }
    } else if (entry.isDirectory() && statSync(target).isDirectory()) {
      moveInto(source, target);
    }
  }
}

/**
 * Puts the finished site `staging` in place of `outDir` with renames, so outDir is at every moment
 * either the previous site or the new one. The new site is first moved next to outDir (a rename
 * works only within one file system; across devices it is copied there first).
 */
function replaceWith(staging: string, outDir: string): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const incoming = join(parent, `.${basename(outDir)}.incoming`);
  const previous = join(parent, `.${basename(outDir)}.previous`);
  rmSync(incoming, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  try {
    renameSync(staging, incoming);
  } catch {
    cpSync(staging, incoming, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  }
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(incoming, outDir);
  rmSync(previous, { recursive: true, force: true });
}

/** outDir as people name it: relative inside the project (dist), absolute outside. */
const shown = relative(ROOT, outDir).startsWith('..') ? outDir : relative(ROOT, outDir) || outDir;
const started = performance.now();
try {
  loadCatalog();
} catch (error) {
  console.error(error instanceof DataError ? error.message : `Could not read the data: ${(error as Error).message}`);
  console.error(`Nothing was built: validation runs before Astro, and ${shown} is as it was.`);
  process.exit(1);
}
const validated = (performance.now() - started) / 1000;

rmSync(SHARDS, { recursive: true, force: true });
const dirs = Array.from({ length: jobs }, (_, i) => join(SHARDS, `shard-${i}`));
console.log(
  `Data valid (${validated.toFixed(1)} s). ${jobs > 1 ? `Building in ${jobs} processes (PIEEJAMS_BUILD_JOBS to change), shards merged into ${shown}` : `Building ${shown}`}`,
);
const runs = await Promise.all(dirs.map((dir, i) => build(i, dir)));
const failed = runs.filter((r) => r.code !== 0);
if (failed.length > 0) {
  for (const run of failed)
    console.error(
      `\nastro build of shard ${run.shard}/${jobs} failed (exit ${run.code})${run.log ? `:\n${run.log.split('\n').slice(-40).join('\n')}` : ''}`,
    );
  rmSync(SHARDS, { recursive: true, force: true });
  console.error(`\nThe build failed; ${shown} is as it was.`);
  process.exit(1);
}

// The other shards are moved into the first, the first shard first. Each page with parameters is
// in one shard; pages without are rendered by the first shard only, and the empty placeholders of
// the others (src/middleware.ts) are dropped because a file already there is kept.
const staging = dirs[0]!;
for (const run of runs.slice(1)) {
  moveInto(run.dir, staging);
  rmSync(run.dir, { recursive: true, force: true });
}
// Astro's prerender bundle, should a build leave it, is not part of the site.
rmSync(join(staging, '.prerender'), { recursive: true, force: true });
// One plain `astro build` writes _headers itself (src/integrations/security-headers.ts).
if (jobs > 1) {
  const { policies, without } = writeHeadersFile(staging);
  if (without.length > 0) console.warn(`No content-security-policy <meta> in: ${without.join(', ')}`);
  const shardTimes = runs.map((r) => `${r.seconds.toFixed(1)} s`).join(', ');
  console.log(
    `_headers written (${policies} distinct page policies merged); ${jobs} shards (${shardTimes}) merged in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
if (!existsSync(join(staging, 'index.html'))) {
  console.error(`The build left no index.html; ${shown} is as it was.`);
  rmSync(SHARDS, { recursive: true, force: true });
  process.exit(1);
}
replaceWith(staging, outDir);
rmSync(SHARDS, { recursive: true, force: true });
