// Dependencies point one way: pages → components/islands → lib. lib stays pure so it can be
// unit-tested and reused by scripts; this test reads the import lines and enforces it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const FORBIDDEN = [
  /from ['"]astro/,
  /from ['"]preact/,
  /from ['"]leaflet/,
  /from ['"]node:/,
  /\bwindow\./,
  /\bdocument\./,
  /\bnavigator\./,
  /Date\.now\(\)|new Date\(\)/,
];

describe('src/lib is pure domain code', () => {
  const libFiles = files(join(process.cwd(), 'src/lib')).filter((f) => f.endsWith('.ts'));
  it.each(libFiles.map((f) => [f.replace(process.cwd() + '/', ''), f]))(
    '%s imports no framework, browser, file system or clock',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      for (const pattern of FORBIDDEN) expect(text, `${file} matches ${pattern}`).not.toMatch(pattern);
    },
  );
});

// Islands are Preact components in src/islands/*.tsx (the only files the Preact integration is
// told about, astro.config.mjs), and each .astro file that hydrates one tags it with
// preactIsland() so Astro renders it once per page instead of twice (src/build/preact-island.ts;
// tests/unit/build/preact-island.test.ts shows the tag does that).
describe('islands', () => {
  const astroFiles = files(join(process.cwd(), 'src')).filter((f) => f.endsWith('.astro'));
  const uses = astroFiles.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/<([A-Z]\w*)\s[^>]*\bclient:/g)].map(
      (m) => [file.replace(process.cwd() + '/', ''), m[1]!, text] as const,
    );
  });

  it('some .astro files hydrate islands', () => expect(uses.length).toBeGreaterThan(0));

  it.each(uses.map(([file, component, text]) => [file, component, text]))(
    '%s: <%s client:…> comes from src/islands/*.tsx and is tagged',
    (_file, component, text) => {
      expect(text).toMatch(new RegExp(`import ${component}\\b[^;]*from '[./]*/islands/\\w+\\.tsx'`));
      expect(text).toContain(`preactIsland(${component});`);
    },
  );
});

// src/lib shows its concepts: one folder per concept, each with an index.ts that lists every
// module of the folder, and tests/unit/lib mirrors the folders.
describe('src/lib is made of concept folders', () => {
  const lib = join(process.cwd(), 'src/lib');
  const entries = readdirSync(lib, { withFileTypes: true });
  const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name);

  it('holds folders only, no loose modules', () => {
    expect(entries.filter((e) => !e.isDirectory()).map((e) => e.name)).toEqual([]);
    expect(folders.length).toBeGreaterThan(5);
  });

  it.each(folders)('src/lib/%s/index.ts exports every module of the folder', (folder) => {
    const index = readFileSync(join(lib, folder, 'index.ts'), 'utf8');
    const modules = readdirSync(join(lib, folder)).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    for (const m of modules) expect(index, `${folder}/index.ts misses ${m}`).toContain(`from './${m}'`);
  });

  const tests = files(join(process.cwd(), 'tests/unit/lib')).filter((f) => f.endsWith('.test.ts'));
  it.each(tests.map((f) => [f.replace(process.cwd() + '/', ''), f]))(
    '%s tests a module at the same place in src/lib',
    (_name, file) => {
      const module = file.replace('/tests/unit/lib/', '/src/lib/').replace(/\.test\.ts$/, '.ts');
      expect(statSync(module, { throwIfNoEntry: false })?.isFile(), `${module} does not exist`).toBe(true);
    },
  );
});

// lib reads nothing from the process it runs in: no environment, no clock, no file system.
describe('src/lib reads nothing from its process', () => {
  const libFiles = files(join(process.cwd(), 'src/lib')).filter((f) => f.endsWith('.ts'));
  it.each(libFiles.map((f) => [f.replace(process.cwd() + '/', ''), f]))(
    '%s uses no process, performance or fs',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/\bprocess\.|\bperformance\.|from ['"](node:)?fs(\/promises)?['"]/);
    },
  );
});

const importsOf = (text: string) => [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
const relative = (file: string) => file.replace(process.cwd() + '/', '');

// Islands run in the browser: they may not reach build-time code that reads data/ with node:fs.
describe('islands import nothing from src/server', () => {
  const islandFiles = files(join(process.cwd(), 'src/islands')).filter((f) => /\.tsx?$/.test(f));
  it.each(islandFiles.map((f) => [relative(f), f]))('%s', (_name, file) => {
    expect(importsOf(readFileSync(file, 'utf8')).filter((s) => /\/server\//.test(s))).toEqual([]);
  });
});

// The build machinery has one home (src/build/README.md). Outside it, only the file names tools
// look for and the per-page tricks may use it: components tag islands with preactIsland, island
// props and islands use packed.ts, and getStaticPaths (page-data.ts) gives each shard its pages.
describe('src/build is used only where its README says', () => {
  const ALLOWED: [RegExp, RegExp][] = [
    [/^src\/middleware\.ts$/, /\/build\/placeholder\.ts$/],
    [/^src\/components\/.*\.astro$/, /\/build\/preact-island\.ts$/],
    [/^src\/(components\/.*\.(astro|ts)|islands\/.*\.tsx?|server\/page-data\.ts)$/, /\/build\/packed\.ts$/],
    [/^src\/server\/page-data\.ts$/, /\/build\/shard\.ts$/],
  ];
  const outside = files(join(process.cwd(), 'src')).filter(
    (f) => !f.includes('/src/build/') && /\.(ts|tsx|astro|mjs)$/.test(f),
  );
  const uses = outside.flatMap((f) =>
    importsOf(readFileSync(f, 'utf8'))
      .filter((s) => /(^|\/)build\/[\w-]+\.ts$/.test(s))
      .map((s) => [relative(f), s] as const),
  );

  it('some files use it', () => expect(uses.length).toBeGreaterThan(0));
  it.each(uses)('%s imports %s', (file, spec) => {
    expect(
      ALLOWED.some(([who, what]) => who.test(file) && what.test(spec)),
      `${file} may not import ${spec}`,
    ).toBe(true);
  });
  it('astro.config.mjs reaches nothing in src/build but through src/middleware.ts', () => {
    expect(
      importsOf(readFileSync(join(process.cwd(), 'astro.config.mjs'), 'utf8')).filter((s) => s.includes('/build/')),
    ).toEqual([]);
  });
});
