// Data text in the page's language. Records carry two shapes of bilingual text:
// LocalizedText ({ lv, en }) written by this project, and MarkedText ({ lv, en: { text, origin } })
// whose English side says whether the institution wrote it. Pages want only the words.
import type { LocalizedText, MarkedText } from '../schema/common.ts';
import type { Lang } from '../site/routes.ts';

/** The words of a bilingual text in one language: `en.text` for marked English, the string otherwise. */
export function inLang(text: LocalizedText | MarkedText, lang: Lang): string {
  if (lang === 'lv') return text.lv;
  return typeof text.en === 'string' ? text.en : text.en.text;
}

/** A marked text as plain { lv, en } words, for consumers that do not show the English origin. */
export function plainText(text: LocalizedText | MarkedText): LocalizedText {
  return { lv: text.lv, en: inLang(text, 'en') };
}
