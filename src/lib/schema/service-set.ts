import { z } from 'zod';
import { LocalizedText, Provenance, Slug } from './common.ts';

/** Named sets of services a place offers without listing them one by one. */
export const ServiceSet = z
  .enum(['vpvkac-basket'])
  .describe('vpvkac-basket: the minimal basket every VPVKAC offers (Cabinet Regulation No. 401, annex).');

/** The members of a named service set that places can offer as a whole (e.g. the VPVKAC basket). */
export const ServiceSetDefinition = z
  .strictObject({
    id: ServiceSet.describe("The set's id, as used in Place.serviceSets."),
    name: LocalizedText.describe('Name of the set.'),
    note: LocalizedText.describe('What is known of the set and what is not (sources may be partial).'),
    services: z.array(Slug).describe('Ids of services in the set, each traceable to a source.'),
    ...Provenance,
  })
  .describe('A named set of services.');
export type ServiceSetDefinition = z.infer<typeof ServiceSetDefinition>;
