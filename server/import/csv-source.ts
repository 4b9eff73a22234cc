import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { CsvError, parse } from 'csv-parse';
import { parseColumnMap, resolveColumns } from '../../shared/import/column-map';
import { makeRowParser } from '../../shared/import/row-parser';
import type { RowParserOptions } from '../../shared/import/row-context';
import type { ImportKind, ImportRowError, ParsedRow } from '../../shared/import/records';
import { rowError } from '../../shared/import/row-errors';
import { ImportFileError, type AnyRecord, type RowSource } from './run-import';

export { ImportFileError };

export interface CsvSourceOptions extends Omit<RowParserOptions, 'dateFormat'> {
  /** `--map target=source,…`. */
  map?: string;
  /** `--date-format`; ISO 8601 when absent. */
  dateFormat?: string;
  /** Rows per batch handed to runImport (default 4096). */
  batchRows?: number;
}

export interface CsvRowSource extends RowSource<AnyRecord> {
  /** The header as read (trimmed). */
  header: string[];
  /** Bytes read from the input so far (compressed bytes for gzip). */
  bytesRead(): number;
  /** Stops reading and releases the input (after an error elsewhere). */
  close(): void;
}

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;

/** Reads the first bytes to sniff gzip, then yields everything, counting bytes. */
async function sniffed(input: AsyncIterable<Buffer | string>, counter: { bytes: number }) {
  const it = input[Symbol.asyncIterator]();
  let head: Buffer = Buffer.alloc(0);
  let done = false;
  while (head.length < 2) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    head = head.length ? Buffer.concat([head, chunk]) : chunk;
  }
  counter.bytes += head.length;
  const gzip = head.length >= 2 && head[0] === GZIP_MAGIC_0 && head[1] === GZIP_MAGIC_1;
  async function* all() {
    if (head.length) yield head;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
      counter.bytes += chunk.length;
      yield chunk;
    }
  }
  return { gzip, stream: Readable.from(all(), { objectMode: false, highWaterMark: 1 << 20 }), release: () => void it.return?.() };
}

/** Physical lines a record spans: 1 plus the line feeds inside its (quoted) fields. */
function linesOf(record: string[]): number {
  let n = 1;
  for (let i = 0; i < record.length; i++) {
    for (let j = record[i].indexOf('\n'); j !== -1; j = record[i].indexOf('\n', j + 1)) n++;
  }
  return n;
}

/**
 * A streaming CSV row source for runImport: gzip is detected by its magic
 * bytes (whatever the file name), a UTF-8 BOM is dropped, the header (first
 * record) is resolved against `--map`, and each data row is parsed with the
 * kind's row parser. Row line numbers are physical lines of the decoded text
 * (header = 1), counting the line feeds inside quoted fields, so a row after
 * a multi-line cell still gets its editor line. Blank lines are skipped.
 * Only one batch of rows is in memory at a time.
 *
 * Throws ImportFileError for a problem with the whole file (header, map,
 * date format) before any row is read, and while iterating for malformed CSV
 * (an unclosed quote), naming the line where the broken record starts.
 */
export async function openCsvSource(input: AsyncIterable<Buffer | string>, kind: ImportKind, opts: CsvSourceOptions): Promise<CsvRowSource> {
  const counter = { bytes: 0 };
  const { gzip, stream, release } = await sniffed(input, counter);
  const parser = parse({ bom: true, relax_column_count: true, relax_quotes: true });
  const stages: NodeJS.ReadWriteStream[] = gzip ? [createGunzip(), parser] : [parser];
  pipeline([stream, ...stages], () => undefined); // errors surface through the parser's iterator
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const close = () => {
    parser.destroy();
    stream.destroy();
    release();
  };
  const fail = (errors: ImportRowError[]) => {
    close();
    return new ImportFileError(errors);
  };

  let line = 1;
  let first: IteratorResult<string[]>;
  try {
    first = await records.next();
  } catch (err) {
    throw fail([csvError(err, line)]);
  }
  if (first.done) throw fail([rowError(1, null, 'no_header')]);
  line += linesOf(first.value);
  const map = parseColumnMap(kind, opts.map);
  if (!map.ok) throw fail(map.errors);
  const columns = resolveColumns(kind, first.value, map.map);
  if (!columns.ok) throw fail(columns.errors);
  const rowParser = makeRowParser(kind, columns.layout, { ...opts, dateFormat: opts.dateFormat });
  if (!rowParser.ok) throw fail(rowParser.errors);
  const parseRow = rowParser.parse;
  const batchRows = opts.batchRows ?? 4096;

  async function* batches(): AsyncGenerator<ParsedRow<AnyRecord>[]> {
    let batch: ParsedRow<AnyRecord>[] = [];
    try {
      for (;;) {
        let r: IteratorResult<string[]>;
        try {
          r = await records.next();
        } catch (err) {
          throw new ImportFileError([csvError(err, line)]);
        }
        if (r.done) break;
        const record = r.value;
        const at = line;
        line += linesOf(record);
        if (record.length === 1 && record[0] === '') continue; // blank line
        batch.push(parseRow(record, at) as ParsedRow<AnyRecord>);
        if (batch.length >= batchRows) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    } finally {
      close();
    }
  }

  return { header: columns.layout.header, batches: batches(), bytesRead: () => counter.bytes, close };
}

function csvError(err: unknown, line: number): ImportRowError {
  if (err instanceof CsvError) return rowError(line, null, 'bad_csv', err.message);
  if (err instanceof Error && String((err as Error & { code?: unknown }).code).startsWith('Z_')) {
    return rowError(line, null, 'bad_csv', `gzip: ${err.message}`);
  }
  throw err;
}

/** A file as an input for openCsvSource (`-` reads standard input). */
export function fileInput(path: string): AsyncIterable<Buffer> {
  return path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
}
