import type { ColumnLayout } from './column-map';
import { makeTimestampParser } from './date-format';
import type { ImportKind, ImportRowError } from './records';
import { rowError } from './row-errors';
import type { RowContext, RowParser, RowParserOptions } from './row-context';
import { parseOrderRow } from './order-rows';
import { parseEventRow } from './event-rows';
import { parseCustomerRow } from './customer-rows';

/**
 * The row parser of a kind, checked against the layout, or the reason it
 * cannot be built (a bad `--date-format`). A row whose number of fields
 * differs from the header's is refused as `field_count`.
 */
export function makeRowParser(kind: ImportKind, layout: ColumnLayout, opts: RowParserOptions): { ok: true; parse: RowParser<unknown> } | { ok: false; errors: ImportRowError[] } {
  const ts = makeTimestampParser({ format: opts.dateFormat, instantToLocal: opts.instantToLocal });
  if (!ts.ok) return { ok: false, errors: [rowError(1, null, 'bad_date_format', ts.error)] };
  const ctx: RowContext = { layout, opts, parseTimestamp: ts };
  const inner: RowParser<unknown> = kind === 'orders' ? parseOrderRow(ctx) : kind === 'events' ? parseEventRow(ctx) : parseCustomerRow(ctx);
  const width = layout.header.length;
  return {
    ok: true,
    parse: (fields, line) => (fields.length === width ? inner(fields, line) : { ok: false, errors: [rowError(line, null, 'field_count', `${width} ≠ ${fields.length}`)] }),
  };
}
