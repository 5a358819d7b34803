import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteUrl } from '../../../src/server/site.ts';

describe('siteUrl', () => {
  it.each<[string, URL | undefined, string]>([
    ['the configured site', new URL('https://example.org/sub/'), 'https://example.org/sub/'],
    ['the fallback when Astro has none', undefined, `${DEFAULT_SITE}/`],
  ])('%s', (_, site, expected) => {
    expect(siteUrl({ site }).href).toBe(expected);
  });
});
