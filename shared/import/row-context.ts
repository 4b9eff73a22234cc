import type { ColumnLayout } from './column-map';
import type { makeTimestampParser } from './date-format';
import type { EventRecord, ImportRowError, ParsedRow } from './records';
import { rowError } from './row-errors';

/** Turns one CSV record (fields in header order) at a physical line into a record or errors. */
export type RowParser<T> = (fields: string[], line: number) => ParsedRow<T>;

export interface RowParserOptions {
  /** `--date-format`; ISO 8601 when absent. */
  dateFormat?: string;
  /** Local wall time `YYYY-MM-DD HH:mm:ss` of a UTC instant (ms) in the deployment's zone. */
  instantToLocal: (utcMs: number) => string;
  /** customers: logins allowed as `owner` (sales, manager, admin) → user id. */
  owners?: ReadonlyMap<string, number>;
  /** customers: logins allowed as `field_rep` (field, sales) → user id. */
  fieldReps?: ReadonlyMap<string, number>;
  /** events: the content key of an event without `event_id` (the API's key, so both de-duplicate alike). */
  eventKey?: (e: Omit<EventRecord, 'client_id'>) => string;
}

/** What every kind's row parser is built from. */
export interface RowContext {
  layout: ColumnLayout;
  opts: RowParserOptions;
  parseTimestamp: ReturnType<typeof makeTimestampParser> & { ok: true };
}

/** Collects a row's errors; the first call allocates the list. */
export class RowErrors {
  list: ImportRowError[] | null = null;
  constructor(private readonly header: string[]) {}
  add(line: number, column: number, code: ImportRowError['code'], value = '', hint = '') {
    (this.list ??= []).push(rowError(line, column >= 0 ? this.header[column] : null, code, value, hint));
  }
}
