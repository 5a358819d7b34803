// On the offline page: lists the pages of this language that the service worker has saved on
// this device (its page cache), with their titles, so a person offline sees what they can open.
import { OFFLINE_CACHES } from '../lib/site/offline.ts';
import { isLang, pathFor } from '../lib/site/routes.ts';

const TITLE = /<title>([^<]*)<\/title>/i;

/** A cached page's title without the site name, decoded from its HTML. */
function titleOf(html: string, fallback: string): string {
  const raw = TITLE.exec(html)?.[1];
  if (!raw) return fallback;
  const text = new DOMParser().parseFromString(raw, 'text/html').documentElement.textContent ?? raw;
  return text.replace(/ — Pieejams$/, '').trim() || fallback;
}

async function listSaved(section: HTMLElement): Promise<void> {
  if (!('caches' in window)) return;
  const lang = isLang(section.dataset.lang) ? section.dataset.lang : 'lv';
  const skip = new Set([location.pathname, pathFor(lang, { kind: 'offline' })]);
  const list = section.querySelector('ul');
  if (!list) return;
  const cache = await caches.open(OFFLINE_CACHES.pages);
  const pages = (await cache.keys())
    .map((request) => new URL(request.url))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith(`/${lang}/`) && !skip.has(url.pathname));
  const items = await Promise.all(
    pages.map(async (url) => {
      const response = await cache.match(url.href);
      return { url, title: titleOf(response ? await response.text() : '', url.pathname) };
    }),
  );
  items.sort((a, b) => a.title.localeCompare(b.title, lang));
  for (const { url, title } of items) {
    const link = document.createElement('a');
    link.href = url.pathname + url.search;
    link.textContent = title;
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  if (items.length === 0) {
    const none = document.createElement('p');
    none.textContent = section.dataset.none ?? '';
    list.replaceWith(none);
  }
  section.hidden = false;
}

const section = document.querySelector<HTMLElement>('[data-offline-saved]');
if (section)
  listSaved(section).catch(() => {
    // The list is a help; without it the page still says what works offline.
  });
