import { z } from 'zod';
import { Atvk, LocalizedText, Provenance, Slug } from './common.ts';
import { Coordinates } from './place.ts';

/** A municipality (novads or state city); 42 since 1 July 2025. */
export const Municipality = z
  .strictObject({
    atvk: Atvk.describe('Current ATVK code.'),
    slug: Slug.describe('URL segment, e.g. "madonas-novads".'),
    name: LocalizedText.describe('Name, e.g. "Madonas novads" / "Madona Municipality".'),
    kind: z.enum(['novads', 'valstspilseta']).describe('novads: municipality; valstspilseta: state city.'),
    centre: Coordinates.describe('A point for the municipality (its administrative centre).'),
    aliases: z
      .array(
        z.strictObject({
          name: z.string().min(1).describe('Former or alternative name.'),
          atvk: Atvk.nullable().describe('Former ATVK code, or null.'),
        }),
      )
      .describe('Names and codes older sources use, e.g. Varakļānu novads.'),
    ...Provenance,
  })
  .describe('A municipality.');
export type Municipality = z.infer<typeof Municipality>;
