import { z } from 'zod';
import { Slug } from './common.ts';

/** One short everyday phrase: a few words, the way people say them, not a sentence. */
const Phrase = z
  .string()
  .trim()
  .min(2, 'a phrase of at least 2 characters')
  .max(60, 'a short phrase (at most 60 characters)');

const CYRILLIC = /[\u0400-\u04ff]/;
/** Letters only Russian has (ы, э, ъ, ё) and only Ukrainian has (і, ї, є, ґ): a phrase in the wrong list fails. */
const RUSSIAN_ONLY = /[ыэъё]/i;
const UKRAINIAN_ONLY = /[іїєґ]/i;

const phrases = (what: string, check: (s: string) => boolean, expected: string) =>
  z.array(Phrase.refine(check, expected)).describe(`Everyday phrases in ${what}.`);

/**
 * Everyday words for one service, in Latvian, English, Russian and Ukrainian: how residents,
 * foreigners and front-desk staff ask for it ("slimības lapa", "sick note", "больничный",
 * "лікарняний"). They feed the search only; the site itself stays Latvian and English. Kept in
 * one file (data/everyday-phrases.json) keyed by service id, apart from the service records.
 */
export const EverydayPhrases = z
  .strictObject({
    id: Slug.describe('The id of the service these phrases find.'),
    origin: z
      .literal('ours', 'origin "ours": the phrases are this project\'s own words')
      .describe('Who wrote the phrases: always this project.'),
    lv: phrases('Latvian', (s) => !CYRILLIC.test(s), 'Latvian in Latin letters'),
    en: phrases('English', (s) => !CYRILLIC.test(s), 'English in Latin letters'),
    ru: phrases(
      'Russian',
      (s) => CYRILLIC.test(s) && !UKRAINIAN_ONLY.test(s),
      'Russian in Cyrillic (Latin only for abbreviations such as SIA), without the Ukrainian letters і, ї, є, ґ',
    ),
    uk: phrases(
      'Ukrainian',
      (s) => CYRILLIC.test(s) && !RUSSIAN_ONLY.test(s),
      'Ukrainian in Cyrillic (Latin only for abbreviations such as SIA), without the Russian letters ы, э, ъ, ё',
    ),
  })
  .describe('Everyday search phrases for one service, our own words.');
export type EverydayPhrases = z.infer<typeof EverydayPhrases>;
