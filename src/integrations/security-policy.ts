// The site's security policy in one place: the Content-Security-Policy directives Astro puts in
// every page's <meta http-equiv="content-security-policy"> (astro.config.mjs, security.csp), and
// the response headers written to dist/_headers (./security-headers.ts) for hosts that read that
// file (Netlify, Cloudflare Pages). Both come from here, so they never disagree.
//
// script-src and style-src are not listed: Astro writes them itself, as 'self' plus a hash of
// every inline script and style it emits (island hydration, inlined CSS), never 'unsafe-inline'.

/** Map tiles by default (OpenStreetMap); PUBLIC_TILE_URL replaces it, see src/islands/map-tiles.ts. */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * The CSP source for a Leaflet tile URL template: its origin, with a {s} subdomain as *.
 * 'https://{s}.tile.example.org/{z}/{x}/{y}.png' → 'https://*.tile.example.org'.
 */
export function tileSource(tileUrl: string = DEFAULT_TILE_URL): string {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(tileUrl.trim());
  if (!match) throw new Error(`PUBLIC_TILE_URL is not an http(s) URL template: ${tileUrl}`);
  const host = match[2].replace(/\{s\}/g, '*');
  if (/[{}]/.test(host)) throw new Error(`PUBLIC_TILE_URL has a placeholder other than {s} in its host: ${tileUrl}`);
  return `${match[1].toLowerCase()}://${host.toLowerCase()}`;
}

/** A directive Astro's security.csp.directives accepts (its type names the allowed directives). */
type Directive = `${'default-src' | 'img-src' | 'connect-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/** The directives besides script-src and style-src, for Astro's security.csp.directives. */
export function cspDirectives(tileUrl: string = DEFAULT_TILE_URL): Directive[] {
  return [
    "default-src 'self'",
    `img-src 'self' data: ${tileSource(tileUrl)}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** Directives a <meta> cannot carry (browsers ignore them there); they go in the header only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * The other response headers for every file of the site. HSTS: browsers use https only for two
 * years (what hstspreload.org recommends), subdomains included; not "preload", which is a
 * commitment the owner of the domain makes there.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=()',
};

/** A policy string as a map of directive → sources, in order of first appearance. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    const known = directives.get(key) ?? [];
    for (const source of sources) if (!known.includes(source)) known.push(source);
    directives.set(key, known);
  }
  return directives;
}

/** One policy allowing what any of the given policies allows (the union of each directive's sources). */
export function mergePolicies(policies: Iterable<string>): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      merged.set(name, known);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The header policy: the pages' meta policy plus the header-only directives. */
export function headerPolicy(metaPolicy: string): string {
  return mergePolicies([metaPolicy, HEADER_ONLY_DIRECTIVES.join('; ')]);
}

/**
 * Files under /_astro/ carry a hash of their content in their name, so they never change:
 * browsers may keep them a year without asking again (the pages themselves stay revalidated).
 */
export const IMMUTABLE_PATHS = '/_astro/*';

/** dist/_headers text (Netlify / Cloudflare Pages format): the security headers on every path, long caching for hashed files. */
export function headersFile(metaPolicy: string): string {
  const lines = ['/*', `  Content-Security-Policy: ${headerPolicy(metaPolicy)}`];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push('', IMMUTABLE_PATHS, '  Cache-Control: public, max-age=31536000, immutable');
  return `${lines.join('\n')}\n`;
}
