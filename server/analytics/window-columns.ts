import type { Client } from '@libsql/client';
import { readColumnArrays } from '../db/bulk-read';

/** Windowed figures per customer with any: orders in the last 90 days and spend in the last 365 (by order pk list), events in the last 90. */
export interface WindowColumns {
  orderPk: Int32Array;
  orders90d: Int32Array;
  monetary365d: Float64Array;
  eventPk: Int32Array;
  events90d: Int32Array;
}

/**
 * Reads the windows as of `asOfDay` (as-of included). Each is one walk of
 * the table's (customer_pk, day[, amount]) index, which covers the query: no
 * table row is read, and the groups come out in customer order with no
 * temporary B-tree (a day-range search instead reads a table row per order).
 * Pure reads, so a worker thread can run them on its own connection while
 * the refresh reads the aggregates (window-worker.ts).
 */
export async function readWindowColumns(client: Client, asOfDay: number): Promise<WindowColumns> {
  const d = asOfDay;
  const [opk, n, m] = await readColumnArrays(client, ['pk', 'n', 'm'],
    `(SELECT customer_pk pk, sum(day > ?) n, sum(amount) m FROM orders INDEXED BY orders_customer_day_idx
      WHERE day > ? AND day <= ? GROUP BY customer_pk)`, [d - 90, d - 365, d], { asIs: new Set([0, 1]) });
  const [epk, e] = await readColumnArrays(client, ['pk', 'n'],
    `(SELECT customer_pk pk, count(*) n FROM events INDEXED BY events_customer_day_idx WHERE day > ? AND day <= ? GROUP BY customer_pk)`,
    [d - 90, d], { asIs: new Set([0, 1]) });
  return {
    orderPk: Int32Array.from(opk as number[]), orders90d: Int32Array.from(n as number[]), monetary365d: Float64Array.from(m as number[]),
    eventPk: Int32Array.from(epk as number[]), events90d: Int32Array.from(e as number[]),
  };
}
