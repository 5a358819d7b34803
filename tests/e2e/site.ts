// What the browser tests visit: one page of every kind, found from the routes and
// the data at test time, and the UI strings from src/i18n once they exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGS, alternatePaths, pathFor, type Lang, type PageRef } from '../../src/lib/site/routes.ts';

export { LANGS, alternatePaths, pathFor, type Lang, type PageRef };

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Service pages the tests open; both are in the VPVKAC basket and have several channels. */
export const SERVICE_SLUGS = ['passport-eid', 'residence-declaration'] as const;

/** The state city every municipality test starts from. */
export const RIGA = 'riga';

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(relative, new URL('../../', import.meta.url)), 'utf8'));
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

/** The id of the first place in data/places/*.json (files in name order), or null. */
export function firstPlaceId(): string | null {
  const dir = new URL('../../data/places/', import.meta.url);
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((name: string) => name.endsWith('.json')).sort();
  for (const file of files) {
    const first = records(readJson(`data/places/${file}`)).find((record) => typeof record.id === 'string');
    if (first) return first.id as string;
  }
  return null;
}

/** The slug of the first novads (not a state city) in data/municipalities.json, or null. */
export function firstNovadsSlug(): string | null {
  if (!existsSync(new URL('../../data/municipalities.json', import.meta.url))) return null;
  const novads = records(readJson('data/municipalities.json')).find((m) => m.kind === 'novads');
  return typeof novads?.slug === 'string' ? novads.slug : null;
}

/** The id of the first life situation in data/life-situations.json, or null. */
export function firstLifeSituationId(): string | null {
  if (!existsSync(new URL('../../data/life-situations.json', import.meta.url))) return null;
  const first = records(readJson('data/life-situations.json'))[0];
  return typeof first?.id === 'string' ? first.id : null;
}

/** One page to visit; `missing` says why it could not be chosen (the test then fails with that). */
export interface SitePage {
  name: string;
  ref: PageRef;
  missing?: string;
}

function page(name: string, kind: PageRef['kind'], slug?: string | null, missing?: string): SitePage {
  if (slug === null) return { name, ref: { kind }, missing };
  return { name, ref: slug === undefined ? { kind } : { kind, slug } };
}

/** One page of every kind (two for services and municipalities). */
export function sitePages(): SitePage[] {
  return [
    page('home', 'home'),
    page('services A–Z', 'services'),
    ...SERVICE_SLUGS.map((slug) => page(`service ${slug}`, 'service', slug)),
    ...SERVICE_SLUGS.map((slug) => page(`places of service ${slug}`, 'servicePlaces', slug)),
    page('place', 'place', firstPlaceId(), 'no place found in data/places/*.json'),
    page('municipalities', 'municipalities'),
    page(`municipality ${RIGA}`, 'municipality', RIGA),
    page('municipality (novads)', 'municipality', firstNovadsSlug(), 'no novads found in data/municipalities.json'),
    page('life situation', 'lifeSituation', firstLifeSituationId(), 'no life situation in data/life-situations.json'),
    page('about the data', 'about'),
    page('open data for re-users', 'openData'),
    page('accessibility', 'accessibility'),
    page('offline', 'offline'),
  ];
}

const cache = new Map<Lang, Record<string, string> | null>();

/** The flat UI strings of a language from src/i18n/<lang>.json, or null while that file does not exist. */
export function uiStrings(lang: Lang): Record<string, string> | null {
  if (!cache.has(lang)) {
    const file = new URL(`../../src/i18n/${lang}.json`, import.meta.url);
    cache.set(lang, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : null);
  }
  return cache.get(lang) ?? null;
}

/** One UI string, or undefined when the file or key does not exist yet (the test then checks structure only). */
export function uiText(lang: Lang, key: string): string | undefined {
  const value = uiStrings(lang)?.[key];
  return typeof value === 'string' ? value.replace(/\{\{[^}]*\}\}/g, '').trim() : undefined;
}
