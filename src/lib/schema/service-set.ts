import { z } from 'zod';
import { LocalizedText, Provenance, Slug } from './common.ts';
import { ServiceSet } from './place.ts';

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
