import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './csv-records';

describe('readCsvRecords', () => {
  it('splits plain fields and keeps empty cells', () => {
    expect(readCsvRecords('a,b,c\n1,,3\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '', '3'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const records = readCsvRecords('x,y\n"a, b","say ""hi"""\n"multi\nline",z\n');
    expect(records.map((r) => r.fields)).toEqual([
      ['x', 'y'],
      ['a, b', 'say "hi"'],
      ['multi\nline', 'z'],
    ]);
    expect(records[2]?.line).toBe(3);
  });

  it('accepts CRLF, skips blank lines and reads a last line without newline', () => {
    expect(readCsvRecords('a,b\r\n\r\n1,2').map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
    ]);
  });
});
