// What the browser tests visit: one page of every kind, found from the routes and
// the data at test time, and the UI strings from src/i18n. Anything missing throws, so the test fails.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { messages } from '../../src/i18n/index.ts';
import { LANGS, alternatePaths, pathFor, type Lang, type PageRef } from '../../src/lib/site/routes.ts';

export { LANGS, alternatePaths, pathFor, type Lang, type PageRef };

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Service pages the tests open; both are in the VPVKAC basket and have several channels. */
export const SERVICE_SLUGS = ['passport-eid', 'residence-declaration'] as const;

/** The state city every municipality test starts from. */
export const RIGA = 'riga';

function readJson(relative: string): unknown {
  const file = new URL(relative, new URL('../../', import.meta.url));
  if (!existsSync(file)) throw new Error(`${relative} does not exist`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function records(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value as Record<string, unknown>[];
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('id' in object) return [object];
    for (const inner of Object.values(object)) if (Array.isArray(inner)) return inner as Record<string, unknown>[];
  }
  return [];
}

/** The id of the first place in data/places/*.json (files in name order); throws when there is none. */
export function firstPlaceId(): string {
  const dir = new URL('../../data/places/', import.meta.url);
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((name: string) => name.endsWith('.json'))
        .sort()
    : [];
  for (const file of files) {
    const first = records(readJson(`data/places/${file}`)).find((record) => typeof record.id === 'string');
    if (first) return first.id as string;
  }
  throw new Error('no place found in data/places/*.json');
}

/** The slug of the first novads (not a state city) in data/municipalities.json; throws when there is none. */
export function firstNovadsSlug(): string {
  const novads = records(readJson('data/municipalities.json')).find((m) => m.kind === 'novads');
  if (typeof novads?.slug !== 'string') throw new Error('no novads found in data/municipalities.json');
  return novads.slug;
}

/** The id of the first life situation in data/life-situations.json; throws when there is none. */
export function firstLifeSituationId(): string {
  const first = records(readJson('data/life-situations.json'))[0];
  if (typeof first?.id !== 'string') throw new Error('no life situation in data/life-situations.json');
  return first.id;
}

/** One page to visit. */
export interface SitePage {
  name: string;
  ref: PageRef;
}

function page(name: string, kind: PageRef['kind'], slug?: string): SitePage {
  return { name, ref: slug === undefined ? { kind } : { kind, slug } };
}

/** One page of every kind (two for services and municipalities). */
export function sitePages(): SitePage[] {
  return [
    page('home', 'home'),
    page('services A–Z', 'services'),
    ...SERVICE_SLUGS.map((slug) => page(`service ${slug}`, 'service', slug)),
    ...SERVICE_SLUGS.map((slug) => page(`places of service ${slug}`, 'servicePlaces', slug)),
    page('place', 'place', firstPlaceId()),
    page('municipalities', 'municipalities'),
    page(`municipality ${RIGA}`, 'municipality', RIGA),
    page('municipality (novads)', 'municipality', firstNovadsSlug()),
    page('life situation', 'lifeSituation', firstLifeSituationId()),
    page('about the data', 'about'),
    page('open data for re-users', 'openData'),
    page('accessibility', 'accessibility'),
    page('offline', 'offline'),
  ];
}

/** The flat UI strings of a language, merged from src/i18n/<lang>/*.json as the site merges them. */
export function uiStrings(lang: Lang): Record<string, string> {
  return messages[lang] as Record<string, string>;
}

/** One UI string without its {{placeholders}}; throws when the key does not exist. */
export function uiText(lang: Lang, key: string): string {
  const value = uiStrings(lang)[key];
  if (typeof value !== 'string') throw new Error(`missing UI string ${key} in src/i18n/${lang}/`);
  return value.replace(/\{\{[^}]*\}\}/g, '').trim();
}
