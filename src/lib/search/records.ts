// The records the service search works on: one per service and language, built from the
// catalogue at build time with its text already folded (lower case, no diacritics), so the
// browser never normalises text per search.
import type { Catalog } from '../catalog/validate.ts';
import { channelEnvironments, type Environment } from '../channels/channels.ts';
import { fold } from './fold.ts';
import { inLang } from '../text/localized.ts';
import { otherLang, type Lang } from '../site/routes.ts';

/** One service as the browser searches and shows it. */
export interface SearchRecord {
  slug: string;
  /** Display name in the page's language. */
  name: string;
  /** Display name of the institution in the page's language. */
  institution: string;
  /** Which kinds of request channel exist (as on the A–Z list). */
  channels: Record<Environment, boolean>;
  /** Folded text the searcher matches against. */
  text: {
    name: string;
    /** Keywords and everyday phrases in the page's language. */
    keywords: string[];
    /** Keywords and everyday phrases in the other site language (people mix them), at lower weight. */
    otherKeywords: string[];
    /** Everyday phrases in Russian and Ukrainian (the site has no pages in them). */
    phrases: string[];
    /** Institution name in both languages and its abbreviation. */
    institution: string;
    /** Names of the life situations the service belongs to. */
    situations: string[];
  };
}

/** The static JSON file the build writes per language. */
export interface SearchIndex {
  lang: Lang;
  records: SearchRecord[];
  /** Life situations that have services, offered when nothing is found. */
  situations: { id: string; name: string }[];
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** The compact records of one language, text folded, for the static index file. */
export function buildSearchIndex(catalog: Catalog, lang: Lang): SearchIndex {
  const other = otherLang(lang);
  const institutions = new Map(catalog.institutions.map((i) => [i.id, i]));
  const situations = new Map(catalog.lifeSituations.map((s) => [s.id, s]));
  const phrases = new Map((catalog.everydayPhrases ?? []).map((p) => [p.id, p]));
  const records = catalog.services.map((service): SearchRecord => {
    const institution = institutions.get(service.institution);
    const everyday = phrases.get(service.id);
    const name = inLang(service.name, lang);
    const institutionText = institution
      ? [institution.name.lv, institution.name.en.text, institution.abbreviation ?? ''].join(' ')
      : service.institution;
    const folded = (texts: string[]) => unique(texts.map(fold)).filter(Boolean);
    return {
      slug: service.slug,
      name,
      institution: institution ? inLang(institution.name, lang) : service.institution,
      channels: channelEnvironments(service.requestChannels),
      text: {
        name: fold(name),
        keywords: folded([...service.keywords[lang], ...(everyday?.[lang] ?? [])]),
        otherKeywords: folded([...service.keywords[other], ...(everyday?.[other] ?? [])]),
        phrases: folded([...(everyday?.ru ?? []), ...(everyday?.uk ?? [])]),
        institution: fold(institutionText),
        situations: service.lifeSituations.map((id) => fold(situations.get(id)?.name[lang] ?? id)),
      },
    };
  });
  const used = new Set(catalog.services.flatMap((s) => s.lifeSituations));
  const offered = catalog.lifeSituations.filter((s) => used.has(s.id)).map((s) => ({ id: s.id, name: s.name[lang] }));
  return { lang, records, situations: offered };
}
