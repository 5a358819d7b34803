// Every URL of the site is built here, so the language switch and links never disagree.
// Latvian pages use Latvian path words and English pages English ones.

import type { ServiceFilter } from '../catalog/filters.ts';

export const LANGS = ['lv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The kinds of page the site has; each maps to one path word per language. */
export type PageKind =
  | 'home'
  | 'services'
  | 'service'
  | 'servicePlaces'
  | 'place'
  | 'municipality'
  | 'municipalities'
  | 'lifeSituation'
  | 'about'
  | 'openData'
  | 'accessibility'
  | 'servicesFilter'
  | 'lifeSituationFilter'
  | 'accessReport'
  | 'accessReportInstitution'
  | 'offline'
  | 'accessReportTerritory';

const SEGMENTS: Record<Exclude<PageKind, 'home'>, Record<Lang, string>> = {
  services: { lv: 'pakalpojumi', en: 'services' },
  service: { lv: 'pakalpojumi', en: 'services' },
  // slug: a service slug; the path is /lv/pakalpojumi/<slug>/vietas/ (servicePlacesPath below).
  servicePlaces: { lv: 'pakalpojumi', en: 'services' },
  place: { lv: 'vietas', en: 'places' },
  municipality: { lv: 'pasvaldibas', en: 'municipalities' },
  municipalities: { lv: 'pasvaldibas', en: 'municipalities' },
  lifeSituation: { lv: 'dzives-situacijas', en: 'life-situations' },
  about: { lv: 'par-datiem', en: 'about-the-data' },
  // The re-users' page: every download, its schema, licence and an example.
  openData: { lv: 'atvertie-dati', en: 'open-data' },
  accessibility: { lv: 'pieklustamiba', en: 'accessibility' },
  // slug: a ServiceFilter id; the path word is translated by filterPath below.
  servicesFilter: { lv: 'pakalpojumi', en: 'services' },
  // slug: "<life situation id>/<ServiceFilter id>".
  lifeSituationFilter: { lv: 'dzives-situacijas', en: 'life-situations' },
  accessReport: { lv: 'pieejamibas-parskats', en: 'access-report' },
  // slug: an institution id.
  accessReportInstitution: { lv: 'pieejamibas-parskats', en: 'access-report' },
  // What the service worker shows for a page not saved on the device (src/integrations/service-worker.ts).
  offline: { lv: 'bezsaiste', en: 'offline' },
  // The report's territorial view (distances per municipality and parish).
  accessReportTerritory: { lv: 'pieejamibas-parskats/teritorija', en: 'access-report/territory' },
};

/** A page of the site, independent of language: kind plus the record's slug where it has one. */
export interface PageRef {
  kind: PageKind;
  slug?: string;
}

/** The site-absolute path of a page in a language, always with a trailing slash. */
export function pathFor(lang: Lang, page: PageRef): string {
  if (page.kind === 'home') return `/${lang}/`;
  if ((page.kind === 'servicesFilter' || page.kind === 'lifeSituationFilter') && page.slug)
    return filterPath(lang, page.kind, page.slug);
  if (page.kind === 'servicePlaces' && page.slug)
    return `/${lang}/${SEGMENTS.service[lang]}/${page.slug}/${SEGMENTS.place[lang]}/`;
  const segment = SEGMENTS[page.kind][lang];
  return page.slug ? `/${lang}/${segment}/${page.slug}/` : `/${lang}/${segment}/`;
}

/** The same page in the other language, for the language switch and hreflang. */
export function alternatePaths(page: PageRef): Record<Lang, string> {
  return { lv: pathFor('lv', page), en: pathFor('en', page) };
}

export function otherLang(lang: Lang): Lang {
  return lang === 'lv' ? 'en' : 'lv';
}

export function isLang(value: string | undefined): value is Lang {
  return value === 'lv' || value === 'en';
}

/** The static search index of a language (src/pages/lv/meklet.json.ts, src/pages/en/search.json.ts). */
const SEARCH_INDEX: Record<Lang, string> = { lv: 'meklet.json', en: 'search.json' };

/** The site-absolute path of the search index file of a language, e.g. /lv/meklet.json. */
export function searchIndexPath(lang: Lang): string {
  return `/${lang}/${SEARCH_INDEX[lang]}`;
}

/** Path words of the catalogue filters (src/lib/catalog/filters.ts), per language. */
export const FILTER_WORDS: Record<ServiceFilter, Record<Lang, string>> = {
  online: { lv: 'tiessaiste', en: 'online' },
  'post-phone': { lv: 'pa-pastu-vai-talruni', en: 'by-post-or-phone' },
  'help-nearby': { lv: 'palidziba-tuvuma', en: 'help-nearby' },
  abroad: { lv: 'no-arvalstim', en: 'from-abroad' },
  english: { lv: 'anglu-valoda', en: 'english-instructions' },
};
const FILTER_SEGMENT: Record<Lang, string> = { lv: 'filtrs', en: 'filter' };

/**
 * /lv/pakalpojumi/filtrs/tiessaiste/, /en/services/filter/online/;
 * /lv/dzives-situacijas/<id>/filtrs/tiessaiste/, /en/life-situations/<id>/filter/online/.
 */
function filterPath(lang: Lang, kind: 'servicesFilter' | 'lifeSituationFilter', slug: string): string {
  const [first, second] = slug.split('/');
  const filter = (kind === 'servicesFilter' ? first : second) as ServiceFilter;
  const word = FILTER_WORDS[filter]?.[lang] ?? filter;
  const base = `/${lang}/${SEGMENTS[kind][lang]}/`;
  return kind === 'servicesFilter'
    ? `${base}${FILTER_SEGMENT[lang]}/${word}/`
    : `${base}${first}/${FILTER_SEGMENT[lang]}/${word}/`;
}

/** The managers' report as CSV: /lv/pieejamibas-parskats.csv, or per institution /lv/pieejamibas-parskats/<id>.csv. */
export function accessReportCsvPath(lang: Lang, institution?: string): string {
  const segment = SEGMENTS.accessReport[lang];
  return institution ? `/${lang}/${segment}/${institution}.csv` : `/${lang}/${segment}.csv`;
}

/** The same rows as JSON: /lv/pieejamibas-parskats.json, or per institution /lv/pieejamibas-parskats/<id>.json. */
export function accessReportJsonPath(lang: Lang, institution?: string): string {
  return accessReportCsvPath(lang, institution).replace(/\.csv$/, '.json');
}
