import type { InStatement, ResultSet } from '@libsql/client';

/** A Client or an open Transaction: both execute statements. */
export interface SqlExecutor {
  execute(stmt: InStatement): Promise<ResultSet>;
}

/** Event types that count as contact with the customer (for "no contact for N days"). */
export const CONTACT_EVENT_TYPES = ['call', 'visit', 'message', 'service', 'test_drive', 'contacted'] as const;
const contactList = CONTACT_EVENT_TYPES.map((t) => `'${t}'`).join(',');

/**
 * Recomputes the per-customer aggregates of the given customers from their
 * orders and events. Each customer costs a few index lookups on
 * (customer_pk, day), so an import of k customers costs O(k log n), and a
 * refresh afterwards reads only this table: O(customers), not O(orders).
 * `pksJson` is a JSON array of customer pks (bound once, read with json_each).
 */
export function recomputeStatsStatement(pksJson: string): InStatement {
  return {
      sql: `INSERT INTO customer_stats (customer_pk, orders, monetary, first_day, last_day, occasions,
              first_occasion_amount, recent_amounts, last_contact_day, last_event_day)
            SELECT c.value,
              coalesce(o.n, 0), coalesce(o.m, 0), o.first_day, o.last_day, coalesce(o.occ, 0),
              coalesce((SELECT sum(amount) FROM orders f WHERE f.customer_pk = c.value AND f.day = o.first_day), 0),
              coalesce((SELECT group_concat(amount) FROM (SELECT amount FROM orders r WHERE r.customer_pk = c.value
                        ORDER BY r.day DESC, r.pk DESC LIMIT 6)), ''),
              (SELECT max(day) FROM events e WHERE e.customer_pk = c.value AND e.type IN (${contactList})),
              (SELECT max(day) FROM events e WHERE e.customer_pk = c.value)
            FROM json_each(?) c
            LEFT JOIN (SELECT customer_pk, count(*) n, sum(amount) m, min(day) first_day, max(day) last_day,
                         count(DISTINCT day) occ
                       FROM orders WHERE customer_pk IN (SELECT value FROM json_each(?)) GROUP BY customer_pk) o
              ON o.customer_pk = c.value
            WHERE true
            ON CONFLICT(customer_pk) DO UPDATE SET orders = excluded.orders, monetary = excluded.monetary,
              first_day = excluded.first_day, last_day = excluded.last_day, occasions = excluded.occasions,
              first_occasion_amount = excluded.first_occasion_amount, recent_amounts = excluded.recent_amounts,
              last_contact_day = excluded.last_contact_day, last_event_day = excluded.last_event_day`,
      args: [pksJson, pksJson],
  };
}

/** Recomputes aggregates for customers in chunks (bounded statement size and memory). */
export async function recomputeStats(sql: SqlExecutor, pks: Iterable<number>, chunk = 20_000): Promise<void> {
  let batch: number[] = [];
  const flush = async () => {
    if (batch.length) await sql.execute(recomputeStatsStatement(JSON.stringify(batch)));
    batch = [];
  };
  for (const pk of pks) {
    batch.push(pk);
    if (batch.length >= chunk) await flush();
  }
  await flush();
}

/** Parsed aggregates of one customer. */
export interface CustomerStats {
  orders: number;
  monetary: number;
  firstDay: number | null;
  lastDay: number | null;
  occasions: number;
  firstOccasionAmount: number;
  recentAmounts: number[];
  lastContactDay: number | null;
  lastEventDay: number | null;
}

export function parseRecentAmounts(text: string): number[] {
  return text ? text.split(',').map(Number) : [];
}
