// Links and page basics, read from the built files on disk (no browser: all ~700 pages in a few
// seconds). It sits in the e2e project because `npm test` builds the site before that project.
//
// - Every internal link, form action, script/style/image source and #anchor resolves to a built
//   file (and, for an anchor, to an element with that id on the target page), both languages.
// - Every page has a <title> unique among the pages of its language (a page and its translation
//   may share one, e.g. "Daugavpils — Pieejams"; hreflang ties them), a meta description, <html lang> matching its path, exactly
//   one <h1>, a canonical URL naming itself, and hreflang lv / en / x-default links to built pages.
// Exceptions, on purpose:
// - /index.html is the redirect to /lv/ (a meta refresh): it is checked for lang, title and
//   links only; it is not a page to index, so no description, canonical, hreflang or unique title.
// - /404.html speaks both languages and answers every unknown address: no canonical or hreflang
//   checks (a canonical would name an address it is not served at).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from './serve.mjs';
import { decode } from '../../src/integrations/security-headers.ts';

/** The site's public origin, as astro.config.mjs sets it. */
const SITE = new URL(process.env.SITE_URL ?? 'https://pieejams.lv').origin;
const ROOT_REDIRECT = '/';
const NOT_FOUND = '/404.html';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The URL path a built file is served at: lv/x/index.html → /lv/x/, 404.html → /404.html. */
function urlPath(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return rel === 'index.html'
    ? '/'
    : rel.endsWith('/index.html')
      ? `/${rel.slice(0, -'index.html'.length)}`
      : `/${rel}`;
}

interface Tag {
  name: string;
  attrs: Record<string, string>;
}

/** Start tags of the markup (script bodies, styles and comments removed), with decoded attributes. */
function tags(html: string): Tag[] {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>')
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, '$1</style>');
  const out: Tag[] = [];
  for (const match of markup.matchAll(
    /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g,
  )) {
    const attrs: Record<string, string> = {};
    for (const attr of match[2].matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[attr[1].toLowerCase()] = decode(attr[2] ?? attr[3] ?? attr[4] ?? '');
    }
    out.push({ name: match[1].toLowerCase(), attrs });
  }
  return out;
}

interface BuiltPage {
  path: string;
  tags: Tag[];
  ids: Set<string>;
  title: string | null;
  h1Count: number;
}

function readPage(file: string): BuiltPage {
  const html = readFileSync(file, 'utf8');
  const all = tags(html);
  const ids = new Set<string>();
  for (const tag of all) {
    if (tag.attrs.id) ids.add(tag.attrs.id);
    if (tag.name === 'a' && tag.attrs.name) ids.add(tag.attrs.name);
  }
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return {
    path: urlPath(file),
    tags: all,
    ids,
    title: title ? decode(title[1]).replace(/\s+/g, ' ').trim() : null,
    h1Count: all.filter((t) => t.name === 'h1').length,
  };
}

const files = walk(DIST);
const builtPaths = new Set(files.map(urlPath));
const pages = new Map(files.filter((f) => f.endsWith('.html')).map((f) => [urlPath(f), readPage(f)] as const));

/** The site path a link points to, or null when it leaves the site (other origin, mailto:, tel:). */
function internal(href: string, base: string): URL | null {
  const url = new URL(href, SITE + base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin === SITE ? url : null;
}

/** True when a path is served: a directory path needs its index.html, any other path the file. */
function served(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURI(pathname);
  } catch {
    return false;
  }
  // A directory without its slash would only work through a redirect: count it as broken.
  return builtPaths.has(decoded);
}

/** Attributes that name another resource, by element. */
const LINK_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  form: ['action'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
};

