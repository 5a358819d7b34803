// npm run build [-- --outDir <dir>]: builds the site with one `astro build` process per core.
// Astro renders pages on one thread, so a catalogue of thousands of services would keep one core
// busy and the other idle; here each process renders its share of the dynamic pages
// (PIEEJAMS_SHARD, src/lib/build-shard.ts), then the shards are merged into one folder and
// _headers is written from all pages' policies. PIEEJAMS_BUILD_JOBS sets the number of
// processes (default: cores, at most 4); 1 runs a plain `astro build`.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHeadersFile } from '../integrations/security-headers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
// Shards build inside the project: Astro keeps its prerender bundle next to an outDir within the
// working directory, and would share one folder between builds whose outDir is outside it.
const SHARDS = join(ROOT, 'node_modules/.cache/pieejams-build');

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
    const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', dir], { cwd: ROOT, env, stdio: shard === 0 ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout?.on('data', (chunk) => (log += chunk));
    child.stderr?.on('data', (chunk) => (log += chunk));
    const start = performance.now();
    child.on('close', (code) => done({ shard, dir, code: code ?? 1, log, seconds: (performance.now() - start) / 1000 }));
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

const started = performance.now();
const insideRoot = !relative(ROOT, outDir).startsWith('..');
const dirs = Array.from({ length: jobs }, (_, i) => (i === 0 && insideRoot ? outDir : join(SHARDS, `shard-${i}`)));
if (jobs > 1) console.log(`Building in ${jobs} processes (PIEEJAMS_BUILD_JOBS to change), shards merged into ${relative(ROOT, outDir) || outDir}`);
const runs = await Promise.all(dirs.map((dir, i) => build(i, dir)));
const failed = runs.filter((r) => r.code !== 0);
if (failed.length > 0) {
  for (const run of failed) console.error(`\nastro build of shard ${run.shard}/${jobs} failed (exit ${run.code})${run.log ? `:\n${run.log.split('\n').slice(-40).join('\n')}` : ''}`);
  process.exit(1);
}

// Shards built outside outDir (all but the first, and the first too when outDir is outside the
// project) are moved in, the first shard first. Each page with parameters is in one shard; pages
// without are rendered by the first shard only, and the empty placeholders of the others
// (src/middleware.ts) are dropped because a file already in outDir is kept.
if (runs.some((run) => run.dir !== outDir)) {
  if (!insideRoot) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const run of runs) {
    if (run.dir === outDir) continue;
    moveInto(run.dir, outDir);
    rmSync(run.dir, { recursive: true, force: true });
  }
}
// One plain `astro build` writes _headers itself (src/integrations/security-headers.ts).
if (jobs > 1) {
  const { policies, without } = writeHeadersFile(outDir);
  if (without.length > 0) console.warn(`No content-security-policy <meta> in: ${without.join(', ')}`);
  const shardTimes = runs.map((r) => `${r.seconds.toFixed(1)} s`).join(', ');
  console.log(`_headers written (${policies} distinct page policies merged); ${jobs} shards (${shardTimes}) merged in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`The build left no index.html in ${outDir}`);
  process.exit(1);
}
