// The place finder's promise, on the real data and with the finder's own steps
// (tests/fixtures/where-to-go.ts): the right place, every time, in Latvia and abroad, whatever
// the language the place is typed in.
import { describe, expect, it } from 'vitest';
import { whereToGo } from '../fixtures/where-to-go.ts';
import { loadCatalog } from '../../src/server/load-catalog.ts';

const placeById = new Map(loadCatalog().places.map((p) => [p.id, p]));

describe('where to go, in Latvia', () => {
  it.each([
    ['passport-eid', 'Ludza', 'pmlp', 30],
    ['passport-eid', 'Ventspils', 'pmlp', 30],
    ['passport-eid', 'Valka', 'pmlp', 30],
    ['passport-eid', 'Līvāni', 'pmlp', 30],
    ['passport-eid', 'Livani', 'pmlp', 30],
    ['driving-licence', 'Talsi', 'csdd', 5],
    ['vehicle-technical-inspection', 'Gulbene', 'csdd', 5],
  ])('%s from %s: %s within %i km', (service, typed, institution, km) => {
    const r = whereToGo(service, typed);
    expect(r.firstId).not.toBeNull();
    expect(placeById.get(r.firstId!)?.institution).toBe(institution);
    expect(r.distanceMetres!).toBeLessThanOrEqual(km * 1000);
  });

  it('from a far place, never suggests a remote way for a service that has none (driving licence from Kolka)', () => {
    const r = whereToGo('driving-licence', 'Kolka');
    expect(r.far).toBe(true);
    expect(r.suggestRemote).toBe(false);
  });

  // Holds once booking (EP145) and queue tickets (Qticket) are steps, not request channels.
  it('from a far place, never suggests applying for a passport remotely (Kolka)', () => {
    const r = whereToGo('passport-eid', 'Kolka');
    expect(r.far).toBe(true);
    expect(r.suggestRemote).toBe(false);
  });
});

describe('where to go, abroad', () => {
  it.each([
    ['Germany', 'embassy-germany'],
    ['Vācija', 'embassy-germany'],
    ['vacija', 'embassy-germany'],
    ['Berlin', 'embassy-germany'],
    ['Berlīne', 'embassy-germany'],
    ['Ireland', 'embassy-ireland'],
    ['Īrija', 'embassy-ireland'],
    ['Dublin', 'embassy-ireland'],
    ['Dublina', 'embassy-ireland'],
  ])('passport from %s → %s, with its distance', (typed, mission) => {
    const r = whereToGo('passport-eid', typed);
    expect(r.firstId).toBe(mission);
    expect(r.distanceMetres).toBeLessThan(10_000);
  });

  it.each([
    ['Luxembourg', 'embassy-belgium'],
    ['Luksemburga', 'embassy-belgium'],
    ['Iceland', 'embassy-norway'],
    ['Jaunzēlande', 'embassy-australia'],
  ])('from %s, a country with no mission, gives the mission whose consular district it is: %s', (typed, mission) => {
    expect(whereToGo('passport-eid', typed).firstId).toBe(mission);
  });

  it('from a country with no mission and no named district, gives the nearest mission that offers the service', () => {
    const r = whereToGo('passport-eid', 'Portugal');
    expect(placeById.get(r.firstId!)?.country).toBe('ES');
  });
});
