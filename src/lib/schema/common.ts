import { z } from 'zod';

/** A calendar date written as YYYY-MM-DD; used for "checked on" dates. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written as YYYY-MM-DD')
  // Round-trip through Date: "2027-02-30" parses but comes back as March, so it is rejected.
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'a real calendar date')
  .describe('A calendar date, YYYY-MM-DD.');

/**
 * The day the project's first records were written, from that day's harvest of official pages
 * (the first data commits are of 2026-11-26). No check date can be earlier.
 */
export const FIRST_DATA_DATE = '2026-11-26';

/** Only https links: the site links people onward and must not downgrade them. */
export const HttpsUrl = z
  .string()
  .url('a full URL')
  .startsWith('https://', 'a URL starting with https://')
  .describe('An absolute https URL.');

/** The scheme of an address ("https:"), or null when it is not a URL. */
function schemeOf(value: string): string | null {
  try {
    return new URL(value).protocol;
  } catch {
    return null;
  }
}

/**
 * Where a fact was read: https, or http with a reason beside it (Source.httpReason). Zod's url()
 * accepts any scheme, javascript: and data: included, and the pages link every source.
 */
export const SourceUrl = z
  .string()
  .url('a full URL')
  .refine((value) => ['https:', 'http:'].includes(schemeOf(value) ?? ''), 'an https:// address')
  .describe('Where a fact was read.');

/** Record ids and slugs appear in URLs, so they are lower-case ASCII words joined by dashes. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case ASCII letters, digits and single dashes')
  .describe('A stable ASCII identifier used in URLs.');

/** Text in both site languages. Latvian is required; English is our own wording unless marked. */
export const LocalizedText = z
  .strictObject({
    lv: z.string().trim().min(1, 'Latvian text (required)').describe('Latvian text, the source of truth.'),
    en: z.string().trim().min(1, 'English text').describe('English text in plain words.'),
  })
  .describe('Text in Latvian and English.');
export type LocalizedText = z.infer<typeof LocalizedText>;

/** English text of a name or summary, marked with who wrote it (official source or this project). */
export const EnglishText = z
  .strictObject({
    text: z.string().trim().min(1, 'English text').describe('The English wording.'),
    origin: z
      .enum(['official', 'ours'])
      .describe('official: the institution publishes this English text; ours: our translation.'),
  })
  .describe('English text with its origin.');

/** A name or summary: Latvian text and English text marked official or ours. */
export const MarkedText = z
  .strictObject({
    lv: z.string().trim().min(1, 'Latvian text (required)').describe('Latvian text as the source gives it.'),
    en: EnglishText.describe('English text and whether it is official.'),
  })
  .describe('Latvian text with marked English text.');
export type MarkedText = z.infer<typeof MarkedText>;

/** One source a record was built from. */
export const Source = z
  .strictObject({
    url: SourceUrl.describe('The page or file the facts were read from.'),
    title: z.string().min(1).nullable().describe('What the source is, in a few words, or null.'),
    httpReason: z
      .string()
      .trim()
      .min(1, 'a reason')
      .optional()
      .describe(
        'Only for an http:// url: why no https:// address of the same page is cited (absent for an https source).',
      ),
  })
  .superRefine((source, ctx) => {
    const scheme = schemeOf(source.url);
    if (scheme === 'http:' && source.httpReason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        input: source.url,
        message:
          'an https:// address (an http:// source needs "httpReason": why no https address of the page is known)',
      });
    }
    if (scheme === 'https:' && source.httpReason !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['httpReason'],
        input: source.httpReason,
        message: 'no httpReason (the source is https)',
      });
    }
  })
  .describe('A source of facts.');
export type Source = z.infer<typeof Source>;

/** Every record says where its facts come from and when a person last checked them. */
export const Provenance = {
  sources: z.array(Source).min(1, 'at least one source').describe('Where the facts in this record come from.'),
  checked: IsoDate.describe('The date the sources were last checked.'),
};

/** Latvian phone numbers as published, e.g. "+371 67209400" or short numbers like "8000". */
export const Phone = z
  .string()
  .regex(/^\+?[0-9 ]{4,20}$/, 'a phone number of digits and spaces, optionally starting with +')
  .describe('A phone number as dialled.');

export const Email = z.string().email('an e-mail address').describe('An e-mail address.');

/** ATVK code of a municipality (Administratīvo teritoriju un teritoriālo vienību klasifikators), 7 digits. */
export const Atvk = z
  .string()
  .regex(/^\d{7}$/, 'a 7-digit ATVK code')
  .describe('Municipality code (ATVK).');
