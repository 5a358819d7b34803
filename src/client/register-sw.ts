// Registers the service worker (built by src/integrations/service-worker.ts) and keeps a copy
// of the page that registered it: that first page was fetched before the worker ran, so the
// worker's own page cache does not have it yet. Only in the built site, and only where
// the browser has service workers; without them the site works as before.
import { OFFLINE_CACHES, SERVICE_WORKER_PATH } from '../lib/site/offline.ts';

async function keepThisPage(): Promise<void> {
  if (!('caches' in window)) return;
  const pages = await caches.open(OFFLINE_CACHES.pages);
  if (!(await pages.match(location.href))) await pages.add(location.href);
  const assets = await caches.open(OFFLINE_CACHES.assets);
  // The page's own styles and scripts, and every /_astro/ file loaded so far: the islands'
  // code is imported while the page hydrates, before the worker controls it.
  const loaded = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => {
      const u = new URL(url);
      return u.origin === location.origin && u.pathname.startsWith('/_astro/');
    });
  const urls = [
    ...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>(
      'link[href^="/_astro/"], script[src^="/_astro/"]',
    ),
  ]
    .map((el) => (el instanceof HTMLScriptElement ? el.src : el.href))
    .concat(loaded);
  await Promise.all([...new Set(urls)].map(async (url) => (await assets.match(url)) ?? assets.add(url)));
}

function register(): void {
  navigator.serviceWorker
    .register(SERVICE_WORKER_PATH)
    .then(() => navigator.serviceWorker.ready)
    .then(keepThisPage)
    .then(() => document.documentElement.setAttribute('data-offline-ready', ''))
    .catch(() => {
      // Offline reading is a bonus: a failure here must never break the page.
    });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
