// Numbers, dates and times written the way each language writes them
// (Latvian: 26.11.2026., 8.30–17.00, 4,27 €; English: 26 November 2026, 8:30–17:00, €4.27).
import type { Lang } from '../site/routes.ts';
import type { Span } from '../hours/opening-hours.ts';

const LOCALE: Record<Lang, string> = { lv: 'lv-LV', en: 'en-GB' };

// Intl objects are costly to create and a build formats hundreds of thousands of values, so each
// formatter is made once per language and options.
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator | Intl.ListFormat | Intl.DisplayNames;
const formatters = new Map<string, Formatter>();
function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter as T;
}

/** A calendar date given as YYYY-MM-DD, without any time-zone shift. */
export function formatDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  if (lang === 'lv') return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}.`;
  const month = cached('month', () => new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' })).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
  return `${d} ${month} ${y}`;
}

/** Minutes after midnight as a clock time: 510 → "8.30" (lv) / "8:30" (en). */
export function formatTime(minutes: number, lang: Lang): string {
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, '0');
  return `${h}${lang === 'lv' ? '.' : ':'}${m}`;
}

export function formatSpan(span: Span, lang: Lang): string {
  return `${formatTime(span[0], lang)}–${formatTime(span[1], lang)}`;
}

/** Euro amounts: "4,27 €" / "€4.27"; whole euros keep two decimals as official fee lists do. */
export function formatEuro(amount: number, lang: Lang): string {
  return cached(`euro-${lang}`, () => new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR' }))
    .format(amount)
    .replace(/\u00a0/g, ' ');
}

/** Distances: "850 m" below one kilometre, else "1,2 km" / "1.2 km". */
export function formatDistance(metres: number, lang: Lang): string {
  if (metres < 1000) return `${Math.round(metres / 10) * 10} m`;
  const km = metres / 1000;
  const digits = km < 10 ? 1 : 0;
  const number = cached(
    `km-${lang}-${digits}`,
    () => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: digits }),
  );
  return `${number.format(km)} km`;
}

/** A phone number as a tel: link target (digits and leading +, Latvian numbers get +371). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.startsWith('+') ? `tel:${digits}` : digits.length === 8 ? `tel:+371${digits}` : `tel:${digits}`;
}

/** Latvian-aware sorting for names shown in lists. */
export function collator(lang: Lang): Intl.Collator {
  return cached(`collator-${lang}`, () => new Intl.Collator(LOCALE[lang]));
}

/** "a, b and c" / "a, b un c". */
export function listText(items: readonly string[], lang: Lang): string {
  return cached(`list-${lang}`, () => new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' })).format(
    items,
  );
}

/** Names of countries ("region") or languages in the page's language: LV → "Latvia" / "Latvija". */
export function displayName(code: string, type: 'region' | 'language', lang: Lang): string {
  return cached(`names-${type}-${lang}`, () => new Intl.DisplayNames([lang], { type })).of(code) ?? code;
}
