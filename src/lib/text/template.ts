// UI-string templates outside i18next: "{{name}}" placeholders and plural forms. The islands
// get their strings as templates (src/components/island-props.ts) and fill them in the browser;
// the build's fast translator (src/i18n/index.ts) fills the same templates without i18next.
// Both must read a template the way i18next does, so the rules live here once.
import type { Lang } from '../site/routes.ts';

/** A "{{name}}" placeholder; the name is a word. */
export const PLACEHOLDER = /\{\{(\w+)\}\}/g;

type Values = Record<string, string | number | undefined>;

/** The template with each placeholder replaced by its value; a placeholder without a value becomes ''. */
export function fill(template: string, values: Values): string {
  return template.replace(PLACEHOLDER, (_, name: string) => String(values[name] ?? ''));
}

/** The template with every placeholder given, or null when one has no value (the caller decides then). */
export function fillComplete(template: string, values: Values): string | null {
  let complete = true;
  const text = template.replace(PLACEHOLDER, (match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      complete = false;
      return match;
    }
    return String(value);
  });
  return complete ? text : null;
}

export type PluralCategory = Intl.LDMLPluralRule;

const rules = new Map<Lang, Intl.PluralRules>();

/**
 * The form of a text for a count, chosen as i18next chooses: the "zero" form for 0 when there is
 * one, otherwise the form of the language's plural category (Latvian: zero for 10–20, 30, …;
 * one for 1, 21, …; other). undefined when that form is missing; the caller picks its fallback.
 */
export function pluralForm<T>(forms: Partial<Record<PluralCategory, T>>, lang: Lang, count: number): T | undefined {
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return forms[rule.select(count)];
}
