// The premises accessibility facts of a place, named once. A place page lists every fact; the
// nearest-places finder lets a person filter by the needs it can promise, and "most accessible
// first" weighs those same needs when none is ticked.
import type { PremisesAccess } from '../schema/index.ts';

/** Every premises fact a place record holds, in the schema's order, which is the order pages show them in. */
export const PREMISES_FACTS = [
  'stepFree',
  'accessibleToilet',
  'parking',
  'hearingLoop',
  'signLanguage',
] as const satisfies readonly (keyof PremisesAccess)[];

/** One premises fact, which a person can also ask for as a need. */
export type AccessNeed = (typeof PREMISES_FACTS)[number];

/** The needs offered as filters, in the same order: every fact except parking, which the finder shows on each place but does not filter by. */
export const NEED_FILTERS = [
  'stepFree',
  'accessibleToilet',
  'hearingLoop',
  'signLanguage',
] as const satisfies readonly AccessNeed[];

/** Whether the record says anything at all about the premises (some fact is not null). */
export function premisesKnown(access: PremisesAccess): boolean {
  return PREMISES_FACTS.some((fact) => access[fact] !== null);
}