describe('the built site', () => {
  test('exists', () => {
    expect(pages.size, `no HTML in ${DIST}: build the site first`).toBeGreaterThan(10);
  });

  test('every internal link and #anchor resolves', () => {
    const broken: string[] = [];
    for (const page of pages.values()) {
      for (const tag of page.tags) {
        for (const attr of LINK_ATTRS[tag.name] ?? []) {
          const value = tag.attrs[attr];
          if (value === undefined) continue;
          if (/^\s*javascript:/i.test(value)) {
            broken.push(`${page.path}: <${tag.name} ${attr}="${value}"> is a javascript: link`);
            continue;
          }
          // A form with an empty action posts to itself; the skip link and in-page anchors have a hash.
          if (value === '' && tag.name === 'form') continue;
          const url = internal(value, page.path);
          if (!url) continue;
          if (!served(url.pathname)) {
            broken.push(`${page.path}: <${tag.name} ${attr}="${value}"> → ${url.pathname} is not built`);
            continue;
          }
          const fragment = decodeURIComponent(url.hash.slice(1));
          if (fragment && tag.name === 'a') {
            const target = pages.get(decodeURI(url.pathname));
            if (target && !target.ids.has(fragment))
              broken.push(`${page.path}: <a href="${value}"> → no id="${fragment}" on ${url.pathname}`);
          }
        }
      }
    }
    expect(broken.slice(0, 50), `${broken.length} broken links`).toEqual([]);
  });

  test('every address in sitemap.xml is built', () => {
    const sitemap = join(DIST, 'sitemap.xml');
    expect(existsSync(sitemap), `${sitemap} is built`).toBe(true);
    const missing = [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => new URL(decode(m[1])))
      .filter((url) => url.origin !== SITE || !served(url.pathname))
      .map((url) => url.href);
    expect(missing).toEqual([]);
  });

  test('every page has a unique title, a description, its language and one h1', () => {
    const problems: string[] = [];
    const byTitle = new Map<string, string[]>();
    for (const page of pages.values()) {
      const html = page.tags.find((t) => t.name === 'html');
      const lang = html?.attrs.lang;
      const expectedLang = /^\/(lv|en)\//.exec(page.path)?.[1];
      if (!lang) problems.push(`${page.path}: no <html lang>`);
      else if (expectedLang && lang !== expectedLang)
        problems.push(`${page.path}: <html lang="${lang}">, expected ${expectedLang}`);
      if (!page.title) problems.push(`${page.path}: no <title>`);
      else if (page.path !== ROOT_REDIRECT) {
        const key = `${lang}\u0000${page.title}`;
        byTitle.set(key, [...(byTitle.get(key) ?? []), page.path]);
      }
      if (page.h1Count !== 1) problems.push(`${page.path}: ${page.h1Count} <h1> elements`);
      if (page.path === ROOT_REDIRECT) continue;
      const description = page.tags.find((t) => t.name === 'meta' && t.attrs.name?.toLowerCase() === 'description');
      if (!description?.attrs.content?.trim()) problems.push(`${page.path}: no meta description`);
    }
    for (const [key, paths] of byTitle) {
      const title = key.split('\u0000')[1];
      if (paths.length > 1) problems.push(`title "${title}" on ${paths.length} pages: ${paths.slice(0, 5).join(', ')}`);
    }
    expect(problems.slice(0, 50), `${problems.length} problems`).toEqual([]);
  });

  test('every page names its canonical URL and its hreflang alternates', () => {
    const problems: string[] = [];
    for (const page of pages.values()) {
      if (page.path === ROOT_REDIRECT || page.path === NOT_FOUND) continue;
      const links = page.tags.filter((t) => t.name === 'link');
      const canonical = links.filter((t) => t.attrs.rel === 'canonical').map((t) => t.attrs.href);
      if (canonical.length !== 1) problems.push(`${page.path}: ${canonical.length} canonical links`);
      else if (canonical[0] !== SITE + page.path)
        problems.push(`${page.path}: canonical ${canonical[0]}, expected ${SITE + page.path}`);
      const lang = /^\/(lv|en)\//.exec(page.path)?.[1];
      const alternates = new Map<string, string[]>();
      for (const link of links.filter((t) => t.attrs.rel === 'alternate' && t.attrs.hreflang)) {
        alternates.set(link.attrs.hreflang, [...(alternates.get(link.attrs.hreflang) ?? []), link.attrs.href]);
      }
      for (const hreflang of ['lv', 'en', 'x-default']) {
        const hrefs = alternates.get(hreflang) ?? [];
        if (hrefs.length !== 1) {
          problems.push(`${page.path}: ${hrefs.length} hreflang="${hreflang}" links`);
          continue;
        }
        const url = internal(hrefs[0], page.path);
        if (!url || !/^https?:\/\//.test(hrefs[0]))
          problems.push(`${page.path}: hreflang="${hreflang}" ${hrefs[0]} is not an absolute URL of the site`);
        else if (!served(url.pathname))
          problems.push(`${page.path}: hreflang="${hreflang}" → ${url.pathname} is not built`);
      }
      if (lang && alternates.get(lang)?.[0] !== SITE + page.path)
        problems.push(`${page.path}: hreflang="${lang}" does not name the page itself`);
    }
    expect(problems.slice(0, 50), `${problems.length} problems`).toEqual([]);
  });
});
