// Every reason code, status and note of src/lib/access/dimensions.ts has words in both languages.
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, REASON_CODES, type DimensionKey } from '../../../../src/lib/access/dimensions.ts';
import { ACCESS_NOTES, ACCESS_STATUSES } from '../../../../src/lib/access/dimension-result.ts';
import {
  dimensionName,
  noteText,
  reasonText,
  settleText,
  statusText,
  type Translate,
} from '../../../../src/lib/access/text.ts';
import { listText } from '../../../../src/lib/text/format.ts';
import { useTranslations } from '../../../../src/i18n/index.ts';
import { LANGS } from '../../../../src/lib/site/routes.ts';

const stage = { electronic: true, physical: false, types: ['e-service' as const] };
const facts = {
  fromAbroad: true,
  englishBy: ['instructions' as const],
  remoteBy: ['foreign-eid' as const, 'post' as const],
};
const coverage = { tier: 'national' as const, covered: 12, total: 42 };
const scope = { tier: 'municipality' as const, places: 3, municipality: '0001000', placeId: null };
const groups = {
  covered: ['lowIncome' as const],
  missing: ['lowDigitalSkills' as const, 'impairments' as const],
  options: { lowIncome: 1, lowDigitalSkills: 0, impairments: 0 },
};

/** One reason of every code, with parameters. */
const REASONS: Record<DimensionKey, Record<string, unknown>[]> = {
  multichannel: [
    { code: 'digital-only' },
    { code: 'alternatives-both-stages', request: stage, receipt: stage },
    {
      code: 'missing-alternatives',
      missing: [
        { stage: 'request', environment: 'physical' },
        { stage: 'receipt', environment: 'electronic' },
      ],
      request: stage,
      receipt: stage,
    },
    { code: 'single-environment', environment: 'electronic' },
    { code: 'single-environment', environment: 'physical' },
    { code: 'no-choice', request: 'e-service', receipt: 'post' },
  ],
  territorial: [
    { code: 'remote-and-places-everywhere', ...coverage, covered: 42 },
    { code: 'remote-only', tier: 'national' },
    { code: 'remote-places-partial', ...coverage },
    { code: 'places-everywhere-no-remote', ...coverage, covered: 42 },
    { code: 'places-partial-no-remote', ...coverage },
    { code: 'no-remote-no-places', tier: 'national' },
    { code: 'scope-places-exist', ...scope },
    { code: 'scope-remote-only', ...scope, places: 0 },
    { code: 'scope-no-places', ...scope, places: 0 },
  ],
  socialGroups: [
    { code: 'digital-only' },
    { code: 'all-groups', ...groups },
    { code: 'some-groups', ...groups },
    { code: 'no-groups', ...groups },
  ],
  crossBorder: [
    { code: 'cross-border-complete', ...facts },
    { code: 'not-from-abroad', ...facts, fromAbroad: false },
    { code: 'cross-border-some', met: ['fromAbroad'], missing: ['englishInfo'], unknown: [], ...facts },
    { code: 'unknown', met: [], missing: ['englishInfo'], unknown: ['fromAbroad', 'remoteIdentification'], ...facts },
  ],
};

describe.each(LANGS)('access words in %s', (lang) => {
  const t = useTranslations(lang) as Translate;
  const clean = (text: string) => {
    expect(text).not.toMatch(/accessDim\.|channel\.type\.|service\.scope\.|\{\{/);
    expect(text.trim()).not.toBe('');
  };

  it('the table above covers every reason code', () => {
    for (const { key } of DIMENSIONS)
      expect(new Set(REASONS[key].map((r) => r.code))).toEqual(new Set(REASON_CODES[key]));
  });

  it.each(DIMENSIONS.flatMap(({ key, code }) => REASONS[key].map((reason) => [key, code, reason] as const)))(
    '%s %s %o',
    (key, code, reason) => {
      const text = reasonText(
        key,
        { dimension: code, status: 'partly', reason: reason as never, notes: [], unknown: [] },
        t,
        lang,
      );
      clean(text);
    },
  );

  it('statuses, dimension names and notes', () => {
    for (const s of ACCESS_STATUSES) clean(statusText(s, t));
    for (const d of DIMENSIONS) clean(dimensionName(d.code, t));
    for (const n of ACCESS_NOTES) clean(noteText(n, t));
  });
});

describe('phrasing with parameters', () => {
  it('territorial coverage names the numbers', () => {
    const text = reasonText(
      'territorial',
      {
        dimension: 'N3-2',
        status: 'partly',
        reason: { code: 'remote-places-partial', tier: 'national', covered: 12, total: 42 },
        notes: [],
        unknown: [],
      },
      useTranslations('lv') as Translate,
      'lv',
    );
    expect(text).toContain('12 no 42');
  });
  it('scope uses the Latvian plural of places', () => {
    const lv = useTranslations('lv') as Translate;
    const reason = {
      code: 'scope-places-exist' as const,
      tier: 'municipality' as const,
      places: 11,
      municipality: null,
      placeId: null,
    };
    expect(
      reasonText('territorial', { dimension: 'N3-2', status: 'provided', reason, notes: [], unknown: [] }, lv, 'lv'),
    ).toContain('11 vietu');
  });
  it('lists are joined per language', () => {
    expect(listText(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(listText(['a', 'b', 'c'], 'lv')).toBe('a, b un c');
  });
});

describe('what would settle a not-known status', () => {
  it.each([
    ['lv', ['foreign-eid'], 'citas ES valsts eID'],
    [
      'en',
      ['from-abroad', 'foreign-eid'],
      'whether it can be requested from abroad and no source says whether a foreign eID is accepted',
    ],
    ['en', [], ''],
  ] as const)('%s %o', (lang, unknown, expected) => {
    const text = settleText({ unknown: [...unknown] }, useTranslations(lang) as Translate, lang);
    if (expected === '') expect(text).toBe('');
    else expect(text).toContain(expected);
  });
});
