import { z } from 'zod';
import { LocalizedText, Slug } from './common.ts';

/** A moment in life that groups services, the way people look for them ("birth of a child"). */
export const LifeSituation = z
  .strictObject({
    id: Slug.describe('Stable id used in URLs, e.g. "birth-of-a-child".'),
    name: LocalizedText.describe('Name of the life situation.'),
    description: LocalizedText.describe('One sentence on what it covers.'),
  })
  .describe('A life situation.');
export type LifeSituation = z.infer<typeof LifeSituation>;
