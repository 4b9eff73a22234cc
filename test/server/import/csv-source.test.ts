import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openCsvSource } from '../../../server/import/csv-source';
import { ImportFileError, type AnyRecord } from '../../../server/import/run-import';
import type { ParsedRow } from '../../../shared/import/records';
import { bytes } from './import-helpers';

const utc8 = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

async function rowsOf(data: string | Buffer | AsyncIterable<Buffer>, chunk = 0, batchRows = 4096) {
  const input = typeof data === 'string' || Buffer.isBuffer(data) ? bytes(data, chunk) : data;
  const src = await openCsvSource(input, 'orders', { instantToLocal: utc8, batchRows });
  const out: ParsedRow<AnyRecord>[] = [];
  for await (const b of src.batches) out.push(...b);
  return { rows: out, bytes: src.bytesRead(), header: src.header };
}
const lineOfBad = (rows: ParsedRow<AnyRecord>[]) => rows.flatMap((r) => (r.ok ? [] : [r.errors[0].line]));

const HEADER = 'customer_id,order_id,ordered_at,amount,product\n';

describe('CSV source', () => {
  it('numbers rows by physical line, counting newlines inside quoted cells and blank lines', async () => {
    const text = `${HEADER}C-1,SO-1,2026-10-02,1,"a\nb\nc"\n\nC-2,SO-2,bad,1,x\nC-3,SO-3,2026-10-02,1,"x\r\ny"\nC-4,SO-4,bad,1,y\n`;
    const { rows } = await rowsOf(text);
    expect(rows).toHaveLength(4); // the blank line is not a row
    expect(lineOfBad(rows)).toEqual([6, 9]);
  });

  it('keeps line numbers with CRLF endings, a BOM, and input split into 1-byte chunks', async () => {
    const text = '\ufeffcustomer_id,order_id,ordered_at,amount,product\r\nC-1,SO-1,2026-10-02,1,"q\r\nr"\r\nC-2,SO-2,bad,1,x\r\n';
    const { rows, header } = await rowsOf(text, 1);
    expect(header[0]).toBe('customer_id');
    expect(rows[0].ok).toBe(true);
    expect(lineOfBad(rows)).toEqual([4]);
  });

  it('reads gzip by its magic bytes, even when the first chunk holds one byte', async () => {
    const text = `${HEADER}${Array.from({ length: 5000 }, (_, i) => `C-${i % 7},SO-${i},2026-10-02 10:00:00,${i},p`).join('\n')}\nC-x,SO-x,2026-13-01,1,p\n`;
    const gz = gzipSync(Buffer.from(text));
    const { rows, bytes: read } = await rowsOf(Readable.from([gz.subarray(0, 1), gz.subarray(1, 2), gz.subarray(2)]));
    expect(rows).toHaveLength(5001);
    expect(lineOfBad(rows)).toEqual([5002]);
    expect(read).toBe(gz.length);
  });

  it('hands rows over in batches of the requested size', async () => {
    const text = `${HEADER}${Array.from({ length: 10 }, (_, i) => `C-1,SO-${i},2026-10-02,1,p`).join('\n')}\n`;
    const src = await openCsvSource(bytes(text), 'orders', { instantToLocal: utc8, batchRows: 4 });
    const sizes: number[] = [];
    for await (const b of src.batches) sizes.push(b.length);
    expect(sizes).toEqual([4, 4, 2]);
  });

  it('refuses a file without header, with a bad header, or with a bad --date-format before reading rows', async () => {
    await expect(rowsOf('')).rejects.toMatchObject({ errors: [{ line: 1, code: 'no_header' }] });
    await expect(rowsOf('id,when,amount\n1,2,3\n')).rejects.toBeInstanceOf(ImportFileError);
    const bad = openCsvSource(bytes(HEADER), 'orders', { instantToLocal: utc8, dateFormat: 'DD/MM' });
    await expect(bad).rejects.toMatchObject({ errors: [{ code: 'bad_date_format' }] });
  });

  it('a quote left open is a file error at the line where the broken record starts', async () => {
    const text = `${HEADER}C-1,SO-1,2026-10-02,1,p\nC-2,SO-2,2026-10-02,1,"open\nC-3,SO-3,2026-10-02,1,p\n`;
    await expect(rowsOf(text)).rejects.toMatchObject({ errors: [{ line: 3, code: 'bad_csv' }] });
  });

  it('a corrupt gzip stream is a file error, not a crash', async () => {
    const gz = gzipSync(Buffer.from(`${HEADER}C-1,SO-1,2026-10-02,1,p\n`.repeat(50)));
    const broken = Buffer.concat([gz.subarray(0, 40), Buffer.alloc(40, 7)]);
    await expect(rowsOf(broken)).rejects.toMatchObject({ errors: [{ code: 'bad_csv' }] });
  });
});
