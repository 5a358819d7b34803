import { describe, expect, it } from 'vitest';
import { validateCatalog, type RawCatalog } from '../../../../src/lib/catalog/validate.ts';
import { validRaw } from '../../../fixtures/catalog.ts';
import { TODAY, expectOnlyMessage, expectProblemAt, place, service } from '../../../fixtures/data-problems.ts';

// Each record against its schema: zod's issues as problems, one per field, with the value found.
describe('records against their schema', () => {
  it.each([
    [
      'missing Latvian name',
      (r: RawCatalog) => {
        service(r).name.lv = '';
      },
      'data/services/passport.json',
      'passport',
      'name.lv',
      'Latvian text',
    ],
    [
      'name field absent',
      (r: RawCatalog) => {
        delete service(r).name;
      },
      'data/services/passport.json',
      'passport',
      'name',
      'expected object, received nothing (the field is missing)',
    ],
    [
      'non-ASCII slug',
      (r: RawCatalog) => {
        service(r).slug = 'pase-ārzemēs';
      },
      'data/services/passport.json',
      'passport',
      'slug',
      'lower-case ASCII',
    ],
    [
      'e-service channel without URL',
      (r: RawCatalog) => {
        delete service(r).requestChannels[0].url;
      },
      'data/services/passport.json',
      'passport',
      'requestChannels[0].url',
      'expected string, received nothing (the field is missing)',
    ],
    [
      'an unknown field (typo)',
      (r: RawCatalog) => {
        service(r).fee = 3;
      },
      'data/services/passport.json',
      'passport',
      'fee',
      'no field of this name',
    ],
    [
      'a missing source',
      (r: RawCatalog) => {
        service(r).sources = [];
      },
      'data/services/passport.json',
      'passport',
      'sources',
      'at least one source',
    ],
    [
      'an unknown channel type',
      (r: RawCatalog) => {
        service(r).requestChannels[0].type = 'fax';
      },
      'data/services/passport.json',
      'passport',
      'requestChannels[0].type',
      'a known channel type',
    ],
  ])('rejects %s with file, record, field and expectation', (_name, change, file, id, field, expected) =>
    expectProblemAt(change, file, id, field, expected),
  );

  it('accepts an http source that says why', () => {
    const raw = validRaw();
    service(raw).sources = [
      { url: 'http://www.ic.iem.gov.lv/', title: null, httpReason: 'The site is found only over http.' },
    ];
    expect(validateCatalog(raw, { today: TODAY }).services[0]!.sources[0]!.httpReason).toBe(
      'The site is found only over http.',
    );
  });

  it.each([
    [
      'a wrong type is not reported as missing',
      (r: RawCatalog) => {
        service(r).processingTime = 12345;
      },
      [
        'data/services/passport.json',
        '  record "passport", field "processingTime": expected object, received number 12345',
      ],
    ],
    [
      'a missing field says it is missing',
      (r: RawCatalog) => {
        delete service(r).name;
      },
      [
        'data/services/passport.json',
        '  record "passport", field "name": expected object, received nothing (the field is missing)',
      ],
    ],
    [
      'a string where text in two languages belongs',
      (r: RawCatalog) => {
        service(r).name.lv = 5;
      },
      ['data/services/passport.json', '  record "passport", field "name.lv": expected string, received number 5'],
    ],
    [
      'a value outside a fixed list',
      (r: RawCatalog) => {
        service(r).kind = 'x';
      },
      ['data/services/passport.json', '  record "passport", field "kind": expected one of "e"|"d"|"f", received "x"'],
    ],
    [
      'an unknown channel type shows the type, not the whole channel',
      (r: RawCatalog) => {
        service(r).requestChannels[0].type = 'fax';
      },
      [
        'data/services/passport.json',
        '  record "passport", field "requestChannels[0].type": expected a known channel type (e-service, e-mail-signed, e-address, mobile-app, post, phone, in-person, embassy, home-visit), received "fax"',
      ],
    ],
    [
      'an unknown field names the field',
      (r: RawCatalog) => {
        service(r).fee = 3;
      },
      [
        'data/services/passport.json',
        '  record "passport", field "fee": expected no field of this name (a typo, or a field the schema does not have), received 3',
      ],
    ],
    [
      'two failed rules on one field make one line',
      (r: RawCatalog) => {
        service(r).checked = 'soon';
      },
      [
        'data/services/passport.json',
        '  record "passport", field "checked": expected a date written as YYYY-MM-DD, received "soon"',
      ],
    ],
    [
      'a javascript: source',
      (r: RawCatalog) => {
        service(r).sources = [{ url: 'javascript:alert(1)', title: null }];
      },
      [
        'data/services/passport.json',
        '  record "passport", field "sources[0].url": expected an https:// address, received "javascript:alert(1)"',
      ],
    ],
    [
      'a data: source',
      (r: RawCatalog) => {
        place(r).sources = [{ url: 'data:text/html,<script>alert(1)</script>', title: null }];
      },
      [
        'data/places/pmlp.json',
        '  record "pmlp-riga", field "sources[0].url": expected an https:// address, received "data:text/html,<script>alert(1)</script>"',
      ],
    ],
    [
      'an http source without a reason',
      (r: RawCatalog) => {
        service(r).sources = [{ url: 'http://www.pmlp.gov.lv/', title: null }];
      },
      [
        'data/services/passport.json',
        '  record "passport", field "sources[0].url": expected an https:// address (an http:// source needs "httpReason": why no https address of the page is known), received "http://www.pmlp.gov.lv/"',
      ],
    ],
    [
      'a reason on an https source',
      (r: RawCatalog) => {
        service(r).sources = [{ url: 'https://www.pmlp.gov.lv/', title: null, httpReason: 'old site' }];
      },
      [
        'data/services/passport.json',
        '  record "passport", field "sources[0].httpReason": expected no httpReason (the source is https), received "old site"',
      ],
    ],
    [
      'a javascript: link people follow',
      (r: RawCatalog) => {
        service(r).requestChannels[0].url = 'javascript:alert(1)';
      },
      [
        'data/services/passport.json',
        '  record "passport", field "requestChannels[0].url": expected a URL starting with https://, received "javascript:alert(1)"',
      ],
    ],
    [
      'a special day stated at an http address',
      (r: RawCatalog) => {
        r.specialDays = [
          {
            file: 'data/special-days.json',
            records: [
              {
                date: '2026-11-18',
                kind: 'holiday',
                name: { lv: 'Proklamēšanas diena', en: 'Proclamation Day' },
                source: 'http://likumi.lv/x',
                checked: '2026-11-26',
              },
            ],
          },
        ];
      },
      [
        'data/special-days.json',
        '  record "2026-11-18", field "source": expected a URL starting with https://, received "http://likumi.lv/x"',
      ],
    ],
    [
      'a long value is shortened',
      (r: RawCatalog) => {
        service(r).kind = 'x'.repeat(200);
      },
      [
        'data/services/passport.json',
        `  record "passport", field "kind": expected one of "e"|"d"|"f", received "${'x'.repeat(58)}…`,
      ],
    ],
  ])('%s (the exact message)', (_name, change, lines) => expectOnlyMessage(change, lines));
});
