import { describe, expect, it } from 'vitest';
import { detectDialect, parseCsv, rowsOfHeaderWidth } from '../../../src/import/csv.ts';
import type { Problem } from '../../../src/import/problems.ts';

describe('detectDialect', () => {
  it.each([
    ['KODS,TIPS_CD,NOSAUKUMS\n', ',', '"'],
    ['"KODS","TIPS_CD"\n', ',', '"'],
    ['#KODS#;#TIPS_CD#;#NOSAUKUMS#\n', ';', '#'],
    ['\ufeff#KODS#;#TIPS_CD#\r\n', ';', '#'],
    ['KODS;TIPS_CD;NOSAUKUMS\n', ';', '"'],
  ])('%j → delimiter %j, quote %j', (text, delimiter, quote) => {
    expect(detectDialect(text)).toEqual({ delimiter, quote });
  });
});

describe('parseCsv: VZD quoting', () => {
  it.each([
    ['plain comma CSV', 'A,B\n1,2\n', [['1', '2']]],
    [
      'quoted field with the delimiter inside',
      'A,B\n"Aizkraukle, Aizkraukles nov.",2\n',
      [['Aizkraukle, Aizkraukles nov.', '2']],
    ],
    ['doubled quote stands for a quote', 'A,B\n"Pļaviņu ""mājas""",x\n', [['Pļaviņu "mājas"', 'x']]],
    ['empty quoted field', 'A,B,C\n"1","","3"\n', [['1', '', '3']]],
    ['official # quoting with ; delimiter', '#A#;#B#\n#Rīga#;#0001000#\n', [['Rīga', '0001000']]],
    ['# doubled inside # quotes', '#A#;#B#\n#Nr. ##5#;#x#\n', [['Nr. #5', 'x']]],
    ['" is literal inside # quotes', '#A#;#B#\n#Pļaviņu "mājas"#;#x#\n', [['Pļaviņu "mājas"', 'x']]],
    ['byte-order mark and CRLF', '\ufeff#A#;#B#\r\n#1#;#2#\r\n', [['1', '2']]],
    ['blank lines are skipped', 'A,B\n\n1,2\n\n', [['1', '2']]],
    ['no newline at the end', 'A,B\n1,2', [['1', '2']]],
  ])('%s', (_label, text, expected) => {
    const r = parseCsv(text, 'test.csv');
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => x.fields)).toEqual(expected);
  });

  it('keeps the header and the line number where each row starts, also after a multi-line field', () => {
    const r = parseCsv('A,B\n"two\nlines",1\n3,4\n', 'test.csv');
    expect(r.header).toEqual(['A', 'B']);
    expect(r.rows).toEqual([
      { line: 2, fields: ['two\nlines', '1'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('reports an unterminated quote with the line where the row starts', () => {
    const r = parseCsv('A,B\n1,2\n"open,3\n4,5\n', 'aw_novads.csv');
    expect(r.rows.map((x) => x.fields)).toEqual([['1', '2']]);
    expect(r.problems).toEqual([{ file: 'aw_novads.csv', line: 3, message: expect.stringContaining('unterminated') }]);
  });
});

describe('rowsOfHeaderWidth', () => {
  it.each([
    ['every row complete', 'a,b\n1,2\n3,4\n', [2, 3], []],
    ['a short row is reported with its line and skipped', 'a,b\n1,2\n3\n5,6\n', [2, 4], [3]],
    ['a long row too', 'a,b\n1,2,9\n', [], [2]],
  ])('%s', (_name, text, lines, problemLines) => {
    const csv = parseCsv(text, 'f.csv');
    const problems: Problem[] = [];
    expect([...rowsOfHeaderWidth(csv, 'f.csv', problems)].map((r) => r.line)).toEqual(lines);
    expect(problems.map((p) => p.line)).toEqual(problemLines);
    for (const p of problems) expect(p.message).toMatch(/^expected 2 fields, found \d; row skipped$/);
  });

  it('reports a row when the loop reaches it, so problems stay in file order', () => {
    const problems: Problem[] = [];
    for (const { line, fields } of rowsOfHeaderWidth(parseCsv('a,b\nx,2\n3\ny,4\n', 'f.csv'), 'f.csv', problems))
      problems.push({ file: 'f.csv', line, message: `saw ${fields[0]}` });
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
  });
});
