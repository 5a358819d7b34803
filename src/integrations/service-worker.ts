// An Astro integration that writes dist/sw.js after the build with Workbox's generateSW
// (https://developer.chrome.com/docs/workbox/modules/workbox-build). What it caches:
// - pages (navigations, same origin): network first, so people see fresh facts when online
//   and the last copy when not; a slow network (over 5 s) also falls back to the copy;
// - /_astro/ files: cache first (their names carry a content hash, so they never change);
// - *.json under /lv/ and /en/ (the search indexes): stale while revalidate;
// - nothing else: map tiles and other servers' files are never cached (OpenStreetMap's tile
//   policy forbids offline copies), and the open-data downloads are not either.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { OFFLINE_CACHES, SERVICE_WORKER_PATH } from '../lib/offline.ts';

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'pieejams-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          swDest: join(out, SERVICE_WORKER_PATH.slice(1)),
          globDirectory: out,
          // Precache only the icon: pages are cached as people visit them, not all up front.
          globPatterns: ['favicon.svg'],
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          runtimeCaching: [
            {
              urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: { cacheName: OFFLINE_CACHES.pages, networkTimeoutSeconds: 5, expiration: { maxEntries: 300 } },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
              handler: 'CacheFirst',
              options: { cacheName: OFFLINE_CACHES.assets, expiration: { maxEntries: 200, maxAgeSeconds: 365 * 24 * 60 * 60 } },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/(lv|en)\/.*\.json$/.test(url.pathname),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: OFFLINE_CACHES.search, expiration: { maxEntries: 10 } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${SERVICE_WORKER_PATH} written (${count} precached file, ${size} bytes)`);
      },
    },
  };
}
