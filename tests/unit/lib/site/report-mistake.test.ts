import { describe, expect, it } from 'vitest';
import { mistakeMailto } from '../../../../src/lib/site/report-mistake.ts';

describe('mistakeMailto', () => {
  const href = mistakeMailto({
    to: 'labojumi@pieejams.lv',
    subject: 'Kļūda: Pase',
    pageUrl: 'https://pieejams.lv/lv/pakalpojumi/passport-eid/',
    record: 'service passport-eid',
    labels: { page: 'Lapa', record: 'Ieraksts', what: 'Kas nav pareizi:' },
  });
  const url = new URL(href);

  it('goes to the site maintainers', () => {
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('labojumi@pieejams.lv');
  });

  it('fills in the page address and the record id', () => {
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Lapa: https://pieejams.lv/lv/pakalpojumi/passport-eid/');
    expect(body).toContain('Ieraksts: service passport-eid');
    expect(url.searchParams.get('subject')).toBe('Kļūda: Pase');
  });
});
