import { describe, expect, it } from 'vitest';
import { distanceSortValue, farthestFirst, territoryPage } from '../../../../src/lib/access/territory-page.ts';
import { territorialView, type AreaDistances } from '../../../../src/lib/access/report-coverage.ts';
import { full, municipalities } from './report-fixtures.ts';

const area = (id: string, vpvkac: number | null): AreaDistances => ({
  id,
  name: id,
  municipality: municipalities[0]!,
  point: { lat: 57, lon: 25 },
  metres: [vpvkac, 1],
  band: 'unknown',
});

describe('farthestFirst', () => {
  it.each([
    ['farthest from a VPVKAC first', [area('a', 1000), area('b', 5000), area('c', 3000)], ['b', 'c', 'a']],
    ['no located point before any distance', [area('a', 1000), area('none', null)], ['none', 'a']],
    ['ties keep the order given', [area('a', 2000), area('b', 2000), area('c', 9000)], ['c', 'a', 'b']],
  ])('%s', (_label, rows, expected) => {
    const given = rows.map((r) => r.id);
    expect(farthestFirst(rows).map((r) => r.id)).toEqual(expected);
    expect(
      rows.map((r) => r.id),
      'the rows given are left as they were',
    ).toEqual(given);
  });
});

describe('distanceSortValue', () => {
  it.each([
    [1234.4, 1234],
    [1234.5, 1235],
    [0, 0],
    [null, Number.MAX_SAFE_INTEGER],
  ])('%s m sorts as %s', (metres, value) => expect(distanceSortValue(metres)).toBe(value));
});

describe('territoryPage', () => {
  it("is the territorial view with both tables' rows farthest first", () => {
    const view = territorialView(full);
    const page = territoryPage(full);
    expect(page.sets).toBe(view.sets);
    expect(page.bandCounts).toBe(view.bandCounts);
    expect(page.municipalities).toEqual(farthestFirst(view.municipalities));
    expect(page.parishes).toEqual(farthestFirst(view.parishes));
    expect(view.municipalities.map((m) => m.id)).toEqual(full.municipalities.map((m) => m.atvk));
  });
});
