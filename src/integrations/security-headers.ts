// An Astro integration that writes dist/_headers after the build (the headers file Netlify and
// Cloudflare Pages read: https://docs.netlify.com/routing/headers/,
// https://developers.cloudflare.com/pages/configuration/headers/).
// Its Content-Security-Policy is the union of the policies Astro put in the pages' <meta>
// (same directives from ./security-policy.ts, same script and style hashes) plus
// frame-ancestors 'none', which only works as a header. A host that sends both enforces both,
// so the header must allow everything a page's meta allows; taking the union guarantees it.
// A public/_headers, if someone adds one, is kept: this block is appended after its content.
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from './security-policy.ts';

const PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url));

const META = /<meta\s+http-equiv=["']?content-security-policy["']?\s+content=(?:"([^"]*)"|'([^']*)')/i;

/** Markup text with its character references (numeric, &quot; &apos; &lt; &gt; &amp;) turned back into characters. */
export function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The policy of a page's <meta http-equiv="content-security-policy">, or null. */
export function metaPolicy(html: string): string | null {
  const match = META.exec(html);
  return match ? decode(match[1] ?? match[2]) : null;
}

/** The page's <head> (where the policy <meta> is): a build has thousands of pages, so read only their start. */
function headOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const start = Buffer.alloc(64 * 1024);
    const text = start.toString('utf8', 0, readSync(fd, start, 0, start.length, 0));
    const end = text.indexOf('</head>');
    return end === -1 ? readFileSync(file, 'utf8') : text.slice(0, end);
  } finally {
    closeSync(fd);
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Writes <out>/_headers from the policies of every page in `out` and returns how many distinct
 * policies were merged and which pages had none. Also called by src/build/build.ts once the
 * shards of a parallel build are merged.
 */
export function writeHeadersFile(out: string): { policies: number; without: string[] } {
  const policies = new Set<string>();
  const without: string[] = [];
  for (const file of htmlFiles(out)) {
    const policy = metaPolicy(headOf(file));
    if (policy) policies.add(policy);
    else without.push(relative(out, file));
  }
  if (policies.size === 0)
    throw new Error('No page has a content-security-policy <meta>: is security.csp set in astro.config.mjs?');
  const target = join(out, '_headers');
  const before = existsSync(join(PUBLIC, '_headers'))
    ? `${readFileSync(join(PUBLIC, '_headers'), 'utf8').trimEnd()}\n\n`
    : '';
  writeFileSync(target, before + headersFile(mergePolicies(policies)));
  return { policies: policies.size, without };
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'pieejams-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // A shard holds only part of the pages; the build script writes _headers after merging them.
        if (process.env.PIEEJAMS_SHARD) return;
        const { policies, without } = writeHeadersFile(fileURLToPath(dir));
        if (without.length > 0) logger.warn(`No content-security-policy <meta> in: ${without.join(', ')}`);
        logger.info(`_headers written (${policies} distinct page polic${policies === 1 ? 'y' : 'ies'} merged)`);
      },
    },
  };
}
