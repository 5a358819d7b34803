// ASCII forms of Latvian names, for the importers' ids and name matching.
// Not src/lib/search/fold.ts: that one folds what people type for search (Cyrillic kept,
// punctuation turned into spaces); this one keeps punctuation, so slugify decides what a dash is.

const LATVIAN_ASCII: Record<string, string> = {
  ā: 'a',
  č: 'c',
  ē: 'e',
  ģ: 'g',
  ī: 'i',
  ķ: 'k',
  ļ: 'l',
  ņ: 'n',
  š: 's',
  ū: 'u',
  ž: 'z',
  ō: 'o',
  ŗ: 'r',
};

/** Latvian letters folded to plain ASCII, lower case: "Rūjiena" → "rujiena". */
export function asciiFold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[āčēģīķļņšūžōŗ]/g, (c) => LATVIAN_ASCII[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A lower-case ASCII slug of words joined by single dashes: "Vecpiebalgas pagasts" → "vecpiebalgas-pagasts". */
export function slugify(s: string): string {
  return asciiFold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
