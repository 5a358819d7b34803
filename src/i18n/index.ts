// One i18next instance serves every UI string; lv.json is the source of truth and en.json
// must have exactly the same keys (a unit test holds them together).
import i18next, { type TFunction } from 'i18next';
import lv from './lv.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import type { Lang } from '../lib/routes.ts';

type Key = keyof typeof lv;
/** Plural keys are stored as "x_zero", "x_one", "x_other" but looked up as "x" with a count. */
type PluralBase<K> = K extends `${infer Base}_${'zero' | 'one' | 'other'}` ? Base : never;
export type MessageKey = Key | PluralBase<Key>;

const i18n = i18next.createInstance();
void i18n.init({
  resources: { lv: { translation: lv }, en: { translation: en } },
  lng: 'lv',
  fallbackLng: false,
  // Flat keys with dots ("service.fee"), as in Starlight: no nesting.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes on output; escaping here would double-escape.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

type Translator = (key: MessageKey, options?: Record<string, unknown>) => string;

/**
 * Same key and options always give the same text, and a build asks for the same strings on
 * thousands of pages; i18next's lookup and interpolation dominated the build profile, so each
 * language keeps the strings it has made. Options with objects or functions are not cached.
 */
const translators = new Map<Lang, Translator>();

function cacheable(options: Record<string, unknown>): boolean {
  for (const value of Object.values(options)) if ((value !== null && typeof value === 'object') || typeof value === 'function') return false;
  return true;
}

/** A translator bound to one language. */
export function useTranslations(lang: Lang): Translator {
  let translator = translators.get(lang);
  if (translator) return translator;
  const t: TFunction = i18n.getFixedT(lang);
  const made = new Map<string, string>();
  translator = (key, options) => {
    if (options && !cacheable(options)) return t(key, options) as string;
    const cacheKey = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let text = made.get(cacheKey);
    if (text === undefined) made.set(cacheKey, (text = t(key, options) as string));
    return text;
  };
  translators.set(lang, translator);
  return translator;
}

export const messages = { lv, en };
