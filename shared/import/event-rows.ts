import { normaliseId, optionalText, parseDecimal } from './cell-values';
import type { ParsedTimestamp } from './date-format';
import type { EventRecord } from './records';
import { RowErrors, type RowContext, type RowParser } from './row-context';

/**
 * Behaviour events: `customer_id, type, occurred_at`, optional `product`,
 * `duration_s` (seconds, ≥ 0) and `event_id`. The event's key is
 * `c:<event_id>` when given (as the API's `id`), else the content key from
 * `opts.eventKey`, so re-importing a file adds nothing.
 */
export function parseEventRow(ctx: RowContext): RowParser<EventRecord> {
  const { index } = ctx.layout;
  const iCustomer = index.customer_id, iType = index.type, iAt = index.occurred_at;
  const iProduct = index.product, iDuration = index.duration_s, iId = index.event_id;
  const parseTs = ctx.parseTimestamp.parse;
  const tsLabel = ctx.parseTimestamp.label;
  const eventKey = ctx.opts.eventKey;
  if (!eventKey) throw new Error('events import needs opts.eventKey');
  const ts: ParsedTimestamp = { local: '', day: 0 };
  return (f, line) => {
    const errs = new RowErrors(ctx.layout.header);
    const customer_id = normaliseId(f[iCustomer]);
    if (customer_id === '') errs.add(line, iCustomer, 'missing_customer_id');
    const type = f[iType].trim();
    if (type === '') errs.add(line, iType, 'missing_value');
    const at = f[iAt];
    if (at.trim() === '') errs.add(line, iAt, 'missing_value');
    else if (!parseTs(at, ts)) errs.add(line, iAt, 'bad_date', at.trim(), tsLabel);
    let duration_s: number | null = null;
    if (iDuration >= 0 && f[iDuration].trim() !== '') {
      const d = parseDecimal(f[iDuration]);
      if (d === undefined) errs.add(line, iDuration, 'not_a_number', f[iDuration]);
      else if (d < 0) errs.add(line, iDuration, 'negative_value', f[iDuration]);
      else duration_s = d;
    }
    if (errs.list) return { ok: false, errors: errs.list };
    const base = { customer_id, type, occurred_at: ts.local, day: ts.day, product: iProduct >= 0 ? optionalText(f[iProduct]) : null, duration_s };
    const id = iId >= 0 ? normaliseId(f[iId]) : '';
    return { ok: true, value: { ...base, client_id: id ? `c:${id}` : eventKey(base) } };
  };
}
