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

const FORBIDDEN = [/from ['"]astro/, /from ['"]preact/, /from ['"]leaflet/, /from ['"]node:/, /\bwindow\./, /\bdocument\./, /\bnavigator\./, /Date\.now\(\)|new Date\(\)/];

describe('src/lib is pure domain code', () => {
  const libFiles = files(join(process.cwd(), 'src/lib')).filter((f) => f.endsWith('.ts'));
  it.each(libFiles.map((f) => [f.replace(process.cwd() + '/', ''), f]))('%s imports no framework, browser, file system or clock', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN) expect(text, `${file} matches ${pattern}`).not.toMatch(pattern);
  });
});

// Islands are Preact components in src/islands/*.tsx (the only files the Preact integration is
// told about, astro.config.mjs), and each .astro file that hydrates one tags it with
// preactIsland() so Astro renders it once per page instead of twice (src/build/preact-island.ts).
describe('islands', () => {
  const astroFiles = files(join(process.cwd(), 'src')).filter((f) => f.endsWith('.astro'));
  const uses = astroFiles.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/<([A-Z]\w*)\s[^>]*\bclient:/g)].map((m) => [file.replace(process.cwd() + '/', ''), m[1]!, text] as const);
  });

  it('some .astro files hydrate islands', () => expect(uses.length).toBeGreaterThan(0));

  it.each(uses.map(([file, component, text]) => [file, component, text]))('%s: <%s client:…> comes from src/islands/*.tsx and is tagged', (_file, component, text) => {
    expect(text).toMatch(new RegExp(`import ${component}\\b[^;]*from '[./]*/islands/\\w+\\.tsx'`));
    expect(text).toContain(`preactIsland(${component});`);
  });
});
