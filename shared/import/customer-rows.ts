import { normaliseId, optionalText, parseDecimal, phoneTail } from './cell-values';
import type { CustomerRecord } from './records';
import { RowErrors, type RowContext, type RowParser } from './row-context';

const TEXT_COLUMNS = ['name', 'phone', 'email', 'gender', 'region', 'city', 'source', 'source_2', 'source_3', 'platform'] as const;

/**
 * Customer profiles. Only the columns the file has are written (an empty
 * cell clears that field); `phone` also sets `phone_tail`; `birth_year` is an
 * integer 1900–2100; `owner` and `field_rep` are user logins checked against
 * `opts.owners` / `opts.fieldReps`. Every other non-empty column goes into
 * `attributes` under its header name (merged into the stored attributes).
 */
export function parseCustomerRow(ctx: RowContext): RowParser<CustomerRecord> {
  const { index, header, extra } = ctx.layout;
  const iCustomer = index.customer_id, iBirth = index.birth_year, iOwner = index.owner, iField = index.field_rep;
  const texts = TEXT_COLUMNS.filter((c) => index[c] >= 0).map((c) => [c, index[c]] as const);
  const owners = ctx.opts.owners ?? new Map<string, number>();
  const fieldReps = ctx.opts.fieldReps ?? new Map<string, number>();
  const login = (f: string[], i: number, known: ReadonlyMap<string, number>, errs: RowErrors, line: number) => {
    const v = f[i].trim();
    if (v === '') return null;
    const id = known.get(v);
    if (id === undefined) errs.add(line, i, 'unknown_owner', v);
    return id ?? null;
  };
  return (f, line) => {
    const errs = new RowErrors(header);
    const customer_id = normaliseId(f[iCustomer]);
    if (customer_id === '') errs.add(line, iCustomer, 'missing_customer_id');
    const columns: Record<string, string | number | null> = {};
    for (const [c, i] of texts) columns[c] = optionalText(f[i]);
    if (index.phone >= 0) columns.phone_tail = phoneTail(columns.phone as string | null);
    if (iBirth >= 0) {
      const cell = f[iBirth].trim();
      const y = cell === '' ? null : parseDecimal(cell);
      if (y === undefined) errs.add(line, iBirth, 'not_a_number', cell);
      else if (y !== null && (!Number.isInteger(y) || y < 1900 || y > 2100)) errs.add(line, iBirth, 'out_of_range', cell);
      columns.birth_year = y ?? null;
    }
    if (iOwner >= 0) columns.owner_id = login(f, iOwner, owners, errs, line);
    if (iField >= 0) columns.field_id = login(f, iField, fieldReps, errs, line);
    if (errs.list) return { ok: false, errors: errs.list };
    let attributes: Record<string, string> | null = null;
    for (const i of extra) {
      const v = f[i].trim();
      if (v !== '') (attributes ??= {})[header[i]] = v;
    }
    return { ok: true, value: { customer_id, columns, attributes } };
  };
}
