import { z } from 'zod';
import { Email, HttpsUrl, MarkedText, Phone, Provenance, Slug } from './common.ts';

/** A state or municipal body that holds services (e.g. PMLP, VSAA). */
export const Institution = z
  .strictObject({
    id: Slug.describe('Short stable id, e.g. "pmlp".'),
    name: MarkedText.describe('Official Latvian name; English name marked official or ours.'),
    abbreviation: z.string().min(1).nullable().describe('The usual abbreviation, e.g. "PMLP", or null.'),
    website: HttpsUrl.nullable().describe(
      'Home page, or null where there is no single one (e.g. "all municipalities").',
    ),
    phone: Phone.nullable().describe('General enquiries phone, or null when unknown.'),
    email: Email.nullable().describe('General e-mail; also where "report a mistake" goes. Null when unknown.'),
    ...Provenance,
  })
  .describe('An institution that provides services.');
export type Institution = z.infer<typeof Institution>;
