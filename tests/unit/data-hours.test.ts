// Opening hours kept as published must agree with the weekly hours the site shows: where the
// reader can read the text, the record's openingHours is exactly what it reads.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { hoursFromText } from '../../src/lib/hours/from-text.ts';

const catalog = loadCatalog();
const published = catalog.places.filter((p) => p.hoursPublished !== null);

describe('published hours in data/', () => {
  it('keeps the published text of the VPVKAC timetables it has', () => {
    expect(published.map((p) => p.id)).toEqual(expect.arrayContaining(['vpvkac-sala', 'vpvkac-grobina']));
  });

  it.each(published.map((p) => [p.id, p] as const))('%s shows the hours its published text says', (_id, place) => {
    const read = hoursFromText(place.hoursPublished!.text);
    if (read.openingHours !== null) expect(place.openingHours).toBe(read.openingHours);
    if (read.appointmentOnly !== null) expect(place.appointmentOnly).toBe(read.appointmentOnly);
  });
});
