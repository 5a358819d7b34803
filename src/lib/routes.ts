// Every URL of the site is built here, so the language switch and links never disagree.
// Latvian pages use Latvian path words and English pages English ones.

export const LANGS = ['lv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The kinds of page the site has; each maps to one path word per language. */
export type PageKind =
  | 'home'
  | 'services'
  | 'service'
  | 'place'
  | 'municipality'
  | 'municipalities'
  | 'lifeSituation'
  | 'about'
  | 'accessibility';

const SEGMENTS: Record<Exclude<PageKind, 'home'>, Record<Lang, string>> = {
  services: { lv: 'pakalpojumi', en: 'services' },
  service: { lv: 'pakalpojumi', en: 'services' },
  place: { lv: 'vietas', en: 'places' },
  municipality: { lv: 'pasvaldibas', en: 'municipalities' },
  municipalities: { lv: 'pasvaldibas', en: 'municipalities' },
  lifeSituation: { lv: 'dzives-situacijas', en: 'life-situations' },
  about: { lv: 'par-datiem', en: 'about-the-data' },
  accessibility: { lv: 'pieklustamiba', en: 'accessibility' },
};

/** A page of the site, independent of language: kind plus the record's slug where it has one. */
export interface PageRef {
  kind: PageKind;
  slug?: string;
}

/** The site-absolute path of a page in a language, always with a trailing slash. */
export function pathFor(lang: Lang, page: PageRef): string {
  if (page.kind === 'home') return `/${lang}/`;
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
