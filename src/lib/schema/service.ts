import { z } from 'zod';
import { Atvk, HttpsUrl, IsoDate, LocalizedText, MarkedText, Phone, Provenance, Slug, SourceUrl } from './common.ts';
import { Channel } from './channel.ts';
import { PlaceType } from './place.ts';

/**
 * e: can be requested or received electronically alongside other channels;
 * d: delivered only digitally; f: by nature happens physically (cannot be received electronically).
 */
export const ServiceKind = z.enum(['e', 'd', 'f']).describe('Kind of service per PU2-14.');
export type ServiceKind = z.infer<typeof ServiceKind>;

/** Where a service can be had (PU2-14 N3-2 territorial tiers). */
export const TerritorialScope = z
  .strictObject({
    tier: z
      .enum(['abroad', 'national', 'municipality', 'special-territory', 'single-place'])
      .describe(
        'abroad: also from abroad; national: all of Latvia; municipality: one municipality; special-territory: a defined area; single-place: one place.',
      ),
    municipality: Atvk.nullable().describe('The municipality when the tier is "municipality", else null.'),
    placeId: Slug.nullable().describe('The place when the tier is "single-place", else null.'),
    note: LocalizedText.nullable().describe(
      'What the territory is, when the tier is "special-territory"; or any caveat.',
    ),
  })
  .describe('Territorial scope.');

/** A fee: an amount in euro where there is one fixed amount, and what it is for. */
export const Fee = z
  .strictObject({
    amountEur: z
      .number()
      .min(0)
      .nullable()
      .describe('Amount in euro; 0 for free; null when it varies or is not published as one figure.'),
    description: LocalizedText.describe('What the fee is for and when it applies.'),
  })
  .describe('A fee.');

/** One concrete kind of help for people who cannot use the service on their own. */
export const AssistOption = z
  .strictObject({
    description: LocalizedText.describe('What the help is.'),
    url: HttpsUrl.nullable().describe('Where to read more, or null.'),
    phone: Phone.nullable().describe('Where to call, or null.'),
    placeTypes: z.array(PlaceType).describe('Kinds of place where the help is given.'),
  })
  .describe('Assisted access option.');
export type AssistOption = z.infer<typeof AssistOption>;

/** Facts for foreigners and people abroad (PU2-14 N3-4). */
export const CrossBorder = z
  .strictObject({
    fromAbroad: z.boolean().nullable().describe('Whether it can be requested from abroad; null when unknown.'),
    fromAbroadHow: LocalizedText.nullable().describe('How it is done from abroad, or null.'),
    foreignEid: z
      .boolean()
      .nullable()
      .describe("Whether another EU state's eID is accepted online; null when unknown."),
    englishInstructionsUrl: HttpsUrl.nullable().describe('An official page with instructions in English, or null.'),
    foreignerNote: LocalizedText.nullable().describe(
      'What a foreigner should know (eligibility, translations), or null.',
    ),
  })
  .describe('Cross-border facts.');

/** A service a person needs next or instead, and why, so an answer never ends in a dead end. */
export const RelatedService = z
  .strictObject({
    service: Slug.describe('Id of the related service.'),
    why: LocalizedText.describe('When the person needs it, in one short sentence ("If the child was born abroad").'),
  })
  .describe('A related service.');
export type RelatedService = z.infer<typeof RelatedService>;

/**
 * A key fact rests on an old page (dated before 2023, or an undated card of the old portal): the page
 * says so instead of presenting the fact as current. Optional, so records without it stay valid.
 */
export const StaleSource = z
  .strictObject({
    pageDate: IsoDate.nullable().describe('The date the old page shows, or null when it shows none.'),
    url: SourceUrl.nullable().describe('The old page, or null when the note covers several pages.'),
    note: LocalizedText.describe('Which facts rest on the old page and what to check.'),
  })
  .describe('An old source behind a key fact.');
export type StaleSource = z.infer<typeof StaleSource>;

export const Service = z
  .strictObject({
    id: Slug.describe('Stable id, e.g. "residence-declaration".'),
    slug: Slug.describe('The URL segment for the service page; stable once published.'),
    catalogId: z.number().int().positive().nullable().describe('Number on latvija.gov.lv/Services/NNNN, or null.'),
    name: MarkedText.describe('Name; English marked official or ours.'),
    summary: MarkedText.describe('One or two sentences: what the service gives and who it is for.'),
    institution: Slug.describe('Id of the institution that holds the service.'),
    kind: ServiceKind.nullable().describe('e, d or f; null only with a reason.'),
    kindReason: LocalizedText.nullable().describe('Why it is this kind, or why the kind is unknown.'),
    lifeSituations: z
      .array(Slug)
      .min(1, 'at least one life situation')
      .describe('Ids of life situations it belongs to.'),
    keywords: z
      .strictObject({
        lv: z.array(z.string().min(1)).describe('Words people type in Latvian, including colloquial ones.'),
        en: z.array(z.string().min(1)).describe('Words people type in English.'),
      })
      .describe('Search keywords and synonyms.'),
    recipients: LocalizedText.describe('Who may use it.'),
    fees: z.array(Fee).describe('Fees; empty when none is published.'),
    free: z.boolean().nullable().describe('true when it costs nothing on every channel; null when unknown.'),
    processingTime: LocalizedText.nullable().describe('How long it takes, or null when not published.'),
    documents: z.array(LocalizedText).describe('Documents to bring or attach.'),
    requestChannels: z
      .array(Channel)
      .min(1, 'at least one request channel')
      .describe('Ways to request (pieprasīt) it.'),
    receiptChannels: z
      .array(Channel)
      .describe(
        'Ways to receive (saņemt) the result; empty when no source says how (the page then says so and where to ask).',
      ),
    crossBorder: CrossBorder,
    scope: TerritorialScope,
    assisted: z
      .strictObject({
        lowIncome: z.array(AssistOption).describe('Help for people who cannot afford devices or fees.'),
        lowDigitalSkills: z.array(AssistOption).describe('Help for people who cannot use e-services alone.'),
        impairments: z.array(AssistOption).describe('Help for people with functional impairments.'),
      })
      .describe('Assisted access per social group (PU2-14 N3-3).'),
    helpPhone: Phone.nullable().describe("The service's own help line, or null."),
    related: z
      .array(RelatedService)
      .default([])
      .describe('What a person needs next or instead (curated), shown on the page; empty when none.'),
    staleSource: StaleSource.nullable()
      .optional()
      .describe('Set when a key fact rests on an old source; absent or null otherwise.'),
    ...Provenance,
  })
  .describe('A public service.');
export type Service = z.infer<typeof Service>;
