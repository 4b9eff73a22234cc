import { describe, expect, it } from 'vitest';
import { csvRecords, decodeCsv } from '../../../web/src/routes/admin/csv-head';

describe('decodeCsv', () => {
  it('reads UTF-8 and drops the byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('客户ID,姓名\n')]);
    expect(decodeCsv(bytes)).toEqual({ text: '客户ID,姓名\n', encoding: 'utf-8' });
  });

  it('falls back to GB18030 for GBK exports', () => {
    // "客户ID,姓名" in GBK: 客 BFCD, 户 BBA7, 姓 D0D5, 名 C3FB
    const bytes = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x49, 0x44, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb]);
    expect(decodeCsv(bytes)).toEqual({ text: '客户ID,姓名', encoding: 'gb18030' });
  });
});

describe('csvRecords', () => {
  it('splits fields with quotes, doubled quotes and newlines inside quotes, numbering start lines', () => {
    const text = 'id,note,amount\r\nC1,"Hello, ""world""",10\r\n\r\nC2,"two\nlines",20\nC3,,30';
    expect(csvRecords(text, 10)).toEqual([
      { line: 1, fields: ['id', 'note', 'amount'] },
      { line: 2, fields: ['C1', 'Hello, "world"', '10'] },
      { line: 4, fields: ['C2', 'two\nlines', '20'] },
      { line: 6, fields: ['C3', '', '30'] },
    ]);
  });

  it('stops after the requested number of records', () => {
    expect(csvRecords('a\n1\n2\n3\n', 2)).toEqual([{ line: 1, fields: ['a'] }, { line: 2, fields: ['1'] }]);
  });

  it('returns nothing for an empty file', () => {
    expect(csvRecords('', 5)).toEqual([]);
    expect(csvRecords('\n\n', 5)).toEqual([]);
  });
});
