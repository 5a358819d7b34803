import { describe, expect, it } from 'vitest';
import { latvianStem, stem } from '../../../../src/lib/search/stem.ts';
import { fold } from '../../../../src/lib/search/fold.ts';

const stemOf = (word: string) => stem(fold(word));

describe('latvianStem', () => {
  it.each([
    ['deklaret', 'deklar'],
    ['deklaresana', 'deklar'],
    ['deklaresanas', 'deklar'],
    ['registracija', 'registr'],
    ['dzivesvietu', 'dzivesviet'],
    ['dzivesvietas', 'dzivesviet'],
    ['pilsoniba', 'pilson'],
    ['pabalsts', 'pabalst'],
    ['pase', 'pas'],
    ['skirt', 'skir'],
    ['id', 'id'],
    ['un', 'un'],
  ])('%s → %s', (word, expected) => expect(latvianStem(word)).toBe(expected));
});

describe('stem: inflected forms of one word meet', () => {
  it.each([
    // Latvian nouns in their cases
    [['pase', 'pasi', 'pases', 'pasē', 'pasu']],
    [['pabalsts', 'pabalsta', 'pabalstu', 'pabalstam', 'pabalsti']],
    [['dzīvesvieta', 'dzīvesvietu', 'dzīvesvietas', 'dzīvesvietā']],
    [['pensija', 'pensiju', 'pensijas', 'pensijai']],
    [['apliecība', 'apliecību', 'apliecības']],
    // Latvian verbs and their verbal nouns
    [['deklarēt', 'deklarēšana', 'deklarēju', 'deklarēšu']],
    [['šķirties', 'šķiršanās', 'šķirt', 'šķiros']],
    [['precēties', 'precēšanās', 'precējos']],
    [['pazaudēt', 'pazaudēju']],
    [['mainīt', 'maiņa', 'maiņu']],
    // definite adjectives
    [['jaunais', 'jaunajā', 'jaunajam', 'jauna']],
    // Russian
    [['права', 'прав', 'правами']],
    [['пенсия', 'пенсию', 'пенсии']],
    [['больничный', 'больничного']],
    [['паспорт', 'паспорта']],
    // Ukrainian
    [['посвідка', 'посвідку', 'посвідки']],
    [['лікар', 'лікаря']],
    [['тимчасовий', 'тимчасового']],
    [['дитину', 'дитини']],
  ])('%j', (forms) =>
    expect(new Set(forms.map(stemOf)).size, forms.map((f) => `${f} → ${stemOf(f)}`).join(', ')).toBe(1),
  );

  it('keeps different words apart', () => {
    expect(stemOf('pase')).not.toBe(stemOf('pasts'));
    expect(stemOf('bērns')).not.toBe(stemOf('bēres'));
    expect(stemOf('vīza')).not.toBe(stemOf('vieta'));
  });
});
