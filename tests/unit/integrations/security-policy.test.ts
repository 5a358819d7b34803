// dist/_headers (src/integrations/security-policy.ts): every path gets the security headers,
// HSTS among them (a host that reads _headers then tells browsers to use https only), and the
// CSP header holds what only a header can carry (frame-ancestors).
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../../src/integrations/security-policy.ts';

const META = "default-src 'self'; script-src 'self' 'sha256-abc'; object-src 'none'";

/** The headers of one path block of a _headers file. */
function block(text: string, path: string): Record<string, string> {
  const lines = text.split('\n');
  const start = lines.indexOf(path);
  expect(start, `${path} in _headers`).toBeGreaterThanOrEqual(0);
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}([A-Za-z-]+): (.*)$/.exec(line);
    if (!match) break;
    out[match[1]!] = match[2]!;
  }
  return out;
}

describe('headersFile', () => {
  const all = block(headersFile(META), '/*');

  it.each([
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Permissions-Policy', 'geolocation=(self), camera=(), microphone=()'],
    [
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self' 'sha256-abc'; object-src 'none'; frame-ancestors 'none'",
    ],
  ])('sends %s on every path', (name, value) => {
    expect(all[name]).toBe(value);
  });

  it('lets hashed files be cached a year', () => {
    expect(block(headersFile(META), '/_astro/*')).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
  });
});
