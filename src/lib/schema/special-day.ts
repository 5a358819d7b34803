// Special days: public holidays, transferred days off and working Saturdays, which change opening hours.
import { z } from 'zod';
import { HttpsUrl, IsoDate, LocalizedText } from './common.ts';

/** A day that changes opening hours: public holiday, transferred day off, working Saturday. */
export const SpecialDay = z
  .strictObject({
    date: IsoDate.describe('The day.'),
    kind: z.enum(['holiday', 'transferred-day-off', 'working-saturday']).describe('What happens that day.'),
    name: LocalizedText.describe('Name of the day.'),
    source: HttpsUrl.describe('Where it is stated.'),
    checked: IsoDate.describe('The date it was checked against the source.'),
  })
  .describe('A special day.');
export type SpecialDay = z.infer<typeof SpecialDay>;
