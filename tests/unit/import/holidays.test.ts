import { describe, expect, it } from 'vitest';
import { buildSpecialDays, HOLIDAYS_SOURCE, parseHolidayJson, parsePo } from '../../../src/import/holidays.ts';
import { TRANSFER_ORDERS } from '../../../src/import/working-saturdays.ts';
import { fixture } from './helpers.ts';

// Real fragments of python-holidays (LV_COMMON.json: Dec 2024 – Jun 2026; LV.en_US.po: whole file).
const po = parsePo(fixture('holidays/LV.en_US.po'));
const json = parseHolidayJson(fixture('holidays/LV_COMMON.json'), 'LV_COMMON.json');
const out = buildSpecialDays(json.entries, po, TRANSFER_ORDERS, 2024, 2030);
const byKey = new Map(out.days.map((d) => [`${d.date} ${d.kind}`, d]));
const order = (year: number) => TRANSFER_ORDERS.find((o) => o.year === year)!.url;

describe('LV.en_US.po', () => {
  it.each([
    ['Jaungada diena', "New Year's Day"],
    ['Līgo diena', 'Midsummer Eve'],
    ['Brīvdiena (pārcelta no %s)', 'Day off (substituted from %s)'],
    [
      'Diena, kad Latvijas hokeja komanda ieguva bronzas medaļu 2023. gada Pasaules hokeja čempionātā',
      "Day of the Latvian Ice Hockey Team's Bronze Medal Win at the 2023 IIHF World Championship",
    ],
  ])('msgid %j → msgstr %j', (lv, en) => {
    expect(po.get(lv)).toBe(en);
  });
  it('drops the header entry', () => expect(po.has('')).toBe(false));
});

describe('holidays fragment → special days', () => {
  it('has no problems', () => expect([...json.problems, ...out.problems]).toEqual([]));

  it.each([
    ['2025-05-02', 'Brīvdiena (pārcelta no 10.05.2025)', 2025],
    ['2025-11-17', 'Brīvdiena (pārcelta no 08.11.2025)', 2025],
    ['2026-01-02', 'Brīvdiena (pārcelta no 17.01.2026)', 2026],
    ['2026-06-22', 'Brīvdiena (pārcelta no 27.06.2026)', 2026],
    ['2024-12-23', 'Brīvdiena (pārcelta no 14.12.2024)', 2024],
  ])('%s is a transferred day off: %s', (date, lv, year) => {
    expect(byKey.get(`${date} transferred-day-off`)).toMatchObject({ name: { lv }, source: order(year) });
    expect(byKey.has(`${date} holiday`)).toBe(false);
  });

  it.each([
    ['2025-05-10', 'Pārceltā darba diena (no 02.05.2025)', 2025],
    ['2025-11-08', 'Pārceltā darba diena (no 17.11.2025)', 2025],
    ['2026-01-17', 'Pārceltā darba diena (no 02.01.2026)', 2026],
    ['2026-06-27', 'Pārceltā darba diena (no 22.06.2026)', 2026],
  ])('%s is a working Saturday with the Cabinet order as source', (date, lv, year) => {
    expect(byKey.get(`${date} working-saturday`)).toMatchObject({ name: { lv }, source: order(year) });
  });

  it.each([
    ['2025-01-01', 'Jaungada diena', "New Year's Day"],
    [
      '2025-05-01',
      'Latvijas Republikas Satversmes sapulces sasaukšanas diena; Darba svētki',
      'Constitutional Assembly Convocation Day; Labor Day',
    ],
    [
      '2025-05-05',
      'Latvijas Republikas Neatkarības atjaunošanas diena (brīvdiena)',
      'Restoration of Independence Day (observed)',
    ],
    ['2025-04-20', 'Pirmās Lieldienas', 'Easter Sunday'],
    ['2025-05-11', 'Mātes diena', "Mother's Day"],
    ['2025-06-08', 'Vasarsvētki', 'Pentecost'],
    ['2026-06-23', 'Līgo diena', 'Midsummer Eve'],
  ])('%s holiday: %s / %s', (date, lv, en) => {
    expect(byKey.get(`${date} holiday`)).toEqual({ date, kind: 'holiday', name: { lv, en }, source: HOLIDAYS_SOURCE });
  });

  it('adds no working Saturday for a year without a Cabinet order, and says so', () => {
    const r = buildSpecialDays(
      json.entries,
      po,
      TRANSFER_ORDERS.filter((o) => o.year !== 2026),
      2026,
      2026,
    );
    expect(r.days.filter((d) => d.kind === 'working-saturday')).toEqual([]);
    expect(r.days.filter((d) => d.kind === 'transferred-day-off').map((d) => d.source)).toEqual([
      HOLIDAYS_SOURCE,
      HOLIDAYS_SOURCE,
    ]);
    expect(r.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('no Cabinet order for 2026'),
      expect.stringContaining('no Cabinet order for 2026'),
    ]);
  });

  it('reports a name missing from the .po file with its line number, and counts it', () => {
    const text = '{\n  "2027-01-01": "New Year\'s Day",\n  "2027-02-30": "Bad date",\n  "2027-03-01": "Unknown Day"\n}';
    const j = parseHolidayJson(text, 'LV_COMMON.json');
    const r = buildSpecialDays(j.entries, po, [], 2027, 2027);
    expect(r.days.map((d) => d.date)).toEqual(['2027-01-01']);
    expect([...j.problems, ...r.problems].map((p) => [p.line, p.message])).toEqual([
      [3, expect.stringContaining('not a date')],
      [4, expect.stringContaining('no Latvian name for "Unknown Day"')],
    ]);
  });
});
