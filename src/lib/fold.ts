// Text folding for matching what people type: lower case, no diacritics, single spaces.
// Most phone keyboards make "deklaret dzivesvietu" easier to type than "deklarēt dzīvesvietu",
// so both the index and the query are folded the same way.

/** "Dzīvesvietas Deklarēšana" → "dzivesvietas deklaresana". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
