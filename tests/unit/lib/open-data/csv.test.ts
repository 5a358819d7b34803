// The one CSV writer (src/lib/open-data/csv.ts): RFC 4180 quoting, and text that a spreadsheet would run
// as a formula neutralised as OWASP recommends (https://owasp.org/www-community/attacks/CSV_Injection):
// a cell that begins with =, +, -, @, a tab or a carriage return gets a leading apostrophe, which
// spreadsheets read as "this is text" and do not show.
import { describe, expect, it } from 'vitest';
import { csvField, toCsv, type CsvValue } from '../../../../src/lib/open-data/csv.ts';
import { parseCsv } from '../../../../src/import/csv.ts';

describe('csvField', () => {
  it.each<[string, CsvValue, string]>([
    ['plain text', 'Pase', 'Pase'],
    ['a comma', 'Rīga, Latvija', '"Rīga, Latvija"'],
    ['a quote', 'the "e-address"', '"the ""e-address"""'],
    ['a formula', '=HYPERLINK("https://evil.example","Click")', `"'=HYPERLINK(""https://evil.example"",""Click"")"`],
    ['a sum', '=1+2', "'=1+2"],
    ['a plus (a phone number)', '+371 67209400', "'+371 67209400"],
    ['a minus', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['a leading tab', '\t=1+2', "'\t=1+2"],
    ['a leading carriage return', '\r=1+2', `"'\r=1+2"`],
    ['a formula after a line break is inside one quoted cell', 'a\n=1+2', '"a\n=1+2"'],
    ['an equals sign inside the text', 'a = b', 'a = b'],
    ['a negative number (a number, not text)', -3.5, '-3.5'],
    ['a number', 4.27, '4.27'],
    ['true', true, 'true'],
    ['null', null, ''],
    ['empty text', '', ''],
  ])('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv read back', () => {
  it('a record with formulas in its text reads back as text, with no cell a spreadsheet would run', () => {
    const hostile = ['=HYPERLINK("https://evil.example","Apply here")', '+371 67209400', '-1+1', '@cmd', '\tx', '\r=2'];
    const text = toCsv(['id', 'name', 'phone', 'note', 'by', 'tab', 'cr', 'fee'], [['passport', ...hostile, 30]]);
    const { header, rows, problems } = parseCsv(text, 'services.csv');
    expect(problems).toEqual([]);
    expect(header).toEqual(['id', 'name', 'phone', 'note', 'by', 'tab', 'cr', 'fee']);
    expect(rows).toHaveLength(1);
    const cells = rows[0]!.fields;
    expect(cells).toEqual(['passport', ...hostile.map((h) => `'${h}`), '30']);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});

const RFC4180 = { delimiter: ',', quote: '"' };

describe('csvField and toCsv (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [true, 'true'],
    [4.27, '4.27'],
    ['Rīga', 'Rīga'],
  ] as const)('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends every record with CRLF and refuses rows of the wrong length', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/row 1 has 1 fields/);
  });

  it('round-trips awkward text through an independent parser', () => {
    const rows = [['Brīvības iela 33, Ogre', 'He said "yes"\r\nthen left', '']];
    const parsed = parseCsv(toCsv(['a', 'b', 'c'], rows), 'test.csv', RFC4180);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => r.fields)).toEqual(rows);
  });
});
