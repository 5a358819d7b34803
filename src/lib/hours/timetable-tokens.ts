// The words and numbers of a Latvian timetable, read one by one: weekday names and their
// abbreviations, "closed" words, filler words that carry nothing, and time ranges ("8.30–12.00",
// "no plkst. 8 līdz 17"). from-text.ts has already lower-cased the text and taken out the phrases
// it reads whole; what is left is tokens for timetable-groups.ts, or the reason it cannot be read.

import type { Span } from './opening-hours.ts';

// Weekday words: full forms in any case ending ("pirmdiena", "pirmdien", "pirmdienās",
// "no pirmdienas") and the abbreviations used in tables (P., O., T., C., Pk., S., Sv.; Pr., Ot., …).
const DAY_PREFIXES = ['pirmd', 'otrd', 'tresd', 'ceturtd', 'piektd', 'sestd', 'svetd'];
const DAY_ABBREVIATIONS: Record<string, number> = {
  p: 0,
  pr: 0,
  pirm: 0,
  o: 1,
  ot: 1,
  otr: 1,
  t: 2,
  tr: 2,
  tres: 2,
  c: 3,
  ce: 3,
  cet: 3,
  ceturt: 3,
  pk: 4,
  pt: 4,
  piekt: 4,
  s: 5,
  se: 5,
  sest: 5,
  sv: 6,
  svet: 6,
};

function dayOf(word: string): number | null {
  const bare = word.replace(/\.$/, '');
  const i = DAY_PREFIXES.findIndex((p) => bare.startsWith(p));
  if (i >= 0) return i;
  // Tables write abbreviations with or without the dot ("P-C", "S., Sv.").
  return DAY_ABBREVIATIONS[bare] ?? null;
}

const CLOSED = new Set(['slegts', 'slegta', 'slegtas', 'brivs', 'briva', 'brivdiena', 'nestrada', 'nav']);
/** Words that carry no timetable information ("VPVKAC darba laiks:", "no plkst. 8.00 līdz …"). */
const FILLER = new Set([
  'vpvkac',
  'darba',
  'laiks',
  'plkst',
  'plkst.',
  'pulksten',
  'klientu',
  'apmekletaju',
  'iedzivotaju',
  'pienemsana',
  'pienemsanas',
  'apkalposana',
  'apkalposanas',
  'klatiene',
  'ir',
  'atverts',
  'atverta',
  'strada',
  'stradas',
  'bus',
  'bet',
]);

/** One time range, optionally with "no", "plkst." or "pulksten": hours in groups 1 and 2. */
export const TIME_RANGE = String.raw`(?:no\s+)?(?:plkst\.?\s*|pulksten\s+)?(\d{1,2}(?:[.:]\d{2})?)\s*(?:-|lidz)\s*(?:plkst\.?\s*|pulksten\s+)?(\d{1,2}(?:[.:]\d{2})?)`;

/** "8", "8.30" or "8:30" → minutes after midnight; null when it is not a time of day. */
export function toMinutes(t: string): number | null {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

export type TimetableToken =
  | { kind: 'day'; day: number }
  | { kind: 'span'; span: Span }
  | { kind: 'closed' }
  | { kind: 'range' }
  | { kind: 'sep' }
  | { kind: 'word'; text: string };

/** The text's tokens, or why it cannot be read (a number that is not a time, an unexpected character). */
export function tokeniseTimetable(text: string): TimetableToken[] | string {
  const tokens: TimetableToken[] = [];
  const re = new RegExp(
    String.raw`\s*(?:` + TIME_RANGE + String.raw`|(\d+)|([a-z]+\.?)|(-)|([,;:|/&]|\bun\b)|(\.)|(\S))`,
    'y',
  );
  let m: RegExpExecArray | null;
  let rest = text;
  while (rest.trim() !== '' && (m = re.exec(rest)) !== null) {
    rest = rest.slice(m[0].length);
    re.lastIndex = 0;
    const [, from, to, digits, word, dash, sep, dot, other] = m;
    if (from !== undefined && to !== undefined) {
      const a = toMinutes(from);
      const b = toMinutes(to);
      if (a === null || b === null) return `not a time of day: "${from}-${to}"`;
      if (b <= a) return `a time range that ends before it starts: "${from}-${to}"`;
      // A bare hour range ("no pulksten 10 līdz 18", "9-17") is read, but not one that may be something else ("1-3").
      if (!/[.:]/.test(from) && !/[.:]/.test(to) && a < 5 * 60)
        return `a number range that may not be hours: "${from}-${to}"`;
      tokens.push({ kind: 'span', span: [a, b] });
    } else if (digits !== undefined) return `a number that is not a time: "${digits}"`;
    else if (word !== undefined) {
      if (word === 'un') tokens.push({ kind: 'sep' });
      else if (word === 'lidz') tokens.push({ kind: 'range' });
      else if (word === 'no') continue;
      else if (CLOSED.has(word.replace(/\.$/, ''))) tokens.push({ kind: 'closed' });
      else if (FILLER.has(word) || FILLER.has(word.replace(/\.$/, ''))) continue;
      else {
        const day = dayOf(word);
        tokens.push(day === null ? { kind: 'word', text: word } : { kind: 'day', day });
      }
    } else if (dash !== undefined) tokens.push({ kind: 'range' });
    else if (sep !== undefined) tokens.push({ kind: 'sep' });
    else if (dot !== undefined) continue;
    else if (other !== undefined) return `an unexpected character "${other}"`;
  }
  return tokens;
}
