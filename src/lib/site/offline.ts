// Names shared by the service worker (generated at build time by src/integrations/service-worker.ts)
// and the page script that registers it (src/client/register-sw.ts).

/**
 * Cache Storage names: visited pages (network first), hashed assets (cache first), search indexes
 * and the place finder's data (stale while revalidate).
 */
export const OFFLINE_CACHES = {
  pages: 'pieejams-pages',
  assets: 'pieejams-assets',
  search: 'pieejams-search',
  placeData: 'pieejams-place-data',
} as const;

/** Where the service worker is written and served from; its scope is the whole site. */
export const SERVICE_WORKER_PATH = '/sw.js';
