import { describe, expect, it } from 'vitest';
import { memoByCatalog } from '../../../../src/lib/catalog/memo.ts';

describe('memoByCatalog', () => {
  it('computes each (catalogue, key) once and keeps catalogues apart', () => {
    let calls = 0;
    const double = memoByCatalog(
      (n: { id: string; v: number }) => n.id,
      (_c: object, n: { id: string; v: number }) => (calls++, n.v * 2),
    );
    const a = {};
    const b = {};
    expect(double(a, { id: 'x', v: 2 })).toBe(4);
    expect(double(a, { id: 'x', v: 2 })).toBe(4);
    expect(calls).toBe(1);
    expect(double(b, { id: 'x', v: 3 })).toBe(6);
    expect(double(a, { id: 'y', v: 5 })).toBe(10);
    expect(calls).toBe(3);
  });
});
