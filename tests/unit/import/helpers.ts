// Test helper: read a fixture file (tests may touch the file system; the importer's pure modules do not).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixture = (path: string): string =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/import/${path}`, import.meta.url)), 'utf8');
