import { describe, expect, it } from 'vitest';
import { alternatePaths, otherLang, pathFor, type PageRef } from '../../../../src/lib/site/routes.ts';

describe('routes', () => {
  it.each([
    [{ kind: 'home' }, '/lv/', '/en/'],
    [{ kind: 'services' }, '/lv/pakalpojumi/', '/en/services/'],
    [{ kind: 'service', slug: 'passport-eid' }, '/lv/pakalpojumi/passport-eid/', '/en/services/passport-eid/'],
    [{ kind: 'place', slug: 'vpvkac-grobina' }, '/lv/vietas/vpvkac-grobina/', '/en/places/vpvkac-grobina/'],
    [{ kind: 'municipality', slug: 'riga' }, '/lv/pasvaldibas/riga/', '/en/municipalities/riga/'],
    [{ kind: 'lifeSituation', slug: 'retirement' }, '/lv/dzives-situacijas/retirement/', '/en/life-situations/retirement/'],
    [{ kind: 'about' }, '/lv/par-datiem/', '/en/about-the-data/'],
    [{ kind: 'openData' }, '/lv/atvertie-dati/', '/en/open-data/'],
    [{ kind: 'accessibility' }, '/lv/pieklustamiba/', '/en/accessibility/'],
  ] as [PageRef, string, string][])('%o is %s and %s', (page, lv, en) => {
    expect(pathFor('lv', page)).toBe(lv);
    expect(pathFor('en', page)).toBe(en);
    expect(alternatePaths(page)).toEqual({ lv, en });
  });

  it('switches language both ways', () => {
    expect(otherLang('lv')).toBe('en');
    expect(otherLang('en')).toBe('lv');
  });
});
