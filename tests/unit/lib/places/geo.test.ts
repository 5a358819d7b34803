import { describe, expect, it } from 'vitest';
import { distanceMetres, meanPoint, roundCoordinate } from '../../../../src/lib/places/geo.ts';

describe('roundCoordinate', () => {
  it.each([
    [56.946543217, 56.94654],
    [24.105678901, 24.10568],
    [57, 57],
  ])('%d → %d', (x, expected) => {
    expect(roundCoordinate(x)).toBe(expected);
  });
});

describe('meanPoint', () => {
  it('is the mean of the latitudes and of the longitudes', () => {
    expect(
      meanPoint([
        { lat: 56, lon: 24 },
        { lat: 57, lon: 26 },
      ]),
    ).toEqual({ lat: 56.5, lon: 25 });
  });

  it('of one point is that point', () => {
    expect(meanPoint([{ lat: 56.9, lon: 24.1 }])).toEqual({ lat: 56.9, lon: 24.1 });
  });

  it('lies between the points it is the mean of', () => {
    const a = { lat: 56.95, lon: 24.1 };
    const b = { lat: 56.65, lon: 23.72 };
    const m = meanPoint([a, b]);
    expect(distanceMetres(a, m) + distanceMetres(m, b)).toBeCloseTo(distanceMetres(a, b), -1);
  });
});
