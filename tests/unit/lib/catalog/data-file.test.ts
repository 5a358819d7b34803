import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../../../../src/lib/catalog/data-file.ts';

describe('parseDataFile', () => {
  const problem = (text: string, list = true) => {
    const parsed = parseDataFile('data/services/x.json', text, list);
    return parsed.problems.map((p) => `${p.field}: expected ${p.expected}, received ${p.received}`);
  };

  it.each([
    ['an empty file', '', ['(file): expected a JSON list of records, received an empty file']],
    [
      'a file of white space only',
      ' \n\t\n',
      ['(file): expected a JSON list of records, received an empty file (white space only)'],
    ],
    [
      'a byte-order mark',
      '\uFEFF[]',
      [
        '(file): expected UTF-8 text without a byte-order mark, received a byte-order mark (U+FEFF) before the JSON: save the file as UTF-8 without BOM',
      ],
    ],
    [
      'broken JSON',
      '[\n  { "id": "a", }\n]',
      ['(file): expected valid JSON, received Expected double-quoted property name in JSON at line 2 column 16'],
    ],
    ['one record where a list belongs', '{ "id": "a" }', ['(file): expected a JSON list of records, received object']],
    ['a string', '"hello"', ['(file): expected a JSON list of records, received string "hello"']],
  ])('names %s', (_name, text, expected) => {
    expect(problem(text)).toEqual(expected);
  });

  it('accepts one record or a list in a folder of records', () => {
    expect(parseDataFile('data/services/x.json', '{ "id": "a" }', false)).toEqual({
      file: 'data/services/x.json',
      records: [{ id: 'a' }],
      problems: [],
    });
    expect(parseDataFile('data/services/x.json', '[{ "id": "a" }]', false).records).toEqual([{ id: 'a' }]);
    expect(problem('"hello"', false)).toEqual([
      '(file): expected a JSON record or a list of records, received string "hello"',
    ]);
  });
});
