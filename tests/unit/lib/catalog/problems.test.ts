import { describe, expect, it } from 'vitest';
import {
  DataError,
  formatProblem,
  formatProblems,
  shown,
  type DataProblem,
} from '../../../../src/lib/catalog/problems.ts';

const inFile = (file: string, id: string | null, field: string, expected: string, received?: string): DataProblem => ({
  file,
  id,
  field,
  expected,
  ...(received === undefined ? {} : { received }),
});

describe('formatProblem', () => {
  it.each([
    [
      inFile('data/a.json', 'passport', 'kind', 'one of "e"|"d"|"f"', '"x"'),
      'record "passport", field "kind": expected one of "e"|"d"|"f", received "x"',
    ],
    [
      inFile('data/a.json', 'passport', 'kindReason', 'a reason when kind is null'),
      'record "passport", field "kindReason": expected a reason when kind is null',
    ],
    [
      inFile('data/a.json', null, '(file)', 'valid JSON', 'Unexpected end of JSON input'),
      'the file: expected valid JSON, received Unexpected end of JSON input',
    ],
  ])('%j → %s', (problem, line) => expect(formatProblem(problem)).toBe(line));
});

describe('formatProblems', () => {
  it('counts the problems and files, and lists each file once in the order given', () => {
    const problems = [
      inFile('data/a.json', 'x', 'kind', 'e'),
      inFile('data/b.json', 'y', 'id', 'a string'),
      inFile('data/a.json', 'z', 'slug', 'ASCII'),
    ];
    expect(formatProblems(problems).split('\n')).toEqual([
      'Invalid data: 3 problems in 2 files',
      'data/a.json',
      '  record "x", field "kind": expected e',
      '  record "z", field "slug": expected ASCII',
      'data/b.json',
      '  record "y", field "id": expected a string',
    ]);
  });
});

describe('shown', () => {
  it.each([
    ['a string', 'soon', '"soon"'],
    ['a number', 12345, '12345'],
    ['an object', { a: 1 }, '{"a":1}'],
    ['a value JSON cannot hold', undefined, 'undefined'],
    ['a long value, cut to 60 characters', 'x'.repeat(200), `"${'x'.repeat(58)}…`],
  ])('%s', (_name, value, text) => expect(shown(value)).toBe(text));
});

describe('DataError', () => {
  it('keeps the problems and lists them in its message', () => {
    const problems = [inFile('data/a.json', 'x', 'kind', 'e')];
    const error = new DataError(problems);
    expect(error.name).toBe('DataError');
    expect(error.problems).toBe(problems);
    expect(error.message).toBe(formatProblems(problems));
  });
});
