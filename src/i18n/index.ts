// One i18next instance serves every UI string. The strings are in one file per area of the site
// (lv/<area>.json, en/<area>.json, same file names and keys in both); Latvian is the source of truth
// and English must have exactly the same keys (tests/unit/i18n.test.ts holds them together).
import i18next, { type TFunction } from 'i18next';
import lvSite from './lv/site.json' with { type: 'json' };
import lvService from './lv/service.json' with { type: 'json' };
import lvAccess from './lv/access.json' with { type: 'json' };
import lvPlaces from './lv/places.json' with { type: 'json' };
import lvReport from './lv/report.json' with { type: 'json' };
import lvSearch from './lv/search.json' with { type: 'json' };
import lvData from './lv/data.json' with { type: 'json' };
import enSite from './en/site.json' with { type: 'json' };
import enService from './en/service.json' with { type: 'json' };
import enAccess from './en/access.json' with { type: 'json' };
import enPlaces from './en/places.json' with { type: 'json' };
import enReport from './en/report.json' with { type: 'json' };
import enSearch from './en/search.json' with { type: 'json' };
import enData from './en/data.json' with { type: 'json' };
import type { Lang } from '../lib/site/routes.ts';
import { PLACEHOLDER, fillComplete, pluralForm, type PluralCategory } from '../lib/text/template.ts';

// Merged once here, so a lookup is one flat object as before; the files share no key (tested).
const lv = { ...lvSite, ...lvService, ...lvAccess, ...lvPlaces, ...lvReport, ...lvSearch, ...lvData };
const en = { ...enSite, ...enService, ...enAccess, ...enPlaces, ...enReport, ...enSearch, ...enData };

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
type Options = Record<string, unknown>;

/**
 * A build asks for UI strings millions of times, and i18next's t() (key resolution, plural
 * lookup, interpolation, nesting) dominated its profile. So each translator keeps what i18next
 * resolves once: option-less strings whole, and for calls with plain values (strings, numbers)
 * the template, which it fills in itself. i18next stays the source of the texts and the plural
 * rules; anything the fast path does not cover (nesting, formats, missing keys or values, object
 * options) goes to i18next. tests/unit/i18n.test.ts holds the two to the same text for every key.
 */
const translators = new Map<Lang, Translator>();

/** Templates the fast path fills: only {{name}} placeholders, no nesting, formats or unescaped values. */
function simpleTemplate(text: string): boolean {
  const rest = text.replace(PLACEHOLDER, '');
  return !rest.includes('{{') && !rest.includes('$t(');
}

const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

function plainValues(options: Options): boolean {
  for (const value of Object.values(options)) if (typeof value !== 'string' && typeof value !== 'number') return false;
  return true;
}

/** A translator bound to one language. */
export function useTranslations(lang: Lang): Translator {
  let translator = translators.get(lang);
  if (translator) return translator;
  const t: TFunction = i18n.getFixedT(lang);
  const plain = new Map<string, string>();
  // Per key: undefined if the language lacks it, null if only i18next can fill it, else the template.
  const templates = new Map<string, string | null | undefined>();
  const template = (key: string): string | null | undefined => {
    if (templates.has(key)) return templates.get(key);
    const stored: unknown = i18n.getResource(lang, 'translation', key);
    const text = typeof stored !== 'string' ? undefined : simpleTemplate(stored) ? stored : null;
    templates.set(key, text);
    return text;
  };
  // Per key: its "x_zero", "x_one", … templates by plural category.
  const pluralForms = new Map<string, Partial<Record<PluralCategory, string | null>>>();
  const formsOf = (key: string) => {
    let forms = pluralForms.get(key);
    if (!forms)
      pluralForms.set(key, (forms = Object.fromEntries(PLURAL_CATEGORIES.map((c) => [c, template(`${key}_${c}`)]))));
    return forms;
  };
  /** The template i18next would pick: "_zero" for 0, then the plural category, then the key itself. */
  const resolve = (key: string, count: unknown): string | null | undefined => {
    if (typeof count !== 'number') return template(key);
    const form = pluralForm(formsOf(key), lang, count);
    return form !== undefined ? form : template(key);
  };
  translator = (key, options) => {
    if (!options) {
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = t(key) as string));
      return text;
    }
    const form = plainValues(options) ? resolve(key, options.count) : null;
    const filled = typeof form === 'string' ? fillComplete(form, options as Record<string, string | number>) : null;
    return filled ?? (t(key, options) as string);
  };
  translators.set(lang, translator);
  return translator;
}

/** i18next's own t for a language, without the fast path: what useTranslations must equal. */
export function i18nextTranslations(lang: Lang): TFunction {
  return i18n.getFixedT(lang);
}

export const messages = { lv, en };
