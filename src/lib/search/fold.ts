// Text folding for matching what people type: lower case, no diacritics, single spaces.
// Most phone keyboards make "deklaret dzivesvietu" easier to type than "deklarēt dzīvesvietu",
// so both the index and the query are folded the same way. Used by the service search and the
// place finder alike.

/** Longest text we look at: a search or place box takes at most this many characters. */
export const MAX_INPUT_LENGTH = 200;

// Invisible format characters (zero-width space and joiners, soft hyphen, byte-order mark,
// direction marks): pasted from web pages and chats, they would split a word in two.
const INVISIBLE = /\p{Cf}/gu;
const LATIN_WITH_MARKS = /([a-z])[\u0300-\u036f]+/g;

/** Text made comparable: NFKC (full-width "ｐａｓｅ" and ligatures become plain letters), invisible characters removed. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/**
 * What a person typed or pasted, cut to MAX_INPUT_LENGTH before any other work, so a pasted
 * page costs nothing; invisible characters do not count towards the limit.
 */
export function limitInput(text: string): string {
  return normalizeText(text.slice(0, MAX_INPUT_LENGTH * 4)).slice(0, MAX_INPUT_LENGTH);
}

/**
 * "Dzīvesvietas Deklarēšana" → "dzivesvietas deklaresana". Latin letters lose their marks;
 * Cyrillic keeps й, ї and є (they are letters of their own there), but ё is written е and ґ is
 * written г, as most Russian and Ukrainian keyboards and people do.
 */
export function fold(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_WITH_MARKS, '$1')
    .normalize('NFC')
    .replace(/ё/g, 'е')
    .replace(/ґ/g, 'г')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
