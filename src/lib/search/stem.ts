// Word stems, so that inflected forms meet: "pasi" and "pase", "deklarēt" and "deklarēšana",
// "права" and "прав", "посвідку" and "посвідка". Works on folded words (src/lib/search/fold.ts).
// Snowball has no Latvian stemmer, so Latvian (and, harmlessly, English) words go through the
// small suffix stripper below; Russian and Ukrainian go through the Snowball-derived stemmers of
// @orama/stemmers (maintained, Apache-2.0, 7 KB and 1.4 KB minified).
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';

// Latvian endings, folded (no diacritics), tried longest first so "-esana" wins over "-a".
// Verbal nouns (-šana, -šanas, -šanu, -šanai), reflexive verbs (-ties, -ēties, -ējos, -os),
// infinitives (-ēt, -āt, -īt, -ot, -ūt), past and future tense (-ēju, -āju, -ēšu), -ība, -ija,
// -ācija, definite adjectives (-ais, -ajā, -ajam, -ajiem), agent nouns (-ājs, -ēja) and the
// noun and adjective cases (-as, -es, -is, -us, -ai, -ei, -am, -em, -im, -um, -iem, -u, -a, -e, -i, -s).
const LATVIAN_ENDINGS = [
  'esanas',
  'esanai',
  'esanu',
  'esana',
  'asanas',
  'asanai',
  'asanu',
  'asana',
  'isanas',
  'isanai',
  'isanu',
  'isana',
  'osanas',
  'osanu',
  'osana',
  'usanas',
  'usanu',
  'usana',
  'sanas',
  'sanai',
  'sanu',
  'sana',
  'acijas',
  'acijai',
  'aciju',
  'acija',
  'ijas',
  'ijai',
  'iju',
  'ija',
  'ibas',
  'ibai',
  'ibu',
  'iba',
  'eties',
  'aties',
  'ities',
  'oties',
  'uties',
  'ties',
  'ejos',
  'ajos',
  'ijos',
  'ojos',
  'ajiem',
  'ajam',
  'ajai',
  'ajas',
  'ajos',
  'ajs',
  'aja',
  'aju',
  'ais',
  'ejam',
  'ejas',
  'ejs',
  'eja',
  'eju',
  'esu',
  'asu',
  'isu',
  'osu',
  'oju',
  'iju',
  'iem',
  'am',
  'em',
  'im',
  'um',
  'os',
  'as',
  'es',
  'is',
  'us',
  'ai',
  'ei',
  'et',
  'at',
  'it',
  'ot',
  'ut',
  // English -ing, as people mix English in ("ending", "moving"); no Latvian word ends so.
  'ings',
  'ing',
  'a',
  'e',
  'i',
  'u',
  's',
];

/** Shortest Latvian stem we leave: "pasi" → "pas", but "ir" and "un" stay whole. */
const MIN_STEM = 3;

/** A light Latvian stemmer over a folded word: strips the longest known ending, leaving ≥ 3 letters. */
export function latvianStem(word: string): string {
  for (const ending of LATVIAN_ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  // Infinitives in -t after a consonant ("šķirt", "celt", "braukt"); "-st" is left alone ("pabalst…").
  if (word.length > MIN_STEM && /[^aeiousy]t$/.test(word)) return word.slice(0, -1);
  return word;
}

const CYRILLIC = /[\u0400-\u04ff]/;
/** Letters Ukrainian has and Russian does not. */
const UKRAINIAN_ONLY = /[іїєґ]/;

/** The stem of one folded word, by its script: Latin → Latvian stripper, Cyrillic → Russian or Ukrainian Snowball. */
export function stem(word: string): string {
  if (!CYRILLIC.test(word)) return latvianStem(word);
  const stemmed = UKRAINIAN_ONLY.test(word) ? ukrainian(word) : russian(word);
  // The stemmers may leave a single letter of a short word; keep short words whole instead.
  return stemmed.length >= 2 ? stemmed : word;
}
