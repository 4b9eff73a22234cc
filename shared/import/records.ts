/**
 * What an import writes, one record per good CSV row, and what it reports
 * for a bad one. Timestamps are local wall time `YYYY-MM-DD HH:mm:ss` in the
 * deployment's zone; `day` is its calendar day number (shared/time/calendar).
 */

export type ImportKind = 'customers' | 'orders' | 'events';
export const IMPORT_KINDS: readonly ImportKind[] = ['customers', 'orders', 'events'];

/** One order line; lines with the same `order_id` in one import are summed into one order. */
export interface OrderRecord {
  customer_id: string;
  order_id: string;
  ordered_at: string;
  day: number;
  /** ≥ 0, rounded to cents: the `amount` column, or `quantity × unit_price`. */
  amount: number;
  quantity: number | null;
  channel: string | null;
  product: string | null;
}

export interface EventRecord {
  customer_id: string;
  /** `c:<event_id>` when the file gives an id, else a content key (a re-import adds nothing). */
  client_id: string;
  type: string;
  occurred_at: string;
  day: number;
  product: string | null;
  duration_s: number | null;
}

export interface CustomerRecord {
  customer_id: string;
  /** Only the columns present in the file, keyed by database column name. */
  columns: Record<string, string | number | null>;
  attributes: Record<string, string> | null;
}

/** A reason a row (or the header, line 1) was refused. `column` is the file's header name. */
export interface ImportRowError {
  line: number;
  column: string | null;
  code: ImportErrorCode;
  message: { zh: string; en: string };
}

export type ImportErrorCode =
  | 'missing_customer_id'
  | 'missing_value'
  | 'bad_date'
  | 'negative_amount'
  | 'negative_value'
  | 'not_a_number'
  | 'out_of_range'
  | 'unknown_owner'
  | 'field_count'
  | 'missing_column'
  | 'unknown_column'
  | 'unknown_target'
  | 'duplicate_column'
  | 'bad_map'
  | 'bad_date_format'
  | 'no_header'
  | 'bad_csv';

export type ParsedRow<T> = { ok: true; value: T } | { ok: false; errors: ImportRowError[] };
