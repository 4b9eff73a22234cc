import { normaliseId, optionalText, parseDecimal, toCents } from './cell-values';
import type { ParsedTimestamp } from './date-format';
import type { OrderRecord } from './records';
import { RowErrors, type RowContext, type RowParser } from './row-context';

/**
 * Order lines: `customer_id, order_id, ordered_at` and `amount`, or
 * `quantity × unit_price` rounded to cents when `amount` is absent or empty.
 * Amounts must be ≥ 0, so a cancellation line (negative quantity) is a bad
 * row `negative_amount`. `quantity` is kept when given.
 */
export function parseOrderRow(ctx: RowContext): RowParser<OrderRecord> {
  const { index } = ctx.layout;
  const iCustomer = index.customer_id, iOrder = index.order_id, iAt = index.ordered_at;
  const iAmount = index.amount, iQty = index.quantity, iPrice = index.unit_price, iChannel = index.channel, iProduct = index.product;
  const parseTs = ctx.parseTimestamp.parse;
  const tsLabel = ctx.parseTimestamp.label;
  const ts: ParsedTimestamp = { local: '', day: 0 };
  return (f, line) => {
    const errs = new RowErrors(ctx.layout.header);
    const customer_id = normaliseId(f[iCustomer]);
    if (customer_id === '') errs.add(line, iCustomer, 'missing_customer_id');
    const order_id = normaliseId(f[iOrder]);
    if (order_id === '') errs.add(line, iOrder, 'missing_value');
    const at = f[iAt];
    if (at.trim() === '') errs.add(line, iAt, 'missing_value');
    else if (!parseTs(at, ts)) errs.add(line, iAt, 'bad_date', at.trim(), tsLabel);

    let quantity: number | null = null;
    if (iQty >= 0 && f[iQty].trim() !== '') {
      const q = parseDecimal(f[iQty]);
      if (q === undefined) errs.add(line, iQty, 'not_a_number', f[iQty]);
      else quantity = q;
    }
    let amount = 0;
    if (iAmount >= 0 && f[iAmount].trim() !== '') {
      const a = parseDecimal(f[iAmount]);
      if (a === undefined) errs.add(line, iAmount, 'not_a_number', f[iAmount]);
      else if (a < 0) errs.add(line, iAmount, 'negative_amount', f[iAmount].trim());
      else amount = toCents(a) + 0;
    } else if (iQty >= 0 && iPrice >= 0) {
      const priceCell = f[iPrice];
      const price = parseDecimal(priceCell);
      if (f[iQty].trim() === '') errs.add(line, iQty, 'missing_value');
      if (priceCell.trim() === '') errs.add(line, iPrice, 'missing_value');
      else if (price === undefined) errs.add(line, iPrice, 'not_a_number', priceCell);
      if (quantity !== null && price !== undefined) {
        const a = toCents(quantity * price) + 0;
        if (a < 0) errs.add(line, quantity < 0 ? iQty : iPrice, 'negative_amount', `${quantity} × ${price} = ${a}`);
        else amount = a;
      }
    } else {
      errs.add(line, iAmount, 'missing_value');
    }
    if (errs.list) return { ok: false, errors: errs.list };
    return {
      ok: true,
      value: {
        customer_id, order_id, ordered_at: ts.local, day: ts.day, amount, quantity,
        channel: iChannel >= 0 ? optionalText(f[iChannel]) : null,
        product: iProduct >= 0 ? optionalText(f[iProduct]) : null,
      },
    };
  };
}
