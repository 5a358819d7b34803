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
