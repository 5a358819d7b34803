// An Astro integration that writes dist/sw.js after the build with Workbox's generateSW
// (https://developer.chrome.com/docs/workbox/modules/workbox-build). What it caches:
// - pages (navigations, same origin): network first, so people see fresh facts when online
//   and the last copy when not; a slow network (over 5 s) also falls back to the copy; a page
//   never saved gets the offline page of its language (precached with its styles and script,
//   through Workbox's precacheFallback);
// - /_astro/ files: cache first (their names carry a content hash, so they never change);
// - *.json under /lv/ and /en/ (the search indexes): stale while revalidate;
// - the place finder's two data files, once it has fetched them: stale while revalidate;
// - nothing else: map tiles and other servers' files are never cached (OpenStreetMap's tile
//   policy forbids offline copies), and the open-data downloads are not either.
// Workbox writes each urlPattern function into sw.js as source text, so they hold literals only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { OFFLINE_CACHES, SERVICE_WORKER_PATH } from '../lib/site/offline.ts';
import { GAZETTEER_DATA_PATH, PLACES_DATA_PATH } from '../lib/places/client-files.ts';
import { pathFor, type Lang } from '../lib/site/routes.ts';

/** The offline page of a language as a file of the build, e.g. "lv/bezsaiste/index.html". */
function offlinePageFile(lang: Lang): string {
  return `${pathFor(lang, { kind: 'offline' }).slice(1)}index.html`;
}

/** The offline pages and the /_astro/ styles and scripts they load, to precache. */
function offlineFiles(out: string): string[] {
  const pages = (['lv', 'en'] as const).map(offlinePageFile).filter((file) => existsSync(join(out, file)));
  const assets = pages.flatMap((file) =>
    [...readFileSync(join(out, file), 'utf8').matchAll(/(?:href|src)="\/(_astro\/[^"?#]+)"/g)].map((m) => m[1]!),
  );
  return [...new Set([...pages, ...assets])].filter((file) => existsSync(join(out, file)));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The place finder's files by path, as a RegExp (Workbox serialises it into sw.js). */
const PLACE_FINDER_FILES = new RegExp(`(${[PLACES_DATA_PATH, GAZETTEER_DATA_PATH].map(escapeRegExp).join('|')})$`);

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'pieejams-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pageCache = {
          cacheName: OFFLINE_CACHES.pages,
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 300 },
        };
        const { count, size, warnings } = await generateSW({
          swDest: join(out, SERVICE_WORKER_PATH.slice(1)),
          globDirectory: out,
          // Precache only the icon and the offline pages: other pages are cached as people visit
          // them, not all up front.
          globPatterns: ['favicon.svg', ...offlineFiles(out)],
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          runtimeCaching: [
            {
              urlPattern: ({ request, sameOrigin, url }) =>
                sameOrigin && request.mode === 'navigate' && url.pathname.startsWith('/en/'),
              handler: 'NetworkFirst',
              options: { ...pageCache, precacheFallback: { fallbackURL: `/${offlinePageFile('en')}` } },
            },
            {
              // Latvian pages, and any other page (the root, 404): the site's first language.
              urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: { ...pageCache, precacheFallback: { fallbackURL: `/${offlinePageFile('lv')}` } },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
              handler: 'CacheFirst',
              options: {
                cacheName: OFFLINE_CACHES.assets,
                expiration: { maxEntries: 200, maxAgeSeconds: 365 * 24 * 60 * 60 },
              },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/(lv|en)\/.*\.json$/.test(url.pathname),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: OFFLINE_CACHES.search, expiration: { maxEntries: 10 } },
            },
            {
              urlPattern: PLACE_FINDER_FILES,
              handler: 'StaleWhileRevalidate',
              options: { cacheName: OFFLINE_CACHES.placeData, expiration: { maxEntries: 4 } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${SERVICE_WORKER_PATH} written (${count} precached files, ${size} bytes)`);
      },
    },
  };
}
