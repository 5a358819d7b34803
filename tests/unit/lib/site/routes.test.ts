import { describe, expect, it } from 'vitest';
import {
  accessReportCsvPath,
  alternatePaths,
  otherLang,
  pathFor,
  type PageRef,
} from '../../../../src/lib/site/routes.ts';

describe('routes', () => {
  it.each([
    [{ kind: 'home' }, '/lv/', '/en/'],
    [{ kind: 'services' }, '/lv/pakalpojumi/', '/en/services/'],
    [{ kind: 'service', slug: 'passport-eid' }, '/lv/pakalpojumi/passport-eid/', '/en/services/passport-eid/'],
    [{ kind: 'place', slug: 'vpvkac-grobina' }, '/lv/vietas/vpvkac-grobina/', '/en/places/vpvkac-grobina/'],
    [{ kind: 'municipality', slug: 'riga' }, '/lv/pasvaldibas/riga/', '/en/municipalities/riga/'],
    [
      { kind: 'lifeSituation', slug: 'retirement' },
      '/lv/dzives-situacijas/retirement/',
      '/en/life-situations/retirement/',
    ],
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

describe('routes of the service filters and the access report', () => {
  it.each([
    [{ kind: 'servicesFilter', slug: 'online' }, '/lv/pakalpojumi/filtrs/tiessaiste/', '/en/services/filter/online/'],
    [
      { kind: 'servicesFilter', slug: 'post-phone' },
      '/lv/pakalpojumi/filtrs/pa-pastu-vai-talruni/',
      '/en/services/filter/by-post-or-phone/',
    ],
    [
      { kind: 'servicesFilter', slug: 'help-nearby' },
      '/lv/pakalpojumi/filtrs/palidziba-tuvuma/',
      '/en/services/filter/help-nearby/',
    ],
    [
      { kind: 'servicesFilter', slug: 'abroad' },
      '/lv/pakalpojumi/filtrs/no-arvalstim/',
      '/en/services/filter/from-abroad/',
    ],
    [
      { kind: 'servicesFilter', slug: 'english' },
      '/lv/pakalpojumi/filtrs/anglu-valoda/',
      '/en/services/filter/english-instructions/',
    ],
    [
      { kind: 'lifeSituationFilter', slug: 'retirement/online' },
      '/lv/dzives-situacijas/retirement/filtrs/tiessaiste/',
      '/en/life-situations/retirement/filter/online/',
    ],
    [{ kind: 'accessReport' }, '/lv/pieejamibas-parskats/', '/en/access-report/'],
    [{ kind: 'accessReportInstitution', slug: 'vsaa' }, '/lv/pieejamibas-parskats/vsaa/', '/en/access-report/vsaa/'],
  ] as [PageRef, string, string][])('%o is %s and %s', (page, lv, en) => {
    expect(alternatePaths(page)).toEqual({ lv, en });
  });

  it('CSV paths of the report', () => {
    expect(accessReportCsvPath('lv')).toBe('/lv/pieejamibas-parskats.csv');
    expect(accessReportCsvPath('en')).toBe('/en/access-report.csv');
    expect(accessReportCsvPath('en', 'vsaa')).toBe('/en/access-report/vsaa.csv');
  });
});
