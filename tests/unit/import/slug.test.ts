import { describe, expect, it } from 'vitest';
import { genitiveForms } from '../../../src/import/genitive.ts';
import { asciiFold, slugify } from '../../../src/import/slug.ts';
import { fold } from '../../../src/lib/search/fold.ts';

describe('asciiFold', () => {
  it.each([
    ['Rūjiena', 'rujiena'],
    ['ĀČĒĢĪĶĻŅŠŪŽ', 'acegiklnsuz'],
    ['Krišjāņa Valdemāra iela 38 k-1', 'krisjana valdemara iela 38 k-1'],
    ['Čiekurkalna 1. līnija', 'ciekurkalna 1. linija'],
  ])('%s → %s', (text, expected) => {
    expect(asciiFold(text)).toBe(expected);
  });

  it('keeps the punctuation the search fold turns into spaces (a different meaning, hence a different name)', () => {
    expect(asciiFold('Aizkraukles nov.')).toBe('aizkraukles nov.');
    expect(fold('Aizkraukles nov.')).toBe('aizkraukles nov');
  });
});

describe('slugify', () => {
  it.each([
    ['Vecpiebalgas pagasts', 'vecpiebalgas-pagasts'],
    ['LV-4240', 'lv-4240'],
    ['  Rīga — centrs! ', 'riga-centrs'],
  ])('%s → %s', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });
});

describe('genitiveForms', () => {
  it.each([
    ['Madona', ['Madonas']],
    ['Ogre', ['Ogres']],
    ['Cēsis', ['Cēsu']],
    ['Tukums', ['Tukuma']],
    ['Balvi', ['Balvu']],
    ['Daugavpils', ['Daugavpils']],
    ['Saldus', ['Saldus']],
    ['Ērgļi', ['Ērgļu']],
  ])('%s → %j', (name, expected) => {
    expect([...genitiveForms(name)]).toEqual(expected);
  });
});
