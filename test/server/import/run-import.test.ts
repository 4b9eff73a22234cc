import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/client';
import { runImport, type AnyRecord } from '../../../server/import/run-import';
import { sumOrderLines } from '../../../server/import/batch-writers';
import type { OrderRecord, ParsedRow } from '../../../shared/import/records';
import { dayNumber } from '../../../shared/time/calendar';

const line = (order_id: string, customer_id: string, at: string, amount: number, quantity: number | null, channel: string | null, product: string | null): OrderRecord =>
  ({ order_id, customer_id, ordered_at: at, day: dayNumber(at.slice(0, 10)), amount, quantity, channel, product });

/** Order lines in file order: SO-1 spread over the file, with nulls, a customer change and cents that sum with float error. */
const LINES = [
  line('SO-1', 'C-1', '2026-10-05 10:00:00', 0.1, 1, null, null),
  line('SO-2', 'C-2', '2026-10-06 09:00:00', 5, null, '门店', 'K3'),
  line('SO-1', 'C-1', '2026-10-04 08:00:00', 0.2, 2, '电商', 'P-1'),
  line('SO-2', 'C-2', '2026-10-06 09:00:00', 7.35, 3, null, 'K5'),
  line('SO-1', 'C-9', '2026-10-05 11:00:00', 1000.05, 3, null, 'P-2'),
  line('SO-3', 'C-3', '2026-10-07 12:00:00', 1, 1, '售后', null),
];

async function importLines(batchSize: number) {
  const database = await openDatabase('file::memory:');
  const rows: ParsedRow<AnyRecord>[] = LINES.map((value) => ({ ok: true, value }));
  const source = { batches: (async function* () { for (let i = 0; i < rows.length; i += 2) yield rows.slice(i, i + 2); })() };
  const report = await runImport(database.client, 'orders', source, { skipBad: false, dryRun: false, nowIso: '2026-11-24T02:00:00Z', batchSize });
  return { database, report };
}

describe('order lines summed', () => {
  it('in JavaScript within a batch exactly as the upsert does across batches', async () => {
    const whole = await importLines(1000);
    const split = await importLines(1);
    expect(whole.report).toMatchObject({ written: true, records: 3 });
    expect(split.report).toMatchObject({ written: true, records: 3 });
    // Customer pks follow batch boundaries, so compare by customer_id.
    const view = async (db: typeof whole.database) => (await db.client.execute(
      `SELECT o.order_id, c.customer_id, o.ordered_at, o.day, o.amount, o.quantity, o.channel, o.product FROM orders o JOIN customers c ON c.pk = o.customer_pk ORDER BY o.order_id`,
    )).rows.map((r) => ({ ...r }));
    const stats = async (db: typeof whole.database) => (await db.client.execute(
      `SELECT c.customer_id, s.orders, s.monetary, s.first_day, s.recent_amounts FROM customers c LEFT JOIN customer_stats s ON s.customer_pk = c.pk ORDER BY c.customer_id`,
    )).rows.map((r) => ({ ...r }));
    expect(await view(split.database)).toEqual(await view(whole.database));
    expect(await stats(split.database)).toEqual(await stats(whole.database));
    expect((await stats(whole.database)).map((r) => r.customer_id)).toEqual(['C-1', 'C-2', 'C-3', 'C-9']);
    const so1 = (await whole.database.client.execute(
      "SELECT c.customer_id, o.ordered_at, o.amount, o.quantity, o.channel, o.product FROM orders o JOIN customers c ON c.pk = o.customer_pk WHERE order_id = 'SO-1'",
    )).rows[0];
    expect({ ...so1 }).toEqual({ customer_id: 'C-9', ordered_at: '2026-10-04 08:00:00', amount: 1000.35, quantity: 6, channel: '电商', product: 'P-1' });
    const so2 = (await whole.database.client.execute("SELECT amount, quantity, channel, product FROM orders WHERE order_id = 'SO-2'")).rows[0];
    expect({ ...so2 }).toEqual({ amount: 12.35, quantity: null, channel: '门店', product: 'K3' });
  });

  it('sumOrderLines keeps first-seen order and does not touch its input', () => {
    const input = LINES.map((l) => ({ ...l }));
    const out = sumOrderLines(input);
    expect(out.map((o) => [o.order_id, o.amount])).toEqual([['SO-1', 1000.35], ['SO-2', 12.35], ['SO-3', 1]]);
    expect(input).toEqual(LINES);
  });
});
