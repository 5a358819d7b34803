// The place finder's answer: nothing dropped without a word, and a remote way is suggested
// only when the nearest place is far and a remote way completes the service.
import { describe, expect, it } from 'vitest';
import { answerNearest, remoteWayCompletes } from '../../../../src/lib/places/nearest-answer.ts';
import { buildPlaceIndex } from '../../../../src/lib/places/nearest.ts';
import type { Channel } from '../../../../src/lib/schema/index.ts';

type P = {
  id: string;
  municipality: string | null;
  coordinates: { lat: number; lon: number; precision: 'settlement' } | null;
};
const at = (id: string, municipality: string, lat: number, lon: number): P => ({
  id,
  municipality,
  coordinates: { lat, lon, precision: 'settlement' },
});
const nowhere = (id: string, municipality: string): P => ({ id, municipality, coordinates: null });

const RIGA = { lat: 56.946, lon: 24.1059 };
const LUDZA = { lat: 56.5467, lon: 27.7194 };
const places = [
  at('riga', '0001000', RIGA.lat, RIGA.lon),
  nowhere('ludza-library', '0037000'),
  nowhere('rezekne-office', '0006000'),
];
const index = buildPlaceIndex(places);
const channels = (...types: Channel['type'][]) => ({ requestChannels: types.map((type) => ({ type })) });

describe('remoteWayCompletes', () => {
  it.each([
    ['in person only (the passport once booking and queue tickets are steps)', channels('in-person', 'embassy'), false],
    ['an e-service in the list', channels('in-person', 'e-service'), true],
    ['post', channels('post'), true],
    ['phone', channels('in-person', 'phone'), true],
    ['a home visit', channels('home-visit'), false],
  ] as const)('%s → %s', (_name, service, expected) => {
    expect(remoteWayCompletes(service)).toBe(expected);
  });
});

describe('answerNearest', () => {
  it.each([
    ['far, in-person only: says far, no remote way', LUDZA, false, { far: true, suggestRemote: false }],
    ['far, a remote way completes: suggests it', LUDZA, true, { far: true, suggestRemote: true }],
    ['near, a remote way completes: nothing to suggest', RIGA, true, { far: false, suggestRemote: false }],
  ] as const)('%s', (_name, origin, remoteCompletes, expected) => {
    const a = answerNearest(index, places, origin, { municipality: null, remoteCompletes });
    expect({ far: a.far, suggestRemote: a.suggestRemote }).toEqual(expected);
    expect(a.results.map((r) => r.place.id)).toEqual(['riga']);
  });

  it("lists the places of the person's municipality whose position is not known, and only those", () => {
    const a = answerNearest(index, places, LUDZA, { municipality: '0037000', remoteCompletes: false });
    expect(a.unplaced.map((p) => p.id)).toEqual(['ludza-library']);
    expect(answerNearest(index, places, LUDZA, { municipality: null, remoteCompletes: false }).unplaced).toEqual([]);
  });

  it('applies the filters to unplaced places too', () => {
    const a = answerNearest(
      index,
      places,
      LUDZA,
      { municipality: '0037000', remoteCompletes: false },
      { filter: (p) => p.id !== 'ludza-library' },
    );
    expect(a.unplaced).toEqual([]);
  });

  it('with no located place at all: far, and a remote way only when one completes', () => {
    const none = [nowhere('a', '0037000')];
    const a = answerNearest(buildPlaceIndex(none), none, LUDZA, { municipality: '0037000', remoteCompletes: false });
    expect(a).toMatchObject({ results: [], far: true, nearestMetres: null, suggestRemote: false });
    expect(a.unplaced.map((p) => p.id)).toEqual(['a']);
  });
});
