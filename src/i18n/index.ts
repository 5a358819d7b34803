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

/** A translator bound to one language. */
export function useTranslations(lang: Lang): (key: MessageKey, options?: Record<string, unknown>) => string {
  const t: TFunction = i18n.getFixedT(lang);
  return (key, options) => t(key, options) as string;
}

export const messages = { lv, en };
