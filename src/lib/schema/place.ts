import { z } from 'zod';
import { ServiceSet } from './service-set.ts';
import { Atvk, Email, HttpsUrl, MarkedText, Phone, Provenance, Slug, SourceUrl } from './common.ts';

export const PlaceType = z
  .enum(['vpvkac', 'institution-office', 'municipality-office', 'embassy', 'library', 'other'])
  .describe('vpvkac: state and municipal customer service centre; embassy covers consulates too.');
export type PlaceType = z.infer<typeof PlaceType>;

/** How the coordinates were found; anything but "exact" is shown as approximate. */
export const CoordinatePrecision = z
  .enum(['exact', 'address', 'postcode', 'settlement', 'city'])
  .describe(
    'exact: the building; address: the VZD address register point of its street address; postcode/settlement/city: the centre of that area.',
  );

export const Coordinates = z
  .strictObject({
    lat: z.number().min(-90).max(90).describe('Latitude, WGS-84.'),
    lon: z.number().min(-180).max(180).describe('Longitude, WGS-84.'),
    precision: CoordinatePrecision,
  })
  .describe('A point and how precise it is.');
export type Coordinates = z.infer<typeof Coordinates>;

/** Premises accessibility; null means nobody has published it. */
export const PremisesAccess = z
  .strictObject({
    stepFree: z.boolean().nullable().describe('Entrance without steps (or with a ramp or lift).'),
    accessibleToilet: z.boolean().nullable().describe('A toilet usable from a wheelchair.'),
    parking: z.boolean().nullable().describe('Parking for disabled people at the door.'),
    hearingLoop: z.boolean().nullable().describe('An induction loop for hearing aids.'),
    signLanguage: z.boolean().nullable().describe('Latvian sign-language interpretation can be arranged.'),
  })
  .describe('Premises accessibility facts.');
export type PremisesAccess = z.infer<typeof PremisesAccess>;

/** Opening hours in the source's own words (Latvian), kept so that text the reader cannot turn into weekly hours is still shown, never guessed. */
export const PublishedHours = z
  .strictObject({
    text: z.string().trim().min(1, 'the published text').describe('The text exactly as published.'),
    url: SourceUrl.describe('Where it is published.'),
  })
  .describe('Opening hours as published.');

/** An in-person service point: a customer centre, an office, an embassy, a library. */
export const Place = z
  .strictObject({
    id: Slug.describe('Stable id used in URLs.'),
    type: PlaceType,
    name: MarkedText.describe('Name as the source gives it; English marked official or ours.'),
    institution: Slug.nullable().describe('Institution that runs it, or null for a municipal centre.'),
    address: z.string().min(1).nullable().describe('Street address as published, or null when unknown.'),
    postcode: z
      .string()
      .regex(/^LV-\d{4}$/, 'a postcode like LV-1050')
      .nullable()
      .describe('Latvian postcode, or null (abroad or unknown).'),
    municipality: Atvk.nullable().describe('ATVK code of the municipality; null only abroad.'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code')
      .describe('Country, e.g. LV.'),
    city: z.string().min(1).nullable().describe('Town or city (abroad: the city of the mission).'),
    coordinates: Coordinates.nullable().describe('Where it is, or null when not even the postcode is known.'),
    openingHours: z
      .string()
      .min(1)
      .nullable()
      .describe('Opening hours in OpenStreetMap opening_hours syntax; null when unknown.'),
    // Optional with a default, so records written before these fields existed stay valid.
    hoursPublished: PublishedHours.nullable()
      .default(null)
      .describe(
        'Opening hours as the source publishes them; shown as text when they could not be read into openingHours.',
      ),
    appointmentOnly: z
      .boolean()
      .nullable()
      .default(null)
      .describe('true: visits by appointment only; false: no appointment needed; null: the sources do not say.'),
    phone: Phone.nullable().describe('Phone, or null when unknown.'),
    email: Email.nullable().describe('E-mail, or null when unknown.'),
    appointmentUrl: HttpsUrl.nullable().describe('Where to book a visit, or null.'),
    services: z.array(Slug).describe('Ids of services offered here beyond any service set.'),
    serviceSets: z.array(ServiceSet).describe('Named sets of services offered here.'),
    access: PremisesAccess,
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as "lv"'))
      .describe('Languages staff speak, where a source says so.'),
    consularDistrict: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code'))
      .optional()
      .describe('Abroad: other countries a source names as served by this mission (its consular district).'),
    stale: z
      .boolean()
      .optional()
      .describe(
        'True when the newest source is dated (or says it is) before 2023: the page asks people to check before going. Absent: not known to be old.',
      ),
    ...Provenance,
  })
  .describe('An in-person service point.');
export type Place = z.infer<typeof Place>;
